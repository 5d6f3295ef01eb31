@testable import Atalaya
import XCTest

/// The writer's run-at-a-time escaping, its raw-pointer output and its number printing, each
/// checked against the simplest way to do the same.
final class JSONEscapingTests: XCTestCase {
    /// JSON for `s` escaped one scalar at a time: what the writer must produce.
    static func reference(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    static let specials = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{7F}", "é", "😀", "\u{0}"]

    /// Every length up to 40 (several 8-byte words and a tail) with a special character at every
    /// position, and with two of them: written from a String, from bytes and as a key.
    func testEscapingMatchesScalarByScalarAtEveryLengthAndPosition() {
        for length in 0...40 {
            for position in 0..<max(length, 1) {
                for special in Self.specials {
                    let plain = String(repeating: "a", count: position) + special
                        + String(repeating: "b", count: max(0, length - position - 1))
                    check(plain)
                    check(plain + special + "c")
                }
            }
        }
    }

    func check(_ s: String, file: StaticString = #filePath, line: UInt = #line) {
        let expected = Self.reference(s)
        var w = JSONWriter()
        w.beginArray(); w.string(s); w.string(utf8: Array(s.utf8)[...]); w.endArray()
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), "[\(expected),\(expected)]", file: file, line: line)
        var k = JSONWriter()
        k.beginObject(); k.key(s); k.int(1); k.endObject()
        XCTAssertEqual(String(decoding: k.bytes, as: UTF8.self), "{\(expected):1}", file: file, line: line)
    }

    /// Control characters, quotes, backslashes, accents and emoji come back exactly from the reader.
    func testWrittenStringsReadBackExactly() throws {
        let texts = ["", "a\"b\\c\nd\re\tf\u{0}\u{1}\u{1F}\u{7F}", "año «Kim» ‘x’ — 😀🇰🇵", String(repeating: "\\\"", count: 20),
                     "fin\\", "\u{1F}" + String(repeating: "ñ", count: 30) + "\"", "\u{2028}\u{FEFF}𝄞"]
        for text in texts {
            var w = JSONWriter()
            w.beginObject(); w.name("id"); w.int(1); w.key("text"); w.string(text); w.endObject()
            for validating in [false, true] {
                let fields = try FlatJSON.parse(w.bytes[...], validating: validating)
                XCTAssertEqual(fields["text"]?.string, text)
                XCTAssertEqual(fields["id"], .number("1"))
            }
        }
    }

    func testNamesAreWrittenAsKeys() {
        var a = JSONWriter(), b = JSONWriter()
        a.beginObject(); a.name("x"); a.null(); a.name("date_precision"); a.bool(true); a.name("n"); a.bool(false); a.endObject()
        b.beginObject(); b.key("x"); b.null(); b.key("date_precision"); b.bool(true); b.key("n"); b.bool(false); b.endObject()
        XCTAssertEqual(String(decoding: a.bytes, as: UTF8.self), #"{"x":null,"date_precision":true,"n":false}"#)
        XCTAssertEqual(a.bytes, b.bytes)
    }

    /// Integers and tenths take the digit path; the rest go through `String(v)`: both must print
    /// as `String(v)` less a trailing ".0".
    func testDoublesPrintAsSwiftPrintsThem() {
        var values: [Double] = [0, -0.0, 1e12, -1e12, 1e12 - 0.1, 999_999_999_999.9, 1e15, 1e16, 0.1, 0.05, 1e-5,
                                .leastNonzeroMagnitude, .greatestFiniteMagnitude, 0.30000000000000004, 2.675, 123.45, 0.35, -9.95,
                                .infinity, -.infinity, .nan, 4503599627370496.5, 12345678901.2]
        values += stride(from: -100_000, through: 100_000, by: 7).map { Double($0) / 10 }
        var r = SeededRandom(seed: 3)
        for _ in 0..<5000 {
            let v = Double(bitPattern: r.next())
            if v.isFinite { values.append(v) }
            values.append(Double(r.next(below: 2_000_000)) / 100 - 10_000)
        }
        for v in values {
            var expected = String(v)
            if expected.hasSuffix(".0") { expected.removeLast(2) }
            var w = JSONWriter()
            w.double(v)
            XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), expected, "\(v.bitPattern)")
        }
    }

    /// `bytes` can be read between values and replaced, and the writing goes on after it.
    func testBytesCanBeReadAndReplacedBetweenValues() {
        var w = JSONWriter()
        w.beginArray(); w.int(1)
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), "[1")
        w.string(String(repeating: "x", count: 5000)); w.int(-22)
        XCTAssertEqual(w.bytes.count, 2 + 5003 + 4)
        w.bytes.removeAll(keepingCapacity: true)
        w.int(3); w.endArray()
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), ",3]")
        w.bytes = Array("{".utf8)
        w.name("a"); w.int(4)
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), #"{,"a":4"#)
        var out = Array("head\n".utf8)
        var appending = JSONWriter(appendingTo: &out)
        appending.beginObject(); appending.name("b"); appending.string("c"); appending.endObject()
        appending.finish(into: &out)
        XCTAssertEqual(String(decoding: out, as: UTF8.self), "head\n{\"b\":\"c\"}")
    }

    /// The word-at-a-time search finds what a byte loop finds, from every start, at every length.
    func testSpecialByteSearchMatchesAByteLoop() {
        var r = SeededRandom(seed: 9)
        let alphabet: [UInt8] = [0x61, 0x22, 0x5C, 0x00, 0x1F, 0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xC3, 0xFF]
        for length in 0...48 {
            for _ in 0..<40 {
                let bytes = (0..<length).map { _ in r.next(below: 4) == 0 ? alphabet[r.next(below: alphabet.count)] : 0x61 }
                bytes.withUnsafeBytes { b in
                    for from in 0...length {
                        let expected = (from..<length).first { bytes[$0] < 0x20 || bytes[$0] == 0x22 || bytes[$0] == 0x5C } ?? length
                        XCTAssertEqual(JSONSpecialBytes.first(in: b, from: from), expected, "\(bytes) from \(from)")
                    }
                }
            }
        }
    }
}
