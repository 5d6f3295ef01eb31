/// Counts what the dictionaries hold, per file and language, against the coverage the
/// project aims at (`atalaya dictionaries --stats`).
public struct DictionaryStats: Sendable {
    public struct Line: Sendable {
        public var what: String
        public var language: String
        public var count: Int
        public var detail: String
        /// The aim, where there is one.
        public var target: Int?
        public var met: Bool { target.map { count >= $0 } ?? true }
    }

    public let lines: [Line]

    public init(lexicon: Lexicon) {
        let lang = lexicon.language
        let entries = lexicon.actors.entries
        func kind(_ k: ActorEntry.Kind) -> [ActorEntry] { entries.filter { $0.kind == k } }
        let countries = kind(.country)
        let isoCountries = Set(countries.flatMap { $0.roles.map(\.code) })
        let orgs = kind(.organization)
        let igos = orgs.filter { $0.roles.contains { ActorCode($0.code).root == "IGO" } }
        let ngos = orgs.filter { $0.roles.contains { ActorCode($0.code).root == "NGO" } }
        let regions = orgs.filter { $0.roles.allSatisfy { ActorCode($0.code).isRootAlone } }
        let people = kind(.person)
        let roles = people.reduce(0) { $0 + $1.roles.count }
        let peopleCountries = Set(people.flatMap { $0.roles.map { ActorCode($0.code).root } })
        func agent(_ a: String) -> [ActorEntry] { entries.filter { $0.roles.contains { ActorCode($0.code).agents == [a] } } }
        let parties = agent("PTY"), media = agent("MED")
        // Parties, outlets and companies are loaded as groups but counted apart.
        let groups = kind(.group).filter { !$0.roles.contains { ["PTY", "MED", "BUS"].contains(ActorCode($0.code).agents.first ?? "") } }
        let seats = kind(.seat)
        let agentCodes = Set(lexicon.agentEntries.map(\.code))
        let patterns = lexicon.patterns.patterns
        let verbPatterns = patterns.filter { !$0.noun }
        let roots = Set(patterns.map { String($0.code.prefix(2)) })
        let families = Set(patterns.map { String($0.code.prefix(3)) })
        lines = [
            Line(what: "countries (ISO 3166-1 and variants)", language: "all", count: isoCountries.count,
                 detail: "\(countries.count) names", target: 249),
            Line(what: "demonyms", language: lang, count: Set(lexicon.demonymCodes).count,
                 detail: "countries with demonym forms", target: nil),
            Line(what: "capitals and seats of power", language: "all", count: seats.count, detail: "names", target: nil),
            Line(what: "regions (CAMEO regional codes)", language: "all", count: Set(regions.flatMap { $0.roles.map(\.code) }).count,
                 detail: "\(regions.count) names", target: nil),
            Line(what: "international organisations (IGO)", language: "all", count: Set(igos.flatMap { $0.roles.map(\.code) }).count,
                 detail: "\(igos.count) names, \(ngos.count) NGO names", target: 80),
            Line(what: "armed and political groups", language: "all", count: Set(groups.map(\.line)).count,
                 detail: "\(groups.count) names", target: 120),
            Line(what: "political parties", language: "all", count: Set(parties.map(\.line)).count,
                 detail: "\(parties.count) names, \(Set(parties.flatMap { $0.roles.map(\.code) }).count) countries", target: nil),
            Line(what: "news media", language: "all", count: Set(media.map(\.line)).count,
                 detail: "\(media.count) names", target: nil),
            Line(what: "people: dated roles", language: "all", count: roles,
                 detail: "\(people.count) names, \(peopleCountries.count) countries", target: 1500),
            Line(what: "agents", language: lang, count: lexicon.agentEntries.count, detail: "\(agentCodes.count) agent codes", target: nil),
            Line(what: "event patterns", language: lang, count: patterns.count,
                 detail: "\(verbPatterns.count) verb, \(patterns.count - verbPatterns.count) noun; \(roots.count) roots, \(families.count) 3-digit families",
                 target: nil),
            Line(what: "CAMEO roots with patterns", language: lang, count: roots.count, detail: "of 20", target: 20),
            Line(what: "verb forms", language: lang, count: lexicon.readings.count, detail: "readings", target: nil),
            Line(what: "gazetteer places", language: "all", count: lexicon.places.count, detail: "names", target: nil),
        ]
    }

    public var text: String {
        lines.map { l in
            let aim = l.target.map { " (aim \($0): \(l.met ? "met" : "NOT MET"))" } ?? ""
            return "\(l.what.padding(toLength: 38, withPad: " ", startingAt: 0)) \(l.language.padding(toLength: 4, withPad: " ", startingAt: 0)) \(String(l.count).padding(toLength: 7, withPad: " ", startingAt: 0)) \(l.detail)\(aim)"
        }.joined(separator: "\n")
    }
}
