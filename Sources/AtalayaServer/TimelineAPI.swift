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
    let store: any EventStorage
    let answers: Answers

    struct Bucket: Codable, FetchableRecord, Sendable {
        var period: String
        var key: String
        var events: Int
        var goldstein: Double

        init(row: Row) {
            period = row["period"]
            key = row["key"]
            events = row["events"]
            goldstein = row["goldstein"]
        }
    }

    struct Answer: ResponseEncodable, Sendable {
        var interval: String
        var by: String
        var buckets: [Bucket]
        /// More buckets than `maxBuckets` were found, and the later ones are not here: ask for a longer interval.
        var truncated: Bool
    }

    static let maxBuckets = 50_000

    func add(to router: Router<APIContext>) {
        router.get("/api/timeline") { request, _ in try await answers.json(request) { try timeline(request) } }
    }

    func timeline(_ request: Request) throws -> Answer {
        let (q, query) = try EventFilters.read(request, also: ["interval", "by"])
        let asked = try q.oneOf("interval", ["day", "week", "month", "auto"]) ?? "day"
        let by = try q.oneOf("by", ["quad", "root"]) ?? "quad"
        let (filter, args) = query.condition()
        // Filters on dates, roots and quad classes only: the per-day counts, not the events.
        let (table, events, goldstein) = query.isOnDaysOnly && store.keepsSummaries ? ("event_days", "SUM(e.events)", "SUM(e.goldstein) / SUM(e.events)")
                                                            : ("events", "COUNT(*)", "AVG(e.goldstein)")
        let interval = asked == "auto" ? try span(table, filter, args) : asked
        // Weeks start on Monday; months on their first day.
        let period = ["day": "e.date", "week": store.dialect.weekStart("e.date"), "month": "substr(e.date, 1, 7) || '-01'"][interval]!
        let sql = """
            SELECT \(period) AS period, CAST(e.\(by) AS TEXT) AS key, \(events) AS events, \(store.dialect.round2(goldstein)) AS goldstein
            FROM \(table) e\(filter) GROUP BY period, e.\(by) HAVING \(events) > 0 ORDER BY period, key LIMIT \(Self.maxBuckets + 1)
            """
        var buckets = try store.rows(sql, args).map(Bucket.init(row:))
        let truncated = buckets.count > Self.maxBuckets
        if truncated { buckets.removeLast() }
        return Answer(interval: interval, by: by, buckets: buckets, truncated: truncated)
    }

    /// `interval=auto`: days over half a year at most, weeks over about four years, else months.
    func span(_ table: String, _ filter: String, _ args: [DatabaseValueConvertible?]) throws -> String {
        let span = store.dialect.days(from: "MIN(e.date)", to: "MAX(e.date)")
        let days: Int = try store.rows("SELECT \(span) AS n FROM \(table) e\(filter)", args).first?["n"] ?? 0
        return days <= 180 ? "day" : days <= 1500 ? "week" : "month"
    }
}
