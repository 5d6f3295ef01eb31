import ArgumentParser
import Atalaya
import AtalayaStore

/// Filters shared by `events` and `export`, checked before the store is opened.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "Actor code prefix (RUS matches RUSGOV, RUSMIL) or name in the text, on either side.")
    var actor: String?
    @Option(help: "Source code prefix.") var source: String?
    @Option(help: "Target code prefix.") var target: String?
    @Option(help: "CAMEO code or prefix (040, 04, 1312).") var code: String?
    @Option(help: "CAMEO root (two digits).") var root: String?
    @Option(help: "Quad class, 1-4.") var quad: Int?
    @Option(help: "First date, YYYY-MM-DD or YYYYMMDD.") var from: String?
    @Option(help: "Last date, YYYY-MM-DD or YYYYMMDD.") var to: String?
    @Option(help: "Location country (ISO alpha-3).") var country: String?
    @Option(help: "Full-text search over the sentences: words and \"quoted phrases\", all of which must occur.")
    var search: String?
    @Flag(help: "Read --search as SQLite FTS5 query syntax (AND, OR, NOT, NEAR, prefix*).") var ftsSyntax = false
    @Option(help: "Sort by date, mentions, documents, goldstein or code.") var sort: EventQuery.Sort = .date
    @Flag(help: "Sort ascending.") var ascending = false

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, Day(parsing: value) == nil {
                throw ValidationError("\(name) \(value) is not a date: YYYY-MM-DD or YYYYMMDD")
            }
        }
        if let quad, !(1...4).contains(quad) { throw ValidationError("--quad \(quad): quad classes are 1 to 4") }
        if let search, search.count > SearchText.maxLength {
            throw ValidationError("--search is \(search.count) characters long; at most \(SearchText.maxLength)")
        }
    }

    func query(limit: Int?) -> EventQuery {
        var q = EventQuery()
        q.actor = actor
        q.source = source
        q.target = target
        q.code = code
        q.root = root
        q.quad = quad
        q.from = from.flatMap { Day(parsing: $0) }
        q.to = to.flatMap { Day(parsing: $0) }
        q.country = country
        q.search = search
        q.rawSearch = ftsSyntax
        q.sort = sort
        q.descending = !ascending
        q.limit = limit
        return q
    }
}
