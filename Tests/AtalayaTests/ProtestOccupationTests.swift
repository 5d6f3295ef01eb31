import Atalaya
import XCTest

/// Protesters who occupy a building or a road block it (144); workers who bring a service to a
/// halt strike (143). Only civilians, students, workers and the like: an army that takes a town
/// occupies territory, and a storm that halts a port is no strike.
final class ProtestOccupationTests: XCTestCase {
    func testProtestersOccupyingABuildingBlockIt() {
        XCTAssertEqual(Shared.events("Los campesinos peruanos ocuparon la alcaldía de Cuzco."), ["PERCVL 144 PERGOV"])
        XCTAssertEqual(Shared.events("Los estudiantes chilenos tomaron la universidad."), ["CHLEDU 144 CHLGOV"])
    }

    func testWorkersHaltingAServiceStrike() {
        XCTAssertEqual(Shared.events("Los trabajadores de la salud peruanos paralizaron la consulta externa en los hospitales."),
                       ["PERLAB 143 PERGOV"])
    }

    func testNoProtestWithoutProtesters() {
        XCTAssertFalse(Shared.events("El ejército colombiano tomó el puente sobre el río Arauca.").contains { $0.contains(" 14") })
        XCTAssertEqual(Shared.events("La tormenta paralizó el puerto de Valparaíso."), [])
    }
}
