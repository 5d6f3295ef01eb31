import Atalaya
import XCTest

/// The same engine on English: only the data differ.
final class EnglishTests: XCTestCase {
    let coder = Coder(lexicon: Shared.english)

    func events(_ text: String) -> [String] {
        coder.code(id: "t", date: Shared.day, text: text).events
            .map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")\($0.negated ? " negated" : "")" }
    }

    func testVerbsAuxiliariesAndClitics() {
        XCTAssertEqual(events("Russia's foreign minister met his Chinese counterpart."), ["RUSGOV 040 CHNGOV", "CHNGOV 040 RUSGOV"])
        XCTAssertEqual(events("The Argentine president has criticized the British government."), ["ARGGOV 111 GBRGOV"])
        XCTAssertEqual(events("Colombia did not condemn Venezuela."), ["COL 111 VEN negated"])
        XCTAssertEqual(events("The opposition leader was arrested by Venezuelan police."), ["VENCOP 173 VENOPP"])
        XCTAssertEqual(events("Palestinian prisoners began a hunger strike."), ["PSECVL 142 -"])
    }

    /// An object pronoun after the verb stands for the last actor named before it, not the subject.
    func testObjectPronouns() {
        XCTAssertEqual(events("Thousands of protesters gathered in Bangkok. The Thai government blamed them for the violence."),
                       ["THAGOV 112 THACVL"])
        XCTAssertEqual(events("The Russian president met the Chinese leader. Later, the Chinese leader praised him."),
                       ["RUSGOV 040 CHNGOV", "CHNGOV 040 RUSGOV", "CHNGOV 051 RUSGOV"])
    }

    func testNounEvents() {
        XCTAssertEqual(events("Thousands joined protests against the government in Iran."), ["IRNCVL 140 IRNGOV"])
        XCTAssertEqual(events("The visit of the Chinese president to Moscow lasted three days."), ["CHNGOV 042 RUSGOV"])
    }

    func testModesAndDates() {
        let doc = coder.code(id: "t", date: Shared.day, text: "China will send aid to Cuba next week.")
        XCTAssertEqual(doc.events.map(\.code), ["073"])
        XCTAssertEqual(doc.events.first?.mode, .future)
        XCTAssertEqual(doc.events.first?.date.description, "2023-09-20")
    }

    /// Spanish enclitics are not cut off English words (they were: "startle" read as "start" + "le").
    func testNoSpanishEncliticsInEnglish() {
        XCTAssertEqual(Shared.english.enclitics, [])
        XCTAssertEqual(Shared.lexicon.enclitics.first, Array("nos".utf8))
        let coder = Coder(lexicon: Shared.english)
        let doc = coder.code(id: "t", date: Shared.day, text: "Loud blasts startle residents.")
        XCTAssertFalse(doc.tokens.contains { $0.flags.contains(.enclitic) })
    }
}
