@testable import Atalaya
import XCTest

/// The output's shortcuts give what the plain way gives: code point offsets counted from a block
/// table, event lines written from the document instead of from records, mention kinds from a table.
final class OutputShortcutTests: XCTestCase {
    func testCodePointOffsetsMatchCountingCharacterStarts() {
        let alphabet = ["a", "é", "€", "😀", " ", "\n", "ñandú"]
        var r = SeededRandom(seed: 1)
        for length in [0, 1, 7, 8, 31, 32, 33, 63, 64, 65, 200, 700] {
            let text = (0..<length).map { _ in alphabet[r.next(below: alphabet.count)] }.joined()
            let bytes = Array(text.utf8)
            let index = CodePointIndex(bytes)
            var starts = 0
            for b in 0...bytes.count {
                // An offset inside a character counts that character, as the per-byte table did.
                XCTAssertEqual(index.codePoint(b), starts, "offset \(b) of \(bytes.count)")
                if b < bytes.count && bytes[b] & 0xC0 != 0x80 { starts += 1 }
            }
            XCTAssertEqual(index.codePoint(bytes.count), text.unicodeScalars.count)
        }
    }

    /// Coded events written straight from the document are the lines their records make.
    func testEventLinesFromTheDocumentEqualThoseFromRecords() throws {
        let seed = try String(contentsOf: Shared.repositoryFile("Examples/kim-putin-2023-09-13.txt"), encoding: .utf8)
        let docs = [
            Shared.code(seed),
            Shared.code("Rusia atacó Kiev el lunes. El presidente ruso no condenó a Corea del Norte. Según Putin, «Rusia apoyará a Kim»."),
            Shared.code("Israel had refused to work with Arafat in Gaza, officials said.", language: "en"),
            Shared.code("El ejército turco lanzó una ofensiva en la zona."),
        ]
        var located = 0, untargeted = 0
        for doc in docs {
            XCTAssertFalse(doc.events.isEmpty)
            let json = EventJSON(lexicon: Shared.lexicon)
            var direct = Array("before\n".utf8)
            json.write(doc, quotes: false, into: &direct)
            var w = JSONWriter()
            let cp = CodePointIndex(doc.bytes)
            for i in doc.events.indices {
                EventJSON.write(EventRecord(doc, event: i, cameo: Shared.lexicon.cameo, codePoints: cp), into: &w)
            }
            XCTAssertEqual(String(decoding: direct, as: UTF8.self), "before\n" + String(decoding: w.bytes, as: UTF8.self))
            located += doc.events.filter { $0.location != nil }.count
            untargeted += doc.events.filter { $0.target == nil }.count
        }
        XCTAssertGreaterThan(located, 0, "an event with a place is compared")
        XCTAssertGreaterThan(untargeted, 0, "an event without a target is compared")
    }

    func testMentionKindsAreWrittenByTheirCaseNames() {
        var kinds = 0
        for raw in 0...UInt8.max {
            guard let kind = ActorMention.Kind(rawValue: raw) else {
                XCTAssertEqual(MentionJSON.kindNames[Int(raw)], "")
                continue
            }
            kinds += 1
            XCTAssertEqual(MentionJSON.kindNames[Int(raw)], "\(kind)")
        }
        XCTAssertEqual(kinds, 6)
    }
}
