import Atalaya
import XCTest

/// A sentence that tells one event twice, once without its doer ("convocada por los obreros para
/// protestar contra …"), gives it once, with the doer.
final class UnsourcedDuplicateTests: XCTestCase {
    func testTheDoerlessTellingGoes() {
        XCTAssertEqual(Shared.events("La marcha fue convocada por los obreros peruanos para protestar contra el Gobierno."),
                       ["PERLAB 141 PERGOV"])
    }

    /// Events of other roots, or with another target, stay.
    func testOtherEventsStay() {
        XCTAssertEqual(Shared.events("Los taxistas chilenos realizaron una marcha y los manifestantes exigieron la renuncia del ministro."),
                       ["CHLLAB 141 CHLGOV", "CHLCVL 1041 CHLGOV"])
    }
}
