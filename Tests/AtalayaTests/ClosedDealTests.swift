import Atalaya
import XCTest

/// Closing a deal is agreeing it (057), both ways; closing a border is not. Denying having done
/// something denies responsibility (016), not a plain statement (010).
final class ClosedDealTests: XCTestCase {
    func testClosingADeal() {
        XCTAssertEqual(Shared.events("Chile y Perú cerraron un acuerdo comercial."), ["CHL 057 PER", "PER 057 CHL"])
        XCTAssertEqual(Shared.events("El gobierno de Chile cerró un pacto con Bolivia."), ["CHLGOV 057 BOL", "BOL 057 CHLGOV"])
        XCTAssertEqual(Shared.events("El gobierno de Chile cerró la frontera con Bolivia."), [])
    }

    func testDenyingHavingDoneIt() {
        XCTAssertEqual(Shared.events("El gobierno de Chile negó haber espiado a Perú."), ["CHLGOV 016 -"])
    }
}
