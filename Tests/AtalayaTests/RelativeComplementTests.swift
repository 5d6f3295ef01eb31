import Atalaya
import XCTest

/// A relative clause on a thing that is a verb's complement tells the verb's event: "el acuerdo
/// que firmaron Rusia y China" is their agreement, "las sanciones que impuso Washington a Cuba"
/// a sanction on Cuba. In Spanish the clause's subject may follow its verb; only where the noun
/// is the verb's complement is that actor read as the subject ("las bombas que destruyeron
/// Alepo" tell of no one destroying).
final class RelativeComplementTests: XCTestCase {
    func testTheComplementBeforeTheVerb() {
        XCTAssertEqual(Shared.events("El acuerdo que firmaron Chile y Perú entra hoy en vigor."), ["CHL 057 PER", "PER 057 CHL"])
        XCTAssertEqual(Shared.events("Los acuerdos que Chile y Perú habían firmado en Lima se aplicarán este año."),
                       ["CHL 057 PER", "PER 057 CHL"])
        XCTAssertEqual(Shared.events("Las sanciones que impuso Estados Unidos a Cuba siguen vigentes."), ["USA 163 CUB"])
        XCTAssertEqual(Shared.events("Las negociaciones que mantuvo Argentina con Irán fueron secretas."), ["ARG 046 IRN", "IRN 046 ARG"])
    }

    func testNoComplementNoSubject() {
        XCTAssertEqual(Shared.events("Las bombas que destruyeron Alepo eran rusas."), [])
    }

    func testEnglish() {
        XCTAssertEqual(Shared.englishEvents("The sanctions that the United States imposed on Cuba remain in force."), ["USA 163 CUB"])
    }
}
