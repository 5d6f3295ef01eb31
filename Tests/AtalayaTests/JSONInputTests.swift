@testable import Atalaya
import XCTest

/// The JSONL reader's string scanning (runs copied whole, escapes unescaped between them) and its
/// UTF-8 check, made while the strings are made instead of over the line beforehand.
final class JSONInputTests: XCTestCase {
    func parse(_ bytes: [UInt8], validating: Bool = true) throws -> [String: FlatJSON.Value] {
        try FlatJSON.parse(bytes[...], validating: validating)
    }

    func testStringsWithRunsAndEscapesParseExactly() throws {
        let line = #"{"text":"ab\"cd\\ef\ngh\u00e9ij\ud83d\ude00kl\/mn\tñ😀\u0041\b\f\r","k\"ey":"0123456789abcdef\"0123456789abcdefg\\"}"#
        for validating in [false, true] {
            let fields = try parse(Array(line.utf8), validating: validating)
            XCTAssertEqual(fields["text"]?.string, "ab\"cd\\ef\nghéij😀kl/mn\tñ😀A\u{8}\u{C}\r")
            XCTAssertEqual(fields["k\"ey"]?.string, "0123456789abcdef\"0123456789abcdefg\\")
        }
        // A string that is one run, long and short.
        let plain = try parse(Array(#"{"a":"","b":"x","c":"Putin habló con Kim en Vladivostok, según la agencia."}"#.utf8))
        XCTAssertEqual(plain["a"]?.string, "")
        XCTAssertEqual(plain["b"]?.string, "x")
        XCTAssertEqual(plain["c"]?.string, "Putin habló con Kim en Vladivostok, según la agencia.")
    }

    /// An unknown escape keeps its character, even one over 0x7F ("\é" is "é").
    func testUnknownEscapesKeepTheirCharacter() throws {
        let fields = try parse(Array(#"{"text":"\q\é\😀\""}"#.utf8))
        XCTAssertEqual(fields["text"]?.string, "qé😀\"")
    }

    /// Bad UTF-8 is found in the text, in a key, in a skipped container, split by a backslash, or
    /// after an escape; the parser that repairs turns it into U+FFFD instead.
    func testInvalidUTF8IsFoundWhereverItStands() throws {
        let q = Array("\"".utf8), bs = Array("\\".utf8)
        let open = Array(#"{"text":"#.utf8), close = Array("}".utf8)
        let cases: [[UInt8]] = [
            open + q + [0x61, 0xFF, 0x62] + q + close,
            open + q + Array(#"a\nb"#.utf8) + [0xC3] + q + close,
            open + q + [0xC3] + bs + [0xA9] + q + close,  // "é" broken by a backslash
            open + q + [0xC3] + Array(#"\n"#.utf8) + q + close,
            Array(#"{""#.utf8) + [0xFF] + Array(#"":1,"text":"x"}"#.utf8),
            Array(#"{"m":["#.utf8) + q + [0xED, 0xA0, 0x80] + q + Array(#"],"text":"x"}"#.utf8),
            Array(#"{"m":[1,"#.utf8) + [0xC3] + Array(#"],"text":"x"}"#.utf8),
        ]
        for line in cases {
            XCTAssertThrowsError(try parse(line)) { XCTAssertTrue($0 is FlatJSON.InvalidUTF8, "\(line): \($0)") }
            XCTAssertNil(String(validating: line, as: UTF8.self))
            XCTAssertNoThrow(try parse(line, validating: false), "\(line)")
        }
        XCTAssertEqual(try parse(open + q + [0x61, 0xFF, 0x62] + q + close, validating: false)["text"]?.string, "a\u{FFFD}b")
        // Valid bytes over 0x7F outside a string, in a skipped container, are let through.
        XCTAssertEqual(try parse(Array(#"{"m":[1,é],"text":"x"}"#.utf8))["text"]?.string, "x")
    }

    /// A line with bad UTF-8 is reported as such even where its syntax fails first, as when the
    /// whole line was checked before parsing.
    func testBadUTF8OutranksBadSyntax() {
        let reader = DocumentReader(defaultDate: Shared.day)
        let lines: [[UInt8]] = [
            Array(#"{"text":"a" "#.utf8) + [0xFF],
            Array(#"{"text":"a\x"#.utf8) + [0xFF] + Array(#""}"#.utf8),
            [0xFF] + Array(#"{"text":"a"}"#.utf8),
            Array(#"{"text":"a"} "#.utf8) + [0xC3],
            Array("{} ".utf8) + [0xFF],
        ]
        for line in lines {
            guard case .failure(let p) = reader.document(line[...], name: "f", line: 1) else { return XCTFail("\(line)") }
            XCTAssertEqual(p.message, "invalid UTF-8: line skipped")
        }
        guard case .failure(let p) = reader.document(Array(#"{"text":"a" x"#.utf8)[...], name: "f", line: 1) else { return XCTFail() }
        XCTAssertEqual(p.message, "not JSON (expected ',' or '}' at column 13): line skipped")
        // An empty object is read without what follows it, as ever.
        guard case .failure(let empty) = reader.document(Array("{} é".utf8)[...], name: "f", line: 1) else { return XCTFail() }
        XCTAssertEqual(empty.message, "no \"text\" field: line skipped")
    }

    /// Random lines of escapes, accents, emoji, bad bytes and broken syntax: the reader's verdict is
    /// the line's UTF-8 check first, then what the repairing parser makes of it.
    func testReaderAgreesWithCheckingTheLineFirst() {
        let pieces: [[UInt8]] = [
            Array("Rusia atacó ".utf8), Array(#"\n"#.utf8), Array(#"\""#.utf8), Array(#"\\"#.utf8), Array(#"\u00e9"#.utf8),
            Array(#"\ud83d\ude00"#.utf8), Array(#"\ud800"#.utf8), Array(#"\q"#.utf8), Array("\\é".utf8), Array("😀".utf8),
            Array(#"\u12"#.utf8), [0xFF], [0xC3], [0xA9], [0x01], Array("\"".utf8), Array("\\".utf8), Array("abcdefghij".utf8),
        ]
        var r = SeededRandom(seed: 5)
        let reader = DocumentReader(defaultDate: Shared.day)
        for _ in 0..<3000 {
            var text = [UInt8]()
            for _ in 0..<r.next(below: 12) { text += pieces[r.next(below: r.next(below: 4) == 0 ? pieces.count : 10)] }
            var line = Array(#"{"id":"x","text":""#.utf8) + text + Array(#""}"#.utf8)
            if r.next(below: 10) == 0 { line += [0x20, 0x78] }
            let expected: String
            if String(validating: line, as: UTF8.self) == nil {
                expected = "problem: invalid UTF-8: line skipped"
            } else {
                do { expected = "text: " + (try FlatJSON.parse(line[...])["text"]?.string ?? "") } catch {
                    expected = "problem: not JSON (\(error)): line skipped"
                }
            }
            switch reader.document(line[...], name: "f", line: 1) {
            case .success(let doc): XCTAssertEqual("text: " + doc.text, expected, "\(line)")
            case .failure(let p): XCTAssertEqual("problem: " + p.message, expected, "\(line)")
            }
        }
    }
}
