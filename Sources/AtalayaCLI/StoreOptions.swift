import ArgumentParser
import Atalaya
import AtalayaStore

/// The database every store command works on.
struct StoreOptions: ParsableArguments {
    @Option(help: "The database file.")
    var db = "atalaya.db"

    func open(cameo: CameoTable) throws -> EventStore {
        do { return try EventStore(path: db, cameo: cameo) } catch { throw ValidationError("cannot open \(db): \(error)") }
    }
}

/// Filters shared by `events` and `export`.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "Actor code prefix (RUS matches RUSGOV, RUSMIL) or name in the text, on either side.")
    var actor: String?
    @Option(help: "Source code prefix.") var source: String?
    @Option(help: "Target code prefix.") var target: String?
    @Option(help: "CAMEO code or prefix (040, 04, 1312).") var code: String?
    @Option(help: "CAMEO root (two digits).") var root: String?
    @Option(help: "Quad class, 1-4.") var quad: Int?
    @Option(help: "First date, YYYY-MM-DD.") var from: String?
    @Option(help: "Last date, YYYY-MM-DD.") var to: String?
    @Option(help: "Location country (ISO alpha-3).") var country: String?
    @Option(help: "Full-text search over the sentences (SQLite FTS5 syntax).") var search: String?
    @Option(help: "Sort by date, mentions, documents, goldstein or code.") var sort: EventQuery.Sort = .date
    @Flag(help: "Sort ascending.") var ascending = false

    func query(limit: Int?) -> EventQuery {
        var q = EventQuery()
        q.actor = actor
        q.source = source
        q.target = target
        q.code = code
        q.root = root
        q.quad = quad
        q.from = from
        q.to = to
        q.country = country
        q.search = search
        q.sort = sort
        q.descending = !ascending
        q.limit = limit
        return q
    }
}

extension EventQuery.Sort: ExpressibleByArgument {}
extension StoredEventFormat: ExpressibleByArgument {}
