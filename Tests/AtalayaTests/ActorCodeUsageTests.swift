import Foundation
import XCTest

/// No code outside `ActorCode` cuts actor codes by position: a scan of Sources for the ways
/// they used to be cut. Other hits must be allowed below, each with why.
final class ActorCodeUsageTests: XCTestCase {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What cutting or testing an actor code by position looks like.
    let suspects = ["prefix(3)", "dropFirst(3)", "suffix(3)", "by: 3)", "separator: \"+\"",
                    "hasPrefix(\"IGO\")", "hasPrefix(\"NGO\")", "hasPrefix(\"MNC\")"]

    /// (file, text on the line): uses that are not actor codes.
    let allowed: [(String, String)] = [
        ("Evaluation/EventMatcher.swift", "o.code.prefix(3) == $0.prefix(3)"),         // CAMEO event codes
        ("Maintenance/DictionaryLinter.swift", "String(row[0].prefix(3))"),            // an example's event code
        ("Maintenance/DictionaryLinter.swift", "patterns.map { String($0.code.prefix(3)) }"),  // pattern event codes
        ("Maintenance/DictionaryStats.swift", "patterns.map { String($0.code.prefix(3)) }"),   // pattern event codes
        ("AtalayaStore/GDELTRow.swift", "String(e.code.prefix(3))"),                  // EventBaseCode
        ("AtalayaStore/FeedReader.swift", "String(p.prefix(3)).lowercased()"),        // month names in dates
        ("AtalayaStore/StoreFile.swift", "foreign.prefix(3)"),                        // table names in a message
    ]

    func testNoActorCodeIsCutOutsideActorCode() throws {
        let sources = root.appendingPathComponent("Sources")
        let files = try XCTUnwrap(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
            .map { String($0.standardizedFileURL.path.dropFirst(sources.standardizedFileURL.path.count + 1)) }
            .filter { $0 != "Atalaya/Model/ActorCode.swift" }
        XCTAssertGreaterThan(files.count, 50)
        var used = Set<Int>()
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where suspects.contains(where: line.contains) {
                if let i = allowed.firstIndex(where: { file.hasSuffix($0.0) && line.contains($0.1) }) {
                    used.insert(i)
                } else {
                    XCTFail("Sources/\(file):\(n + 1): cuts an actor code by position; use ActorCode: \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        for (i, a) in allowed.enumerated() where !used.contains(i) {
            XCTFail("allowed use no longer in the sources, remove it: \(a.0) \(a.1)")
        }
    }
}
