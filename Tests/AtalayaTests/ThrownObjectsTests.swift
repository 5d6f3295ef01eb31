import Atalaya
import XCTest

/// Protesters throwing stones or eggs riot (145); the pattern's objects are single words (a slot
/// of "bombas molotov" once asked for "molotov" after every object, so no stone was ever coded).
/// Denying accusations is denying responsibility (016), not accusing.
final class ThrownObjectsTests: XCTestCase {
    func testProtestersThrowingStonesRiot() {
        XCTAssertEqual(Shared.events("Los estudiantes chilenos lanzaron piedras contra los carabineros."), ["CHLEDU 145 CHLCOP"])
        XCTAssertEqual(Shared.events("Los manifestantes arrojaron bombas molotov contra la embajada de Estados Unidos."),
                       ["USACVL 145 USAGOV"])
    }

    func testDenyingAccusationsIsNoAccusation() {
        XCTAssertEqual(Shared.events("El presidente de Perú negó las acusaciones de la oposición."), ["PERGOV 016 -"])
    }
}
