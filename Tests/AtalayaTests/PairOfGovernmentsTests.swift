import Atalaya
import XCTest

/// "los dos gobiernos", "sus dos gobiernos", "ambos gobiernos" refer back to the last pair named,
/// as "los dos líderes" do: the pair acts, not the story's own government.
final class PairOfGovernmentsTests: XCTestCase {
    func testTheTwoGovernmentsAreThePair() {
        XCTAssertEqual(Shared.events("Chile y Perú tienen una disputa territorial. Sus dos gobiernos firmaron un acuerdo en Lima."),
                       ["CHL 057 PER", "PER 057 CHL"])
        XCTAssertEqual(Shared.events("Chile y Perú tienen una disputa territorial. Ambos gobiernos firmaron un acuerdo en Lima."),
                       ["CHL 057 PER", "PER 057 CHL"])
        XCTAssertEqual(Shared.events("Los gobiernos de Chile y Perú firmaron un acuerdo."), ["CHLGOV 057 PERGOV", "PERGOV 057 CHLGOV"])
    }

    func testEnglish() {
        XCTAssertEqual(Shared.englishEvents("Chile and Peru have a border dispute. The two governments signed an agreement in Lima."),
                       ["CHL 057 PER", "PER 057 CHL"])
        XCTAssertEqual(Shared.englishEvents("The governments of Chile and Peru signed an agreement."), ["CHLGOV 057 PERGOV", "PERGOV 057 CHLGOV"])
    }
}
