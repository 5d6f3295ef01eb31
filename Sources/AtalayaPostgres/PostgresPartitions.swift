import AtalayaStore
import NIOConcurrencyHelpers

/// The monthly partitions of `events` (`events_2023_09` holds September 2023), made before a
/// batch that needs them is written, each in a short transaction of its own under an advisory
/// lock: a partition made inside a batch's transaction would make other workers' batches wait
/// for that whole batch (or deadlock with it).
///
/// ```swift
/// try partitions.ensure(["2023-09"], session)
/// ```
final class PostgresPartitions: Sendable {
    /// Months known to have their partition.
    private let known = NIOLockedValueBox<Set<String>>([])
    /// The advisory lock that orders partition making ("atalaya2").
    static let lock: Int64 = 0x6174_616c_6179_6132

    func ensure(_ months: Set<String>, _ session: PostgresSession) throws {
        let missing = months.subtracting(known.withLockedValue { $0 })
        guard !missing.isEmpty else { return }
        try session.withConnection { connection in
            let existing = Set(try session.rows("""
                SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent = 'events'::regclass
                """, on: connection).map { $0["name"] as String })
            for month in missing.sorted() {
                guard let (name, from, to) = Self.bounds(month) else { continue }
                if !existing.contains(name) {
                    try session.execute("BEGIN", on: connection)
                    do {
                        try session.execute("SELECT pg_advisory_xact_lock(?)", [Self.lock], on: connection)
                        try session.execute("CREATE TABLE IF NOT EXISTS \(name) PARTITION OF events FOR VALUES FROM ('\(from)') TO ('\(to)')",
                                            on: connection)
                        try session.execute("COMMIT", on: connection)
                    } catch {
                        try? session.execute("ROLLBACK", on: connection)
                        throw error
                    }
                }
                known.withLockedValue { _ = $0.insert(month) }
            }
        }
    }

    /// "2023-12" → ("events_2023_12", "2023-12-01", "2024-01-01"); nil unless `month` is YYYY-MM.
    static func bounds(_ month: String) -> (name: String, from: String, to: String)? {
        let parts = month.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
              (1...12).contains(m), y >= 0 else { return nil }
        let (ny, nm) = m == 12 ? (y + 1, 1) : (y, m + 1)
        func pad(_ v: Int, _ n: Int) -> String { String(repeating: "0", count: max(0, n - String(v).count)) + String(v) }
        return ("events_\(pad(y, 4))_\(pad(m, 2))", "\(pad(y, 4))-\(pad(m, 2))-01", "\(pad(ny, 4))-\(pad(nm, 2))-01")
    }
}
