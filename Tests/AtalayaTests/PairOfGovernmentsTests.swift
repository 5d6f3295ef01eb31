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
}
