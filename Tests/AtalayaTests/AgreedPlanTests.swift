import Atalaya
import XCTest

/// A plan or road map agreed between two parties is their agreement (057), both ways, as an
/// agreement "pactado entre" them is; plural participles count too ("los acuerdos pactados entre").
/// A plan "cerrado" (closed) is no agreement.
final class AgreedPlanTests: XCTestCase {
    func testAPlanAgreedBetweenTwoParties() {
        XCTAssertEqual(Shared.events("La hoja de ruta pactada entre Israel y Egipto incluye un alto el fuego."),
                       ["ISR 057 EGY", "EGY 057 ISR"])
        XCTAssertEqual(Shared.events("Los acuerdos pactados entre Chile y Perú entraron en vigor."), ["CHL 057 PER", "PER 057 CHL"])
        XCTAssertEqual(Shared.events("El plan del gobierno de Chile fue cerrado ayer."), [])
    }
}
