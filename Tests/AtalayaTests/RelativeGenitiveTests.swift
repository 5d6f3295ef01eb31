import Atalaya
import XCTest

/// "la marcha de los maestros que exigen …": the actor of a genitive heads the relative clause right
/// after it, as a passive's doer does; a passive relative stays the head noun's ("los correos del
/// ministro que están desaparecidos" are no abduction).
final class RelativeGenitiveTests: XCTestCase {
    func testTheGenitivesActorDoesTheRelativesVerb() {
        XCTAssertEqual(Shared.events("La policía dispersó la marcha de los maestros peruanos que exigen un aumento salarial."),
                       ["PEREDU 100 PERGOV", "PEREDU 141 PERGOV"])
    }

    func testAPassiveRelativeIsNotTheGenitives() {
        XCTAssertEqual(Shared.events("Los correos del ministro chileno que están desaparecidos preocupan al Gobierno."), [])
    }
}
