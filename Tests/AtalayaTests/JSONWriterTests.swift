import XCTest
@testable import Atalaya

/// The byte-level writers of the output paths: JSON strings and numbers, dates, CAMEO roots.
final class JSONWriterTests: XCTestCase {
    func testStringsAreEscapedWhereverTheSpecialBytesStand() {
        var w = JSONWriter()
        w.beginArray()
        for s in ["", "plain", "\"q\"", "a\\b", "l1\nl2\r\tx", "\u{01}\u{1F}", "año «Kim» ‘x’", "end\""] { w.string(s) }
        w.endArray()
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self),
                       #"["","plain","\"q\"","a\\b","l1\nl2\r\tx","\u0001\u001f","año «Kim» ‘x’","end\""]"#)
    }

    func testIntegersAreWrittenAsSwiftPrintsThem() {
        for v in [0, 7, 10, 42, -1, -42, 1_000_000, Int.max, Int.min] {
            var w = JSONWriter()
            w.int(v)
            XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), String(v))
        }
        var w = JSONWriter()
        w.beginObject(); w.key("a"); w.int(1); w.key("b"); w.int(-2); w.endObject()
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), #"{"a":1,"b":-2}"#)
    }

    func testDaysPrintWithFourDigitYearsAndTwoDigitMonthsAndDays() {
        XCTAssertEqual(Day(year: 2023, month: 9, day: 13)!.description, "2023-09-13")
        XCTAssertEqual(Day(year: 1, month: 1, day: 1)!.description, "0001-01-01")
        XCTAssertEqual(Day(year: 9999, month: 12, day: 31)!.description, "9999-12-31")
        XCTAssertEqual(Day(year: 2024, month: 2, day: 29)!.adding(days: 1).description, "2024-03-01")
    }

    func testEventRootIsTheFirstTwoCharacters() {
        func root(_ code: String) -> String {
            Event(sentence: 0, code: code, source: ActorMember(code: "RUS", tokens: 0..<1), target: nil, evidence: 0..<1,
                  pattern: "", negated: false, mode: nil, date: Day(year: 2023, month: 9, day: 13)!).root
        }
        XCTAssertEqual(root("0841"), "08")
        XCTAssertEqual(root("190"), "19")
        XCTAssertEqual(root("04"), "04")
        XCTAssertEqual(root("1"), "1")
        XCTAssertEqual(root(""), "")
        XCTAssertEqual(root("0\u{301}41"), "0\u{301}4")  // a combining mark stays with its character
    }
}
