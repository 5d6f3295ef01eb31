/// Event patterns, indexed by head word.
///
/// File format (`<lang>/patterns.tsv`), tab-separated:
/// `code  head  complement  target  options`
/// - head: a verb infinitive, or noun forms with option `noun`; `|` separates alternatives;
/// - complement: words that must follow the head, `-` for none; slots are separated by spaces,
///   alternatives by `|`; up to 4 other words may come before the first slot and 2 between
///   slots, `*` allows 6;
/// - target: prepositions that mark the target (`con|a|contra`), `OBJ` for a direct object, `-` none;
/// - options: `recip` (both directions), `se` (verb needs "se"), `no-se` (verb never with "se"), `noun`, `source=genitive`, `source=clause`
///   (a noun whose source is the subject of its clause: "en protesta por …"), `crowd` (a noun event with no
///   named source is done by the civilians of the place named after it, or of the story's country),
///   `far` (with no target in the clause, the first actor later in the sentence that is not an origin),
///   `patient` (the subject undergoes it: "resultaron heridas"), `passive` (passives only: "fue muerto"),
///   `who` (the direct object must be an actor: "detuvo a X", not "detuvo una campaña"),
///   `by=REB,MIL` (only when the source is one of these agents; tried before the same pattern without),
///   `not-by=REB,MIL` (only when no source is one of these agents, an unnamed doer included; tried before too),
///   `doer=COP` (a passive that names no doer: the patient's country with this agent, "fueron detenidos"),
///   `target=genitive` (a noun whose genitive undergoes it: "la detención de X", "the release of X"),
///   `target=GOV` (with no target named, the source's country with this agent: a protest with no
///   named target is against the government, as CAMEO coders code it), `nameless` (a verb whose
///   subject is no actor we know still tells the event, with the unknown source "---").
///
/// ```
/// 040	reunir	-	con	recip se
/// 012	expresar	preocupación|inquietud	por|sobre|ante
/// 042	visita|visitas	-	a	noun source=de
/// ```
public struct PatternDictionary: Sendable {
    public private(set) var patterns: [Pattern] = []
    private var byHead: [Int32: [Int32]] = [:]
    /// Verb infinitives the patterns name: the conjugator must know them.
    public private(set) var verbLemmas: Set<String> = []

    init() {}

    /// Parses a pattern file; `intern` maps a word (folded) to its id; `validCode` checks CAMEO codes.
    mutating func load(_ file: DataFile, name: String, intern: (String) -> Int32, validCode: (String) -> Bool,
                       infinitive: (String) -> Bool, equivalents: (Int32) -> [Int32]) throws {
        for row in file.rows {
            let code = row[0]
            guard validCode(code) else { throw file.error(row, "unknown CAMEO event code '\(code)'") }
            guard !row[1].isEmpty else { throw file.error(row, "no head word") }
            let (options, sourceAgents, agentOptions) = try Self.options(row, file)
            let excludedAgents = try Self.agentList(row, file, option: "not-by=")
            let noun = options.contains("noun")
            if !noun {
                for h in row[1].split(separator: "|") {
                    let f = String(decoding: Folding.fold(String(h)), as: UTF8.self)
                    guard infinitive(f) else { throw file.error(row, "verb head '\(h)' is not an infinitive") }
                    verbLemmas.insert(f)
                }
            }
            var slots = [Pattern.Slot]()
            var gap = 4
            if row[2] != "-" && !row[2].isEmpty {
                for part in row[2].split(separator: " ") {
                    if part == "*" { gap = 6; continue }
                    slots.append(Pattern.Slot(words: part.split(separator: "|").map { intern(String($0)) }, gapBefore: gap))
                    gap = 2
                }
            }
            var markers = [Int32]()
            var objectTarget = false
            if row[3] != "-" && !row[3].isEmpty {
                for m in row[3].split(whereSeparator: { $0 == "|" || $0 == "," }) {
                    if m == "OBJ" { objectTarget = true; continue }
                    // A marker stands for the words of its grammatical class ("a" and "al", "de" and "del").
                    markers.append(contentsOf: equivalents(intern(String(m))))
                }
            }
            var p = Pattern(code: code, heads: row[1].split(separator: "|").map { intern(String($0)) }, slots: slots,
                            targetMarkers: markers, objectTarget: objectTarget, reciprocal: options.contains("recip"),
                            reflexive: options.contains("se"), sourceAgents: sourceAgents, actorObject: options.contains("who"),
                            patientSubject: options.contains("patient"), passiveOnly: options.contains("passive"), farTarget: options.contains("far"), noun: noun,
                            sourceAfterGenitive: options.contains("source=genitive"), sourceFromClause: options.contains("source=clause"),
                            crowdSource: options.contains("crowd"),
                            text: "\(name):\(row.line) " + row.columns.prefix(4).joined(separator: " "), passiveDoer: agentOptions["doer"])
            p.defaultTarget = agentOptions["target"]
            p.targetAfterGenitive = options.contains("target=genitive")
            p.nonReflexive = options.contains("no-se")
            p.namelessSource = options.contains("nameless")
            p.excludedAgents = excludedAgents
            let index = Int32(patterns.count)
            patterns.append(p)
            for h in p.heads { byHead[h, default: []].append(index) }
        }
        // Weights read once: reading one off a pattern in the comparison copies the whole pattern.
        let weight = patterns.map(\.weight)
        for (h, list) in byHead {
            byHead[h] = list.sorted { weight[Int($0)] > weight[Int($1)] || weight[Int($0)] == weight[Int($1)] && $0 < $1 }
        }
    }

    /// A row's options, with the agents of `by=`, and of `doer=` and `target=` by option name;
    /// unknown options are errors.
    static func options(_ row: DataFile.Row, _ file: DataFile) throws -> (Set<String>, [String], [String: String]) {
        let options = Set(row[4].split(separator: " ").map(String.init))
        let known: Set<String> = ["recip", "se", "noun", "source=genitive", "source=clause", "target=genitive", "no-se", "far", "who", "patient", "passive", "crowd", "nameless"]
        let agentOptions = ["doer", "target"]
        let sourceAgents = try agentList(row, file, option: "by=")
        var agents = [String: String]()
        for name in agentOptions {
            for o in options where o.hasPrefix(name + "=") && !known.contains(o) {
                let agent = String(o.dropFirst(name.count + 1))
                guard agent.count == 3 && CameoTable.isActorCodeShape(agent) else { throw file.error(row, "\(name)= takes an agent code: \(name)=GOV") }
                agents[name] = agent
            }
        }
        let prefixed = ["by=", "not-by="] + agentOptions.map { $0 + "=" }
        if let bad = options.first(where: { o in !known.contains(o) && !prefixed.contains(where: { o.hasPrefix($0) }) }) {
            throw file.error(row, "unknown option '\(bad)'")
        }
        return (options, sourceAgents, agents)
    }

    /// The agent codes of a list option (`by=REB,MIL`), empty without it.
    static func agentList(_ row: DataFile.Row, _ file: DataFile, option: String) throws -> [String] {
        guard let o = row[4].split(separator: " ").first(where: { $0.hasPrefix(option) }) else { return [] }
        let list = o.dropFirst(option.count).split(separator: ",").map(String.init)
        guard list.allSatisfy({ $0.count == 3 && CameoTable.isActorCodeShape($0) }) else {
            throw file.error(row, "\(option) takes agent codes: \(option)REB,MIL")
        }
        return list
    }

    /// Patterns whose head is this word (a verb lemma or a noun form), most specific first.
    @inline(__always)
    public func candidates(head: Int32) -> [Int32] { byHead[head] ?? [] }

    /// Whether a head has a `nameless` pattern: its verb is coded even with no actor as subject.
    public func hasNameless(head: Int32) -> Bool { candidates(head: head).contains { patterns[Int($0)].namelessSource } }

    public var count: Int { patterns.count }
}
