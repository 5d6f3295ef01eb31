import Atalaya
import XCTest

/// Two armed parties that clash ("se enfrentaron", "se confrontaron") fight each other, both ways;
/// parties that face a problem ("se enfrentan a una crisis") do not, and protesters who clash with
/// the police still riot (145).
final class MutualClashTests: XCTestCase {
    func testArmedPartiesClash() {
        XCTAssertEqual(Shared.events("Militares y guerrilleros se enfrentaron en el departamento del Cauca."),
                       ["COLMIL 190 COLREB", "COLREB 190 COLMIL"])
        XCTAssertEqual(Shared.events("El ejército de Colombia y las FARC se enfrentaron en el Cauca."),
                       ["COLMIL 190 COLREB", "COLREB 190 COLMIL"])
    }

    func testNoClash() {
        XCTAssertEqual(Shared.events("Chile y Perú se enfrentan a una crisis económica."), [])
        XCTAssertEqual(Shared.events("Los manifestantes se enfrentaron con la policía en Caracas."), ["VENCVL 145 VENCOP"])
    }
}
