@testable import AtalayaPostgres
import XCTest

/// PostgreSQL addresses and statements, without a server.
final class PostgresURLTests: XCTestCase {
    func testAddressesAreReadAsLibpqReadsThem() throws {
        let full = try PostgresURL("postgresql://ana:s%40cret@db.example:6543/news?sslmode=disable")
        XCTAssertEqual(full.display, "postgres://ana@db.example:6543/news")
        XCTAssertEqual(full.configuration.password, "s@cret")
        let short = try PostgresURL("postgres://db.example", environment: ["USER": "luis", "PGPASSWORD": "pw"])
        XCTAssertEqual(short.display, "postgres://luis@db.example:5432/luis")
        XCTAssertEqual(short.configuration.password, "pw")
        XCTAssertThrowsError(try PostgresURL("postgres:///nohost"))
        XCTAssertThrowsError(try PostgresURL("postgres://h/db?sslmode=sometimes"))
        XCTAssertEqual(PostgresSession.numbered("SELECT '?', \"a?\" FROM t WHERE a = ? AND b = ?"),
                       "SELECT '?', \"a?\" FROM t WHERE a = $1 AND b = $2")
        XCTAssertEqual(PostgresPartitions.bounds("2023-12")?.to, "2024-01-01")
        XCTAssertNil(PostgresPartitions.bounds("2023-13"))
    }

    func testCopyRowsEscapeWhatCopyReadsAsSyntax() {
        var rows = CopyRows()
        rows.add(["1", "a\tb\\c\nd\re", nil, ""])
        XCTAssertEqual(String(decoding: rows.bytes, as: UTF8.self), "1\ta\\tb\\\\c\\nd\\re\t\\N\t\n")
        XCTAssertEqual(rows.count, 1)
    }
}
