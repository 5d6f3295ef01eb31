import Atalaya
import Foundation
import XCTest

final class OutputFormatTests: XCTestCase {
    let text = "Ayer, en Vladivostok, Kim Jong-un y Putin se reunieron. «Fue útil», dijo Putin."

    func output(_ format: OutputFormat, quotes: Bool = false) -> String {
        let doc = Shared.code(text)
        var out = [UInt8]()
        format.write(doc, lexicon: Shared.lexicon, quotes: quotes, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    func testJSONLRecordsWithCodePointOffsets() throws {
        let lines = output(.jsonl, quotes: true).split(separator: "\n")
        XCTAssertEqual(lines.count, 3)  // two directions of the meeting and a quotation
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        XCTAssertEqual(first["code"] as? String, "040")
        XCTAssertEqual(first["root"] as? String, "04")
        XCTAssertEqual(first["quad"] as? Int, 1)
        XCTAssertEqual(first["date"] as? String, "2023-09-12")
        let source = first["source"] as! [String: Any]
        XCTAssertEqual(source["code"] as? String, "PRKGOV")
        let start = source["start"] as! Int, end = source["end"] as! Int
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[start..<end])), source["text"] as? String)
        XCTAssertEqual((first["location"] as? [String: Any])?["name"] as? String, "Vladivostok")
        XCTAssertEqual((first["plover"] as? [String: Any])?["event"] as? String, "CONSULT")
        let quote = try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as! [String: Any]
        XCTAssertEqual(quote["type"] as? String, "quote")
        XCTAssertEqual(quote["text"] as? String, "Fue útil")
        XCTAssertEqual((quote["speaker"] as? [String: Any])?["code"] as? String, "RUSGOV")
        let qs = quote["start"] as! Int, qe = quote["end"] as! Int
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[qs..<qe])), "Fue útil")
    }

    func testDeterministic() {
        XCTAssertEqual(output(.jsonl, quotes: true), output(.jsonl, quotes: true))
        XCTAssertEqual(output(.explain), output(.explain))
    }

    func testOtherFormats() throws {
        let tsv = output(.tsv).split(separator: "\n")
        XCTAssertEqual(tsv.count, 2)
        XCTAssertEqual(tsv[0].split(separator: "\t", omittingEmptySubsequences: false).count, PhoenixTSV.columns.count)
        let plover = try JSONSerialization.jsonObject(with: Data(output(.plover).split(separator: "\n")[0].utf8)) as! [String: Any]
        XCTAssertEqual(plover["event_type"] as? String, "CONSULT")
        XCTAssertEqual((plover["actor"] as? [[String: Any]])?.first?["code"] as? String, "PRKGOV")
        let mentions = output(.mentions).split(separator: "\n")
        XCTAssertEqual(mentions.count, 3)  // Kim, Putin, Putin
        XCTAssertTrue(output(.explain).contains("EVENT PRKGOV → RUSGOV 040"))
    }

    /// `--format tsv` is Phoenix's 26 columns (those of `export --format phoenix`); a negated event
    /// has no Phoenix column to say so, so it is not written.
    func testTSVIsPhoenixWithoutNegatedEvents() throws {
        let doc = Shared.code("Kim Jong-un y Putin se reunieron en Vladivostok. Francia no condenó a Rusia.")
        XCTAssertTrue(doc.events.contains(where: \.negated))
        var out = Array(OutputFormat.tsv.header!.utf8)
        OutputFormat.tsv.write(doc, lexicon: Shared.lexicon, quotes: false, into: &out)
        let rows = String(decoding: out, as: UTF8.self).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        XCTAssertEqual(rows[0], PhoenixTSV.columns)
        XCTAssertEqual(PhoenixTSV.columns.count, 26)
        XCTAssertEqual(rows.count - 1, doc.events.filter { !$0.negated }.count)
        XCTAssertTrue(rows.allSatisfy { $0.count == 26 })
        let meeting = try XCTUnwrap(rows.first { $0[5] == "PRKGOV" })
        XCTAssertEqual(Array(meeting[0...9]), ["t-1", "20230913", "2023", "09", "13", "PRKGOV", "PRK", "GOV", "", "RUSGOV"])
        XCTAssertEqual(Array(meeting[13...16]), ["040", "04", "1", "1.0"])
        XCTAssertEqual(meeting[20], "Vladivostok")
        XCTAssertEqual(meeting[23], "t-1")
    }

    func testTabSeparatedFieldsKeepTheColumns() {
        XCTAssertEqual(TabSeparated.field("a\tb\nc\r\nd"), "a b c  d")
        XCTAssertEqual(TabSeparated.field("sin cambios"), "sin cambios")
        XCTAssertEqual(TabSeparated.line(["a\tb", "", "c"]), "a b\t\tc\n")
    }
}

final class BatchCodingTests: XCTestCase {
    /// Coding on several threads gives the same events, in the same order, as one thread.
    func testParallelCodingMatchesSequential() throws {
        let text = try String(contentsOf: Shared.fixture("seed.txt"), encoding: .utf8)
        let sentences = text.split(separator: "\n").map(String.init)
        let docs = (0..<40).map { i in
            Document(id: "d\(i)", date: Shared.day, text: (0..<3).map { sentences[(i + $0 * 5) % sentences.count] }.joined(separator: " "))
        }
        var one = docs, many = docs
        Shared.coder.code(&one, jobs: 1)
        Shared.coder.code(&many, jobs: 4)
        func summary(_ d: [Document]) -> [String] { d.map { $0.id + ":" + $0.events.map { "\($0.source.code)\($0.code)\($0.target?.code ?? "")" }.joined(separator: ",") } }
        XCTAssertEqual(summary(one), summary(many))
        XCTAssertGreaterThan(one.reduce(0) { $0 + $1.events.count }, 40)
    }
}
