import Foundation
import GRDB

/// What is at a store's path, looked at read-only before anything is written to it, so that
/// another program's database is never switched to WAL or given a migrations table.
///
/// ```swift
/// try StoreFile.inspect("atalaya.db")  // .absent, .empty or .store(migrated: true)
/// ```
enum StoreFile: Equatable {
    /// No file: a writer creates it, a query refuses it.
    case absent
    /// A file without tables (zero bytes, or an SQLite database with nothing in it yet).
    case empty
    /// Atalaya's tables; `migrated` when every migration this version knows has run.
    case store(migrated: Bool)

    /// The tables a store may hold (FTS5 adds its shadow tables).
    static let tables: Set<String> = [
        "grdb_migrations", "documents", "sentences", "sentences_fts", "sentences_fts_data", "sentences_fts_idx",
        "sentences_fts_docsize", "sentences_fts_config", "sentences_fts_content", "events", "event_mentions",
        "actor_mentions", "quotes", "places", "reviews", "sqlite_sequence", "sqlite_stat1", "sqlite_stat4",
        "event_days", "event_dyads", "event_actors", "event_places", "feeds", "summaries_deferred",
    ]

    /// Looks at `path` read-only; throws `StoreError.notAStore` for a file that is not a store.
    static func inspect(_ path: String, migrations: [String]) throws -> StoreFile {
        var st = stat()
        guard stat(path, &st) == 0 else { return .absent }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw StoreError.notAStore(path: path, reason: "not a regular file") }
        if st.st_size == 0 { return .empty }
        do {
            let queue = try EventStore.readOnly(path)
            defer { try? queue.close() }
            return try queue.read { db in
                let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if names.isEmpty { return .empty }
                let foreign = names.filter { !tables.contains($0) }.sorted()
                guard foreign.isEmpty else {
                    throw StoreError.notAStore(path: path, reason: "tables \(foreign.prefix(3).joined(separator: ", "))")
                }
                guard names.contains("grdb_migrations") else { throw StoreError.notAStore(path: path, reason: "no migrations table") }
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                if let unknown = applied.first(where: { !migrations.contains($0) }) {
                    throw StoreError.notAStore(path: path, reason: "migration \(unknown) unknown to this version of atalaya")
                }
                return .store(migrated: Set(applied) == Set(migrations))
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where EventStore.isBusy(error) {
            throw error  // the opener waits and looks again
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notAStore(path: path, reason: "not an SQLite database")
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }
}
