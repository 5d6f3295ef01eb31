@testable import Atalaya
import XCTest

/// The byte-level and table paths written for speed give what the plain ones gave.
final class FastPathTests: XCTestCase {
    /// Trie edges: every key stored reads back through growth, absent keys read -1, a key of 0
    /// is a key like any other, and setting a key again replaces its value.
    func testEdgeTableStoresEveryKey() {
        var t = EdgeTable()
        var rng = SeededRandom(seed: 7)
        var expected = [UInt64: Int32]()
        for i in 0..<20_000 {
            let key = i == 0 ? 0 : UInt64(rng.next(below: 1 << 20)) << 32 | UInt64(rng.next(below: 60_000))
            t[key] = Int32(i)
            expected[key] = Int32(i)
        }
        XCTAssertEqual(t.count, expected.count)
        for (k, v) in expected { XCTAssertEqual(t[k], v) }
        XCTAssertEqual(t[UInt64(1) << 62], -1)
        t[0] = 5
        XCTAssertEqual(t[0], 5)
        XCTAssertEqual(t.count, expected.count)
    }

    /// A trie over the new table finds the longest phrase, as the dictionaries use it.
    func testPhraseTrieLongestMatch() {
        var trie = PhraseTrie(vocabularySize: 10)
        trie.insert([1, 2], value: 7)
        trie.insert([1, 2, 3], value: 8)
        trie.insert([0, 4], value: 9)
        let words: [Int32] = [1, 2, 3, 1, 2, 5, 0, 4]
        XCTAssertEqual(trie.longestMatch({ words[$0] }, from: 0, limit: words.count)?.value, 8)
        XCTAssertEqual(trie.longestMatch({ words[$0] }, from: 3, limit: words.count)?.length, 2)
        XCTAssertEqual(trie.longestMatch({ words[$0] }, from: 6, limit: words.count)?.value, 9)
        XCTAssertNil(trie.longestMatch({ words[$0] }, from: 5, limit: words.count))
    }

    /// `ActorCode.country(of:)` is `ActorCode(text).country` for every shape of code.
    func testCountryOfEveryShape() {
        let codes = ["RUSGOV", "RUS", "IGOUNO", "NGOHRI", "MNCUSA", "RUS+UKR", "~MIL", "---", "", "RU", " RUSGOV ",
                     "USAMILREB", "-AB", "ÑÑÑGOV", "R\u{301}USGOV", "RUS\u{301}GOV", "RU\r\nGOV", "RUS\tGOV"]
        for c in codes { XCTAssertEqual(ActorCode.country(of: c), ActorCode(c).country, c) }
    }

    /// Tokenizing into buffers that already hold a text (how the dictionaries tokenize their
    /// names) gives the same folded forms as tokenizing alone.
    func testTokenizerAppendsToFilledBuffers() {
        let tokenizer = Shared.lexicon.tokenizer
        let first = Array("Sr. Pérez".utf8), second = Array("MOSCÚ, Ñandú’s EE.UU. J. Kim".utf8)
        var tokens = [Token](), folded = [UInt8]()
        first.withUnsafeBufferPointer { tokenizer.tokenize($0, tokens: &tokens, folded: &folded) }
        let before = tokens.count
        second.withUnsafeBufferPointer { tokenizer.tokenize($0, tokens: &tokens, folded: &folded) }
        let alone = tokenizer.tokenize(second)
        let appended = tokens[before...].map { String(decoding: folded[Int($0.foldStart)..<Int($0.foldEnd)], as: UTF8.self) }
        let own = alone.tokens.map { String(decoding: alone.folded[Int($0.foldStart)..<Int($0.foldEnd)], as: UTF8.self) }
        XCTAssertEqual(appended, own)
        XCTAssertEqual(own, ["moscu", ",", "ñandu", "'s", "ee.uu.", "j.", "kim"])
        XCTAssertEqual(folded.count, Int(tokens.last!.foldEnd))  // no room left over
    }

    /// More than eight events in a sentence: the hashed search keeps the same events, in the
    /// same order, as the linear one.
    func testDedupeOfManyEvents() {
        let coder = EventCoder(lexicon: Shared.lexicon)
        func event(_ code: String, _ source: String, _ target: String) -> Event {
            Event(sentence: 0, code: code, source: ActorMember(code: source, tokens: 0..<1),
                  target: ActorMember(code: target, tokens: 1..<2), evidence: 0..<1, pattern: "", negated: false,
                  mode: nil, date: Shared.day)
        }
        var events = [Event]()
        for i in 0..<12 { events.append(event("040", "A\(i)", "B")) }
        events.append(event("042", "A3", "B"))  // more specific than A3's 040: replaces it in place
        events.append(event("04", "A10", "B"))  // less specific than A10's 040: dropped
        let kept = coder.dedupe(events)
        XCTAssertEqual(kept.map(\.source.code), (0..<12).map { "A\($0)" })
        XCTAssertEqual(kept[3].code, "042")
        XCTAssertEqual(kept[10].code, "040")
    }

    /// Country codes are found by their letters: a country's code is one, a region's or an
    /// organisation's is not, and nor is any other shape (lower case, two or four letters).
    func testCountryCodesByLetters() {
        let places = Shared.lexicon.places
        for code in ["RUS", "PRK", "UKR", "USA", "ESP", "BHR"] { XCTAssertTrue(places.isCountryCode(code), code) }
        for code in ["CRB", "LAM", "IGO", "rus", "RU", "RUSS", "", "R\u{301}US", "---"] { XCTAssertFalse(places.isCountryCode(code), code) }
        XCTAssertEqual(places.countryCodes.filter { places.isCountryCode($0) }.count, places.countryCodes.count)
    }
}
