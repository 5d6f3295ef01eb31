/// Closed-class roles of a word, from `<lang>/words.tsv` (and, for `speech`, of a verb lemma).
/// 64 bits: the first 32 are taken.
public struct WordClass: OptionSet, Sendable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public static let determiner = WordClass(rawValue: 1 << 0)
    public static let preposition = WordClass(rawValue: 1 << 1)
    public static let objClitic = WordClass(rawValue: 1 << 2)
    public static let clitic = WordClass(rawValue: 1 << 3)
    public static let conjunction = WordClass(rawValue: 1 << 4)
    public static let subordinator = WordClass(rawValue: 1 << 5)
    public static let negation = WordClass(rawValue: 1 << 6)
    public static let condition = WordClass(rawValue: 1 << 7)
    public static let dual = WordClass(rawValue: 1 << 8)
    public static let anaphor = WordClass(rawValue: 1 << 9)
    public static let according = WordClass(rawValue: 1 << 10)
    public static let noVerb = WordClass(rawValue: 1 << 11)
    /// A verb lemma that introduces speech ("decir", "afirmar").
    public static let speech = WordClass(rawValue: 1 << 12)
    public static let month = WordClass(rawValue: 1 << 13)
    public static let weekday = WordClass(rawValue: 1 << 14)
    public static let yearCue = WordClass(rawValue: 1 << 15)
    /// "de", "del", "of": owner or source of a noun.
    public static let genitive = WordClass(rawValue: 1 << 16)
    /// "por", "by": the agent of a passive.
    public static let agentMarker = WordClass(rawValue: 1 << 17)
    /// "a", "al": a person as direct object.
    public static let objectMarker = WordClass(rawValue: 1 << 18)
    /// "en", "in", "at": a place says where, not to whom.
    public static let locative = WordClass(rawValue: 1 << 19)
    /// "que", "that": opens a complement or relative clause.
    public static let complementizer = WordClass(rawValue: 1 << 20)
    /// "se": reflexive or reciprocal pronoun.
    public static let reflexive = WordClass(rawValue: 1 << 21)
    /// "desde", "from": an origin, never a target.
    public static let origin = WordClass(rawValue: 1 << 22)
    /// English "'s": "Russia's foreign minister".
    public static let possessive = WordClass(rawValue: 1 << 23)
    /// "miembros de", "members of": the actor after "de" is the one that acts.
    public static let partitive = WordClass(rawValue: 1 << 24)
    /// Spanish "se", "lo", "nos" …: pronouns written on the end of a verb ("reunirse").
    public static let enclitic = WordClass(rawValue: 1 << 25)
    /// "en", "desde", "hacia": a capitalised name right after one is used as a place.
    public static let placeMarker = WordClass(rawValue: 1 << 26)
    /// English "to": marks an infinitive; a negation before it negates the verb ("not to file").
    public static let infinitiveMarker = WordClass(rawValue: 1 << 27)
    /// A support verb lemma ("realizar", "presentar", "hold"): its subject does the event its
    /// object noun names ("Putin realizó una visita a Pyongyang", "filed a lawsuit against …").
    public static let support = WordClass(rawValue: 1 << 28)
    /// "entre", "between": the two parties of a noun event follow it ("reunión entre A y B").
    public static let pairMarker = WordClass(rawValue: 1 << 29)
    /// A verb lemma whose subject undergoes what its object noun names ("enfrenta críticas de
    /// la prensa", "drew criticism from"): the subject is that event's target.
    public static let undergo = WordClass(rawValue: 1 << 30)
    /// "para": an infinitive after it says what the previous verb's subject does it for ("se
    /// manifestaron para exigir la renuncia"): that subject is the infinitive's.
    public static let purpose = WordClass(rawValue: 1 << 31)
    /// "primer", "nueva", "bilateral": adjectives written before their noun. After a determiner or a
    /// preposition and one or more of them, the next word is read as if right after that determiner
    /// or preposition ("su primer viaje", "the bilateral talks": nouns, not verbs).
    public static let prenominal = WordClass(rawValue: 1 << 32)
    /// "of", "under", "for": the next word (or the one after prenominal adjectives) is a noun when
    /// it is not a gerund: no finite verb and no infinitive ("of torture", "under arrest"), where a
    /// plain preposition still lets an infinitive through ("para negociar").
    public static let nounMarker = WordClass(rawValue: 1 << 33)
    /// "su", "sus", "his", "their": a possessive determiner before an event noun; the event's
    /// source is the one its clause is about ("defendió su visita a Taiwán": the subject's visit).
    public static let owner = WordClass(rawValue: 1 << 34)
    /// "him", "them": an object pronoun right after the verb stands for the last actor named
    /// before it that is not the subject ("the government blamed them").
    public static let objectPronoun = WordClass(rawValue: 1 << 35)
    /// "a", "an": an indefinite article before a name and a verb form makes the name a modifier
    /// and the form a noun ("a Taliban attack"), in languages whose nouns modify the next noun.
    public static let indefinite = WordClass(rawValue: 1 << 36)
    /// "decision", "gesture", "medida": a noun for something an actor did; as the object of a
    /// verb with no actor in sight ("welcomed the gesture", "criticó la medida") it points at the
    /// doers of the previous sentence's events.
    public static let deed = WordClass(rawValue: 1 << 37)
    /// "based": after a hyphen, a place before it makes the word a demonym of that place's country
    /// ("the Khartoum-based government" is Sudan's).
    public static let placeSuffix = WordClass(rawValue: 1 << 38)
    /// A verb lemma whose object noun's event does not happen ("prohibió las protestas", "cancelled
    /// the meeting"): that event is coded as negated.
    public static let prevent = WordClass(rawValue: 1 << 39)
    /// A verb lemma whose subject is in what a bare noun after a locative names ("siguen en
    /// huelga"): that noun's event is the subject's, not an idiom.
    public static let remain = WordClass(rawValue: 1 << 40)
    /// A number word that alone, right before a verb, stands for that many people ("dozens were
    /// arrested", "decenas fueron detenidas"): not "million", which counts money as often.
    public static let count = WordClass(rawValue: 1 << 41)
    /// A noun for what speaks for its genitive ("un comunicado del Kremlin condenó", "a report of
    /// the UN accused"): an actor in that genitive is the clause's subject, not in a
    /// prepositional phrase.
    public static let channel = WordClass(rawValue: 1 << 42)
    /// After a comma, introduces the members of a group just named ("los líderes de la región,
    /// como México, Perú y Colombia"): those members are the actors meant.
    public static let instance = WordClass(rawValue: 1 << 43)
    /// A verb lemma whose infinitive complement is what is asked or wanted, not what happened
    /// ("urged the army to attack the rebels", "wants Putin to attack"): that event is hypothetical.
    public static let request = WordClass(rawValue: 1 << 44)
    /// Classes that say how to read the word after; the word itself stays an open-class word
    /// (an adjective is still skipped like any plain word): `Lexicon.wordClass` leaves them out,
    /// `Lexicon.word(_:is:)` sees them.
    public static let contextual: WordClass = [.prenominal, .nounMarker, .indefinite, .deed, .placeSuffix, .count, .channel, .instance]
    /// Classes of verb lemmas rather than of word forms: a word in them may still be a verb.
    public static let lemmaClasses: WordClass = [.speech, .support, .undergo, .prevent, .remain, .request]

    static let names: [String: WordClass] = [
        "determiner": .determiner, "preposition": .preposition, "objclitic": .objClitic, "clitic": .clitic,
        "conjunction": .conjunction, "subordinator": .subordinator, "negation": .negation,
        "condition": .condition, "dual": .dual, "anaphor": .anaphor, "according": .according,
        "noverb": .noVerb, "speech": .speech, "genitive": .genitive, "agent-marker": .agentMarker,
        "object-marker": .objectMarker, "locative": .locative, "complementizer": .complementizer,
        "reflexive": .reflexive, "origin": .origin, "possessive": .possessive, "partitive": .partitive,
        "enclitic": .enclitic, "place-marker": .placeMarker, "infinitive-marker": .infinitiveMarker,
        "support": .support, "pair-marker": .pairMarker, "undergo": .undergo, "purpose": .purpose,
        "prenominal": .prenominal, "noun-marker": .nounMarker, "owner": .owner,
        "object-pronoun": .objectPronoun, "indefinite": .indefinite, "deed": .deed, "place-suffix": .placeSuffix,
        "prevent": .prevent, "remain": .remain, "count": .count, "channel": .channel, "instance": .instance,
        "request": .request,
    ]
}

/// One analysis of a verb form: its infinitive, tense, person and number.
public struct VerbReading: Sendable, Hashable {
    public var lemma: Int32
    public var tense: Tense
    /// 1...3, or 0 for infinitive, gerund and participle.
    public var person: UInt8
    public var plural: Bool
    /// Written with an accent that folding removed ("habló"); see `VerbForm.accented`.
    public var accented: Bool = false
}

/// An auxiliary or periphrastic verb ("haber", "ir a", "poder").
public struct Auxiliary: Sendable {
    public enum Role: String, Sendable { case perfect, passive, progressive, periphrasis, modal }
    public var role: Role
    /// Word between auxiliary and main verb ("a" in "va a reunirse"), or -1.
    public var particle: Int32
    public var mode: EventMode?
}

/// An agent noun ("presidente", "policía", "Departamento de Estado") and its CAMEO agent code.
public struct AgentEntry: Sendable {
    public var code: String
    public var plural: Bool
    /// Heads of state and government and their like: what "los dos líderes" refers back to.
    public var leader: Bool
    /// Offices of a town or region ("alcalde", "governor"): "the mayor of Nablus" is that place's country's.
    public var local: Bool = false
}
