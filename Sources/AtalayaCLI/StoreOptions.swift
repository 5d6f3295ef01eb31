import ArgumentParser
import Atalaya
import AtalayaPostgres
import AtalayaStore
import Foundation

/// `--db`: a SQLite file, or a PostgreSQL store's URL; `$ATALAYA_DB` when not given.
struct StoreOptions: ParsableArguments {
    @Option(help: "The store: a SQLite file, or postgres://user@host:port/database (default: $ATALAYA_DB, else atalaya.db).")
    var db: String?

    /// The store's file or URL.
    var location: String { db ?? ProcessInfo.processInfo.environment["ATALAYA_DB"] ?? "atalaya.db" }

    /// Opens the SQLite or PostgreSQL store `location` names.
    func open(cameo: CameoTable, access: EventStore.Access) throws -> any EventStorage {
        if PostgresURL.names(location) { return try PostgresStore(url: location, cameo: cameo, access: access) }
        return try EventStore(path: location, cameo: cameo, access: access)
    }

    /// For the commands that run on SQLite stores only so far (`serve`, `watch`, gold export).
    func sqlitePath(for command: String) throws -> String {
        if PostgresURL.names(location) {
            throw StoreError.cannotOpen(path: (try? PostgresURL(location).display) ?? "postgres://…",
                                        reason: "\(command) works on SQLite stores only so far")
        }
        return location
    }

    static func reporting(_ body: () throws -> Void) throws {
        do { try body() } catch let error as StoreError {
            StandardOutput.error(error.description)
            throw ExitCode(2)
        }
    }
}

extension EventQuery.Sort: ExpressibleByArgument {}
