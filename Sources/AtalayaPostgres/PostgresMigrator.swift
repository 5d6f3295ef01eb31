import AtalayaStore
import PostgresNIO

/// Brings a database to the newest `PostgresSchema`, once: migrations are recorded in
/// `atalaya_migrations`, applied in one transaction under an advisory lock, so workers
/// starting together wait for the first one instead of racing it.
///
/// ```swift
/// try session.withConnection { try PostgresMigrator.migrate(session, $0, create: true, location: url.display) }
/// ```
enum PostgresMigrator {
    /// The advisory lock that orders migrations ("atalaya1" in ASCII).
    static let lock: Int64 = 0x6174_616c_6179_6131

    static func migrate(_ session: PostgresSession, _ connection: PostgresConnection, create: Bool, location: String) throws {
        let tables = try session.rows("""
            SELECT to_regclass('atalaya_migrations') IS NOT NULL AS ours, to_regclass('documents') IS NOT NULL AS documents
            """, on: connection)[0]
        let ours: Bool = tables["ours"], documents: Bool = tables["documents"]
        if !ours && documents {
            throw StoreError.notAStore(path: location, reason: "a table \"documents\" without atalaya_migrations")
        }
        if !create {
            guard ours else { throw StoreError.missing(path: location) }
            let done = try Set(session.rows("SELECT name FROM atalaya_migrations", on: connection).map { $0["name"] as String })
            if PostgresSchema.migrations.contains(where: { !done.contains($0.name) }) {
                throw StoreError.cannotOpen(path: location, reason: "made by an older atalaya: run atalaya ingest on it to upgrade")
            }
            return
        }
        try session.execute("BEGIN", on: connection)
        do {
            try session.execute("SELECT pg_advisory_xact_lock(?)", [lock], on: connection)
            try session.execute("""
                CREATE TABLE IF NOT EXISTS atalaya_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """, on: connection)
            let done = try Set(session.rows("SELECT name FROM atalaya_migrations", on: connection).map { $0["name"] as String })
            for migration in PostgresSchema.migrations where !done.contains(migration.name) {
                for statement in migration.statements { try session.execute(statement, on: connection) }
                try session.execute("INSERT INTO atalaya_migrations (name) VALUES (?)", [migration.name], on: connection)
            }
            try session.execute("COMMIT", on: connection)
        } catch {
            try? session.execute("ROLLBACK", on: connection)
            throw error
        }
    }
}
