import Atalaya
import XCTest

/// What a verb bans, prevents or calls off did not happen; the verb before "la", "las" governs
/// its noun as it does after "una" (mode, negation, support).
final class PreventedNounTests: XCTestCase {
    func coded(_ text: String, language: String = "es") -> [String] {
        Shared.code(text, language: language).events.map { "\($0.source.code) \($0.code) \($0.negated ? "negated" : "asserted")" }
    }

    func testBannedOrPreventedEventsAreNegated() {
        XCTAssertEqual(coded("El gobierno prohibió las protestas en la capital."), ["GOV 172 asserted", "CVL 140 negated"])
        XCTAssertEqual(coded("La policía impidió una marcha de maestros."), ["EDU 141 negated"])
        XCTAssertEqual(coded("The government banned protests in the capital.", language: "en"), ["GOV 172 asserted", "CVL 140 negated"])
        // Held, not prevented: asserted.
        XCTAssertEqual(coded("Los maestros realizaron una marcha contra el gobierno."), ["EDU 141 asserted"])
    }

    func testVerbBeforeTheArticleLaGovernsTheNoun() {
        let doc = Shared.code("El gobierno no realizará la reunión con la oposición.")
        XCTAssertEqual(doc.events.map(\.code), ["036", "036"])
        XCTAssertTrue(doc.events.allSatisfy { $0.negated && $0.mode == .future })
    }
}
