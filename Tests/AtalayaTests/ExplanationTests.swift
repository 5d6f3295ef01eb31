import Atalaya
import Foundation
import XCTest

/// `--format explain`: every finding under its own sentence, a closing count, and no terminal
/// control characters from the news text.
final class ExplanationTests: XCTestCase {
    func explain(_ doc: Document) -> String {
        var out = [UInt8]()
        Explanation(lexicon: Shared.lexicon).write(doc, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of each sentence's section, "[k] …" up to the next section or the closing count.
    func sections(_ text: String) -> [String] {
        var result = [String]()
        for block in text.components(separatedBy: "\n\n").dropFirst() where block.hasPrefix("[") {
            result.append(block)
        }
        return result
    }

    /// Grouping by sentence keeps every mention, verb, quote and event under its sentence, in
    /// document order (the walk that replaced a filter per sentence must not move or lose any).
    func testEveryFindingUnderItsSentenceInOrder() throws {
        let text = try String(contentsOf: Shared.fixture("seed.txt"), encoding: .utf8)
        let doc = Shared.code(text)
        XCTAssertGreaterThan(doc.sentences.count, 10)
        XCTAssertGreaterThan(doc.events.count, 10)
        XCTAssertFalse(doc.quotes.isEmpty)
        let blocks = sections(explain(doc))
        XCTAssertEqual(blocks.count, doc.sentences.count)
        for (i, block) in blocks.enumerated() {
            XCTAssertTrue(block.hasPrefix("[\(i + 1)] \(doc.string(Int(doc.sentences[i].start), Int(doc.sentences[i].end)))\n"))
            let actors = doc.mentions.indices.filter { doc.mentions[$0].sentence == i }
                .map { "\(doc.string(tokens: doc.mentions[$0].tokens)) = \(doc.code(ofMention: $0))" }
            let actorLine = block.split(separator: "\n").first { $0.hasPrefix("  actors: ") }
            XCTAssertEqual(actorLine.map { String($0.dropFirst(10)) } ?? "", actors.joined(separator: "; "), "sentence \(i + 1)")
            let verbs = doc.verbs.filter { $0.sentence == i }.map { doc.string(tokens: $0.tokens) + " (" }
            let verbLine = block.split(separator: "\n").first { $0.hasPrefix("  verbs: ") }.map(String.init) ?? ""
            XCTAssertEqual(verbLine.components(separatedBy: "; ").count, max(1, verbs.count))
            for v in verbs { XCTAssertTrue(verbLine.contains(v), "\(v) in sentence \(i + 1)") }
            let events = doc.events.filter { $0.sentence == i }
                .map { "  EVENT \($0.source.code) → \($0.target?.code ?? "-") \($0.code) " }
            let eventLines = block.split(separator: "\n").filter { $0.hasPrefix("  EVENT ") }
            XCTAssertEqual(eventLines.count, events.count, "sentence \(i + 1)")
            for (line, expected) in zip(eventLines, events) { XCTAssertTrue(line.hasPrefix(expected), "\(line)") }
            let quotes = doc.quotes.filter { $0.sentence == i }.map { "  quote: «\(doc.string($0.start, $0.end))»" }
            XCTAssertEqual(block.split(separator: "\n").filter { $0.hasPrefix("  quote: ") }.map { String($0.prefix(while: { $0 != "»" })) + "»" },
                           quotes)
        }
    }

    func testClosingCount() {
        let doc = Shared.code("El presidente ruso no condenó a Ucrania. Rusia negoció un acuerdo con China. «Fue útil», dijo Putin.")
        let lines = explain(doc).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.suffix(3).first, "3 sentences, 3 events (1 negated), 1 quote")
        XCTAssertEqual(lines.suffix(2), ["", ""], "a blank line ends each document")
    }

    /// ESC, BEL, a lone CR, DEL and C1 controls (CSI U+009B) from the text or the id are shown,
    /// never written raw; tabs and line breaks stay.
    func testControlCharactersAreShownNotSent() {
        let text = "Rusia\u{1B}[2J\u{1B}]0;pwned\u{07}\u{9B}31m condenó\r a Ucrania.\u{7F}\tEl \u{85}presidente habló.\r\nFin."
        let doc = Document(id: "x\u{1B}[1m", date: Shared.day, text: text)
        var coded = doc
        Shared.coder.code(&coded)
        let out = explain(coded)
        let bad = out.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || (0x7F..<0xA0).contains($0.value) }
        XCTAssertEqual(bad.map(\.value), [], out)
        XCTAssertTrue(out.contains("# x␛[1m (2023-09-13)"), out)
        XCTAssertTrue(out.contains("[1] Rusia␛[2J␛]0;pwned␇<U+009B>31m condenó␍ a Ucrania.␡\tEl <U+0085>presidente"), out)
    }

    func testTerminalText() {
        XCTAssertEqual(TerminalText.visible("plain «texto» ñ 🙂"), "plain «texto» ñ 🙂")
        XCTAssertEqual(TerminalText.visible("a\u{1B}[31mb"), "a␛[31mb")
        XCTAssertEqual(TerminalText.visible("a\r\nb\tc\n"), "a\r\nb\tc\n", "CRLF, tab and LF are harmless")
        XCTAssertEqual(TerminalText.visible("a\rb\r"), "a␍b␍")
        XCTAssertEqual(TerminalText.visible("a\nb", keepNewlines: false), "a␊b")
        XCTAssertEqual(TerminalText.visible("\u{0}\u{7F}\u{80}\u{9F}\u{A0}"), "␀␡<U+0080><U+009F>\u{A0}")
    }

    /// PLOVER `mode` is null for an asserted event, as in jsonl's `plover.mode`, not "".
    func testPloverModeIsNullWhenAsserted() throws {
        let doc = Shared.code("Rusia negoció un acuerdo con China.")
        var out = [UInt8]()
        PloverJSON(lexicon: Shared.lexicon).write(doc, into: &out)
        let line = try XCTUnwrap(String(decoding: out, as: UTF8.self).split(separator: "\n").first)
        let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        XCTAssertEqual(record["event_type"] as? String, "CONSULT")
        XCTAssertTrue(record["mode"] is NSNull, "\(record["mode"] ?? "missing")")
        XCTAssertTrue(line.contains(#""mode":null"#))
    }
}
