import ArgumentParser
import Atalaya
import AtalayaStore

/// The database every store command works on.
struct StoreOptions: ParsableArguments {
    @Option(help: "The database file.")
    var db = "atalaya.db"

    /// Opens the store: `.write` creates it when missing; `.read` (queries) never writes.
    func open(cameo: CameoTable, access: EventStore.Access) throws -> EventStore {
        try EventStore(path: db, cameo: cameo, access: access)
    }

    /// Runs a store command: a store error is one line on stderr and exit status 2 (not 64,
    /// which is a usage error, and without the usage text).
    static func reporting(_ body: () throws -> Void) throws {
        do { try body() } catch let error as StoreError {
            StandardOutput.error(error.description)
            throw ExitCode(2)
        }
    }
}

extension EventQuery.Sort: ExpressibleByArgument {}
