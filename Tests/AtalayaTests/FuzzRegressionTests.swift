import Atalaya
import XCTest

/// Inputs found with the fuzz target (tools/fuzz.sh) and its probes, kept as bytes.
///
/// The quotation finder rescanned the rest of a sentence for every opening mark that had no
/// closing mark, and for every "según" (also a preposition, so "según según …" ran to the end
/// each time), then searched every mention of the document: quadratic. Before the fix these
/// documents took minutes; the assertions check that the quotations and speakers are still
/// the ones a short text gives.
final class FuzzRegressionTests: XCTestCase {
    func quotes(_ bytes: [UInt8]) -> [String] {
        let doc = Shared.code(String(decoding: bytes, as: UTF8.self))
        // Cut, so that a failure does not print a whole document.
        return doc.quotes.map { "\(doc.string($0.start, $0.end).prefix(40))|\($0.speaker?.code ?? "-")" }
    }

    /// 60,000 «, none closed, then a closed quotation in the next paragraph.
    func testUnclosedOpeningMarks() {
        let open: [UInt8] = [0xC2, 0xAB]  // «
        let tail = Array("\n\nPutin afirmó que fue \u{AB}muy útil\u{BB}.".utf8)
        let bytes = Array([[UInt8]](repeating: open, count: 60_000).joined()) + tail
        XCTAssertEqual(quotes(bytes), ["muy útil|RUSGOV"])
        XCTAssertEqual(quotes(open + open + tail), ["muy útil|RUSGOV"])
    }

    /// "según " 40,000 times, then the speaker: each "según" used to scan to the end of the sentence.
    func testSegunChain() {
        let chain = Array([[UInt8]](repeating: Array("según ".utf8), count: 40_000).joined())
        let tail = Array("Putin, la reunión fue \u{AB}productiva\u{BB}.".utf8)
        XCTAssertEqual(quotes(chain + tail), ["productiva|RUSGOV"])
        XCTAssertEqual(quotes(Array("Según según ".utf8) + tail), ["productiva|RUSGOV"])
        // A word that is not a name between two "según": the second one still names the speaker.
        XCTAssertEqual(quotes(Array("Según fuentes según ".utf8) + tail), ["productiva|RUSGOV"])
    }

    /// 300 sentences "Según Putin, …": the token-to-mention table, built once per document, serves each.
    func testManySegunSentences() {
        let sentence = Array("Según Putin, la reunión fue \u{AB}productiva\u{BB}. ".utf8)
        let found = quotes(Array([[UInt8]](repeating: sentence, count: 300).joined()))
        XCTAssertEqual(found.count, 300)
        XCTAssertEqual(Set(found), ["productiva|RUSGOV"])
    }

    /// Found by the fuzz target (a 354-byte JSONL file, minimised by hand): a high surrogate escape
    /// followed by any other escape trapped on arithmetic overflow and killed the process.
    func testHighSurrogateBeforeAnotherEscape() throws {
        let line: [UInt8] = Array(#"{"text":"a\ud83d\u00edb"}"#.utf8)
        XCTAssertEqual(try FlatJSON.parse(line[...])["text"]?.string, "a\u{FFFD}íb")
        let newline: [UInt8] = Array(#"{"text":"\ud83d\nabcd"}"#.utf8)
        XCTAssertEqual(try FlatJSON.parse(newline[...])["text"]?.string, "\u{FFFD}\nabcd")
        let pair: [UInt8] = Array(#"{"text":"\ud83d\ude42"}"#.utf8)
        XCTAssertEqual(try FlatJSON.parse(pair[...])["text"]?.string, "\u{1F642}")
    }
}
