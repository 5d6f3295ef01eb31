import AtalayaStore
import GRDB
import Hummingbird

/// `GET /api/timeline?interval=day|week|month&by=quad|root` with the event filters: events and
/// mean Goldstein score per period and quad class (or root code).
///
/// ```sh
/// curl 'http://127.0.0.1:8080/api/timeline?interval=week&by=quad&actor=RUS'
/// ```
struct TimelineAPI: Sendable {
    let store: EventStore

    struct Bucket: Codable, FetchableRecord, Sendable {
        var period: String
        var key: String
        var events: Int
        var goldstein: Double
    }

    struct Answer: ResponseEncodable, Sendable {
        var interval: String
        var by: String
        var buckets: [Bucket]
    }

    func add(to router: Router<APIContext>) {
        router.get("/api/timeline") { request, _ in try timeline(request) }
    }

    func timeline(_ request: Request) throws -> Answer {
        let (q, query) = try EventFilters.read(request, also: ["interval", "by"])
        let interval = try q.oneOf("interval", ["day", "week", "month"]) ?? "day"
        let by = try q.oneOf("by", ["quad", "root"]) ?? "quad"
        // Weeks start on Monday; months on their first day.
        let period = ["day": "e.date", "week": "date(e.date, '-6 days', 'weekday 1')", "month": "substr(e.date, 1, 7) || '-01'"][interval]!
        let (filter, args) = query.condition()
        let sql = """
            SELECT \(period) AS period, CAST(e.\(by) AS TEXT) AS key, COUNT(*) AS events, ROUND(AVG(e.goldstein), 2) AS goldstein
            FROM events e\(filter) GROUP BY period, key ORDER BY period, key LIMIT 50000
            """
        let buckets = try store.reading { db in try Bucket.fetchAll(db, sql: sql, arguments: StatementArguments(args)) }
        return Answer(interval: interval, by: by, buckets: buckets)
    }
}
