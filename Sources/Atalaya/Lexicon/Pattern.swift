/// One verb or noun pattern from `<lang>/patterns.tsv`: a head, words that must follow it,
/// the prepositions that mark its target, and the CAMEO code it yields.
public struct Pattern: Sendable {
    /// CAMEO event code.
    public var code: String
    /// Head word ids: verb lemmas, or noun forms for nominal patterns.
    public var heads: [Int32]
    /// Complement slots, each a set of alternative word ids; `gapBefore` allows other words first.
    public var slots: [Slot]
    /// Prepositions that mark the target (word ids).
    public var targetMarkers: [Int32]
    /// A bare object (or one marked with personal "a") may be the target.
    public var objectTarget: Bool
    /// Reciprocal: an event with two parties holds in both directions.
    public var reciprocal: Bool
    /// The verb must carry "se" (reunirse).
    public var reflexive: Bool
    /// The verb must not carry "se" (`no-se`): "llamó a la calma" is an appeal, "se llama" a name.
    public var nonReflexive = false
    /// Agents the source must have (`by=REB,MIL`): "bloquear la vía" is a blockade (191) by armed
    /// actors, a protest (144) by others. Empty: any source.
    public var sourceAgents: [String]
    /// Agents no source may have (`not-by=REB,MIL`): a killing by armed forces is a fight (190),
    /// one by private persons or an unnamed doer unconventional violence (186). An unknown doer passes.
    public var excludedAgents: [String] = []
    /// The direct object must be an actor (`who`): "detuvo a un opositor" is an arrest,
    /// "detuvo una campaña" is not; "recibió al presidente" hosts, "recibió una carta" does not.
    public var actorObject: Bool
    /// The subject undergoes the event (`patient`): "dos personas resultaron heridas",
    /// "recibió amenazas"; the source is the "por" agent or unknown, as in a passive.
    public var patientSubject: Bool
    /// Only for passives (`passive`): "fue muerto" is a killing, "murió" need not be.
    public var passiveOnly: Bool
    /// The event stands when its subject is no actor the dictionaries know (`nameless`): "el
    /// abogado del acusado protestó" is a protest by someone we cannot code, whose source is "---".
    public var namelessSource = false
    /// The target may be named later in the sentence, outside the clause ("viajó … mientras Putin …").
    public var farTarget: Bool
    /// A noun head: the source follows it with `sourceMarker` ("la visita de Kim").
    public var noun: Bool
    /// The source follows the noun after a genitive ("la visita de Kim", "the visit of Kim").
    public var sourceAfterGenitive: Bool
    /// The noun's genitive undergoes the event (`target=genitive`): "la detención de X por la
    /// policía", "the release of X"; the source is the agent after "por", the subject of a
    /// support verb, the `doer`, or unknown.
    public var targetAfterGenitive: Bool = false
    /// The source is the subject of the clause the noun stands in (`source=clause`):
    /// "anuló la gira en señal de protesta por las pruebas francesas".
    public var sourceFromClause: Bool
    /// With no named source, the crowd of the place named (`crowd`): "una ola de protestas en
    /// Israel" is a protest by Israeli civilians (ISRCVL), as protest datasets record it.
    public var crowdSource: Bool
    /// Where the entry came from and what it says, for `pattern` in the output.
    public var text: String
    /// Who does it when a passive names no doer (`doer=COP`): "fueron detenidos" — only the
    /// authorities arrest, so the doer is the patient's country with this agent.
    public var passiveDoer: String? = nil
    /// Whom it is against when the text names no one (`target=GOV`): the source's country with
    /// this agent — "thousands protested in Kyiv" is a protest against Ukraine's government.
    public var defaultTarget: String? = nil

    public struct Slot: Sendable {
        public var words: [Int32]
        public var gapBefore: Int
    }

    /// How specific the pattern is: more complement words win.
    public var weight: Int { slots.count * 2 + (reflexive ? 1 : 0) + (sourceAgents.isEmpty && excludedAgents.isEmpty ? 0 : 1) }
}
