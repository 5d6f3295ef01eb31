import Atalaya
import GRDB

/// Summary counts of a store: events by root and quad class, top actors and dyads, events per day.
/// Events are distinct (date, source, target, code); mentions the sentences reporting them.
///
/// ```swift
/// print(try StoreStats(store, top: 5).text)
/// ```
public struct StoreStats: Sendable {
    /// For the names of the roots.
    public let cameo: CameoTable
    public var documents = 0
    public var failedDocuments = 0
    public var events = 0
    public var mentions = 0
    public var byRoot: [(String, Int)] = []
    public var byQuad: [(Int, Int)] = []
    public var topActors: [(String, Int)] = []
    public var topDyads: [(String, String, Int)] = []
    public var perDay: [(String, Int)] = []

    /// Empty counts, for a store to fill.
    public init(cameo: CameoTable) {
        self.cameo = cameo
    }

    /// The counts of any store.
    public init(_ store: any EventStorage, top: Int = 10, days: Int = 31) throws {
        self = try store.stats(top: top, days: days)
    }

    /// SQLite's counts, from the summaries its triggers keep.
    init(sqlite store: EventStore, top: Int, days: Int) throws {
        cameo = store.cameo
        try store.reading { db in
            documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE status = 'coded'") ?? 0
            failedDocuments = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE status = 'failed'") ?? 0
            // From the counts the triggers keep (`StoreSummaries`): a few thousand rows, not every event.
            events = try Int.fetchOne(db, sql: "SELECT SUM(events) FROM event_days") ?? 0
            mentions = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_mentions") ?? 0
            byRoot = try Row.fetchAll(db, sql: "SELECT root, SUM(events) n FROM event_days GROUP BY root HAVING n > 0 ORDER BY root")
                .map { ($0["root"], $0["n"]) }
            byQuad = try Row.fetchAll(db, sql: "SELECT quad, SUM(events) n FROM event_days GROUP BY quad HAVING n > 0 ORDER BY quad")
                .map { ($0["quad"], $0["n"]) }
            topActors = try Row.fetchAll(db, sql: "SELECT actor, events n FROM event_actors WHERE events > 0 ORDER BY n DESC, actor LIMIT ?",
                                         arguments: [top]).map { ($0["actor"], $0["n"]) }
            topDyads = try Row.fetchAll(db, sql: """
                SELECT source, target, events n FROM event_dyads WHERE events > 0 ORDER BY n DESC, source, target LIMIT ?
                """, arguments: [top]).map { ($0["source"], $0["target"], $0["n"]) }
            perDay = try Row.fetchAll(db, sql: """
                SELECT date, SUM(events) n FROM event_days GROUP BY date HAVING n > 0 ORDER BY date DESC LIMIT ?
                """,
                                      arguments: [days]).map { ($0["date"], $0["n"]) }.reversed()
        }
    }

    public var text: String {
        var s = "documents: \(documents) coded, \(failedDocuments) failed; events: \(events) (\(mentions) mentions)\n"
        let quadNames = [1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"]
        // A root's name is its "…0" code's ("04" → "040 Consult").
        s += Self.section("by root:", byRoot.map { [$0.0, cameo.info($0.0 + "0")?.name ?? "", String($0.1)] })
        s += Self.section("by quad class:", byQuad.map { [String($0.0), quadNames[$0.0] ?? "", String($0.1)] })
        s += Self.section("top actors:", topActors.map { [$0.0, String($0.1)] })
        s += Self.section("top dyads:", topDyads.map { [$0.0, "→", $0.1, String($0.2)] })
        s += Self.section("events per day (last \(perDay.count) days with events):", perDay.map { [$0.0, String($0.1)] })
        return s
    }

    /// A titled block of rows in aligned columns, the last (a count) right-aligned.
    static func section(_ title: String, _ rows: [[String]]) -> String {
        guard let columns = rows.first?.count else { return "\n\(title)\n" }
        let widths = (0..<columns).map { i in rows.map { $0[i].count }.max() ?? 0 }
        return "\n\(title)\n" + rows.map { row in
            "  " + row.indices.map { i in
                let pad = String(repeating: " ", count: widths[i] - row[i].count)
                return i == columns - 1 ? pad + row[i] : row[i] + pad
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
