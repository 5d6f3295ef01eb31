import Atalaya
import AtalayaStore
import Foundation
import XCTest

/// A test case with a new empty folder for each test (`dir`), removed after it; subclasses that
/// set up more call `super.setUpWithError()` first.
class FolderTestCase: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-\(type(of: self))-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// A document coded from `text`, to store, with `id` as its own id.
    static func item(_ id: String, _ date: String, _ text: String) -> StoreItem {
        .coded(Shared.coder.code(id: id, date: Day(parsing: date)!, text: text), origin: "test", explicitID: true)
    }
}
