import Atalaya
import XCTest

/// An organisation no dictionary knows, introduced with its acronym, is one actor, and the
/// acronym names it for the rest of the story.
final class IntroducedAcronymTests: XCTestCase {
    func mentions(_ text: String, language: String = "es") -> [String] {
        let doc = Shared.code(text, language: language)
        return doc.mentions.map { "\(doc.string(tokens: $0.tokens))=\($0.code)" }
    }

    func testAcronymNamesTheOrganisationLater() {
        XCTAssertEqual(mentions("La Unión Nacional de Enfermeras Hondureñas (UNEH) convocó un paro. UNEH reiteró sus peticiones al gobierno."),
                       ["Unión Nacional de Enfermeras Hondureñas (UNEH)=HNDHLH", "UNEH=HNDHLH", "gobierno=HNDGOV"])
        XCTAssertEqual(Shared.englishEvents("Members of the Peruvian Miners Union (FNTMP) marched in Lima. Later the FNTMP met the Peruvian president."),
                       ["PERLAB 141 PERGOV", "PERLAB 040 PERGOV", "PERGOV 040 PERLAB"])
    }

    func testWholeNameIsTheSubject() {
        // Before, the only actor was inside "de Educadores …", a complement: no subject, no doer.
        XCTAssertEqual(Shared.events("La Asociación Nacional de Educadores Salvadoreños (ANDES) mantiene una huelga."),
                       ["SLVEDU 143 SLVGOV"])
    }

    func testPlaceInsideANameIsNoOwner() {
        // A treaty named after a region is not the region.
        XCTAssertEqual(mentions("El Tratado de Libre Comercio de América del Norte (TLCAN) entró en vigor. El TLCAN fue criticado."),
                       ["América del Norte=NMR"])
    }
}
