import Atalaya
import Foundation
import XCTest

/// Two groups of private persons ("CVL" and "CVL", "COLCVL" and "COLCVL") are not one actor:
/// the event between them stands.
final class CountrylessAgentTests: XCTestCase {
    func testCivilianDoerAndCivilianPatient() {
        XCTAssertEqual(Shared.events("Tres mujeres fueron golpeadas por unos vecinos."), ["CVL 182 CVL"])
        // A state and its government are still one actor.
        XCTAssertTrue(Shared.lexicon.isSelf("RUS", "RUSGOV"))
        XCTAssertFalse(Shared.lexicon.isSelf("CVL", "CVL"))
    }

    /// Two private persons of one country are one actor only in the same words: the object of
    /// "desconocidos mataron a un comerciante" is the victim, not the subject again.
    func testCivilianObjectOfACivilianSubject() {
        XCTAssertEqual(Shared.events("Desconocidos mataron a un comerciante en la ciudad de Cali."), ["COLCVL 186 COLCVL"])
        XCTAssertEqual(Shared.events("Un hombre golpeó a una mujer en Lima."), ["PERCVL 182 PERCVL"])
    }
}
