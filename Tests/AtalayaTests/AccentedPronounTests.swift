import Atalaya
import XCTest

/// "él" folds to "el", an article, and a verb after an article was read as a noun: "Luego él
/// firmó un acuerdo" had no verb. Spanish writes no accent on articles (`unaccented-articles`),
/// so an accented one is a pronoun and the verb after it stands.
final class AccentedPronounTests: XCTestCase {
    func testAVerbAfterAnAccentedPronoun() {
        XCTAssertEqual(Shared.events("El presidente ruso visitó Ankara. Luego él firmó un acuerdo con Turquía."),
                       ["RUSGOV 042 TURGOV", "RUSGOV 057 TUR", "TUR 057 RUSGOV"])
        XCTAssertEqual(Shared.events("El presidente ruso visitó Ankara. Él criticó a Grecia."), ["RUSGOV 042 TURGOV", "RUSGOV 111 GRC"])
    }

    /// The article before a noun is still an article: "el viaje" is no verb.
    func testTheArticleStays() {
        XCTAssertEqual(Shared.events("El presidente ruso visitó Ankara. El viaje duró dos días."), ["RUSGOV 042 TURGOV"])
    }

    func testTheSetting() throws {
        let s = try LanguageSettings(files: [DataFile(path: "s", text: "unaccented-articles\tyes\n")])
        XCTAssertTrue(s.unaccentedArticles)
        XCTAssertFalse(LanguageSettings().unaccentedArticles)
    }
}
