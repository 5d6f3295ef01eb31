import Atalaya
import Foundation
import XCTest

/// Two agents of no named country ("CVL" and "CVL") are two groups of people, not one actor:
/// the event between them stands.
final class CountrylessAgentTests: XCTestCase {
    func testCivilianDoerAndCivilianPatient() {
        XCTAssertEqual(Shared.events("Tres mujeres fueron golpeadas por unos vecinos."), ["CVL 182 CVL"])
        // A state and its government are still one actor.
        XCTAssertTrue(Shared.lexicon.isSelf("RUS", "RUSGOV"))
        XCTAssertFalse(Shared.lexicon.isSelf("CVL", "CVL"))
    }
}
