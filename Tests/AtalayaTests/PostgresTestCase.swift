@testable import AtalayaPostgres
import Foundation
import XCTest

/// A test case with a new empty PostgreSQL database for each test (`url`), dropped after it, on
/// the server `$ATALAYA_TEST_POSTGRES` names (`.ci/run` starts one with `tools/pg_cluster.sh`).
/// Without it the tests are skipped, and say why.
class PostgresTestCase: FolderTestCase {
    var url: String!
    private var server: String!, database: String!

    override func setUpWithError() throws {
        try super.setUpWithError()
        guard let server = ProcessInfo.processInfo.environment["ATALAYA_TEST_POSTGRES"] else {
            throw XCTSkip("no PostgreSQL server: set ATALAYA_TEST_POSTGRES (tools/pg_cluster.sh start DIR PORT prints one)")
        }
        self.server = server
        database = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        url = try PostgresDatabases.create(database, on: server)
    }

    override func tearDownWithError() throws {
        if let database { try? PostgresDatabases.drop(database, on: server) }
        try super.tearDownWithError()
    }

    /// Runs one statement outside a transaction on the server's own database.
    static func admin(_ server: String, _ sql: String) throws {
        let session = PostgresSession(try PostgresURL(server))
        try session.withConnection { try session.execute(sql, on: $0) }
    }

    /// The number a query (a count) gives on `url`.
    func count(_ sql: String) throws -> Int {
        let session = PostgresSession(try PostgresURL(url))
        return try session.withConnection { try session.rows(sql, on: $0)[0]["n"] }
    }
}
