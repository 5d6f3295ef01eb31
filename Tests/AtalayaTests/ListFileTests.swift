import Atalaya
import XCTest

final class ListFileTests: XCTestCase {
    func testEntriesSkipCommentsAndBlanksAndKeepTheirLines() {
        let entries = ListFile.entries("# feeds\r\n  https://a.example/rss  # news\r\n\n\thttps://b.example/atom\n   \n#x\n")
        XCTAssertEqual(entries.map(\.line), [2, 4])
        XCTAssertEqual(entries.map(\.value), ["https://a.example/rss", "https://b.example/atom"])
        XCTAssertTrue(ListFile.entries("").isEmpty)
    }
}
