import Atalaya
import XCTest

/// Sanctions held ready are a threat of sanctions (1312), not yet their imposition (163).
final class PreparedSanctionsTests: XCTestCase {
    func testSanctionsHeldReady() {
        XCTAssertEqual(Shared.events("El gobierno japonés tiene preparadas sanciones contra Corea del Norte."), ["JPNGOV 1312 PRK"])
        XCTAssertEqual(Shared.events("El gobierno canadiense prepara nuevas sanciones contra Irán."), ["CANGOV 1312 IRN"])
    }

    /// A law's "sanción" is its enactment; a plan held ready threatens no one.
    func testOtherThingsHeldReady() {
        XCTAssertEqual(Shared.events("El presidente venezolano preparó la sanción de la ley de presupuesto."), [])
        XCTAssertEqual(Shared.events("El gobierno chileno tiene preparado un plan de emergencia."), [])
    }
}
