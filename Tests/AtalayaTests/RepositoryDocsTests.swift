import Atalaya
import Foundation
import XCTest

/// The repository's own documents say what the product does: the license files cover every
/// bundled data file, and the README's `explain` sample is what `explain` prints.
final class RepositoryDocsTests: XCTestCase {
    /// The checkout this test file is in.
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func testLicenseAndNoticeCoverEveryBundledDataFile() throws {
        let license = try read("LICENSE")
        XCTAssertTrue(license.hasPrefix("MIT License\n\nCopyright (c) "))
        XCTAssertTrue(license.contains("The Atalaya authors"))
        let notice = try read("NOTICE")
        let resources = root.appendingPathComponent("Sources/Atalaya/Resources")
        let files = try XCTUnwrap(FileManager.default.enumerator(at: resources, includingPropertiesForKeys: [.isRegularFileKey]))
            .compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .map { String($0.standardizedFileURL.path.dropFirst(resources.standardizedFileURL.path.count + 1)) }
        XCTAssertGreaterThan(files.count, 30)
        for file in files {
            XCTAssertTrue(notice.contains("`\(file)`"), "NOTICE does not name \(file): add its source and license")
        }
        for license in ["CC BY 4.0", "CC BY-SA 4.0", "LGPL-2.1", "Unicode License", "MIT"] {
            XCTAssertTrue(notice.contains(license), license)
        }
        let readme = try read("README.md")
        XCTAssertTrue(readme.contains("`LICENSE`") && readme.contains("`NOTICE`"))
    }

    /// The README shows `explain` on a short text: its sentences, events and closing count must be
    /// what the coder prints today (`-` no target, `---` a source the text does not name).
    func testReadmeExplainSampleIsWhatExplainPrints() throws {
        let lines = try read("README.md").components(separatedBy: "\n")
        let command = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("$ printf '") && $0.hasSuffix("--format explain") })
        let quoted = lines[command].dropFirst("$ printf '".count)
        let text = String(quoted[..<quoted.range(of: "\\n'")!.lowerBound])
        let sample = lines[(command + 1)...].prefix { $0 != "```" }
        var doc = Document(id: "<stdin>", date: Day(parsing: "2023-09-13")!, text: text)
        Shared.coder.code(&doc)
        var out = [UInt8]()
        Explanation(lexicon: Shared.lexicon).write(doc, into: &out)
        let printed = String(decoding: out, as: UTF8.self).components(separatedBy: "\n")
        func kept(_ l: [String]) -> [String] {
            l.filter { $0.hasPrefix("#") || $0.hasPrefix("[") || $0.hasPrefix("  EVENT") || $0.first?.isNumber == true }
        }
        XCTAssertEqual(kept(Array(sample)), kept(printed))
        XCTAssertTrue(sample.contains { $0.hasPrefix("  EVENT --- → ") }, "the sample shows an unnamed source")
        XCTAssertTrue(sample.contains { $0.contains(" → \(Explanation.noTarget) ") }, "the sample shows a missing target")
    }
}
