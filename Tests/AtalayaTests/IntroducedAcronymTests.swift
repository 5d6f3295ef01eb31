import Atalaya
import XCTest

/// An organisation no dictionary knows, introduced with its acronym, is one actor, and the
/// acronym names it for the rest of the story.
final class IntroducedAcronymTests: XCTestCase {
    func testAcronymNamesTheOrganisationLater() {
        XCTAssertEqual(Shared.mentions("La Unión Nacional de Enfermeras Hondureñas (UNEH) convocó un paro. UNEH reiteró sus peticiones al gobierno."),
                       ["Unión Nacional de Enfermeras Hondureñas (UNEH)=HNDHLH", "UNEH=HNDHLH", "gobierno=HNDGOV"])
        XCTAssertEqual(Shared.englishEvents("Members of the Peruvian Miners Union (FNTMP) marched in Lima. Later the FNTMP met the Peruvian president."),
                       ["PERLAB 141 PERGOV", "PERLAB 040 PERGOV", "PERGOV 040 PERLAB"])
    }

    func testDemonymOpeningTheNameOwnsIt() {
        // "Members", the sentence's first word, is capitalised: no name of which "Kenyan" is a complement.
        XCTAssertEqual(Shared.mentions("Members of the Kenyan Green Belt Movement (GBM) planted trees. The GBM spoke.", language: "en"),
                       ["Kenyan Green Belt Movement (GBM)=KEN", "GBM=KEN"])
    }

    func testWholeNameIsTheSubject() {
        // Before, the only actor was inside "de Educadores …", a complement: no subject, no doer.
        XCTAssertEqual(Shared.events("La Asociación Nacional de Educadores Salvadoreños (ANDES) mantiene una huelga."),
                       ["SLVEDU 143 SLVGOV"])
    }

    func testPlaceInsideANameIsNoOwner() {
        // A treaty named after a region is not the region.
        XCTAssertEqual(Shared.mentions("El Tratado de Libre Comercio de América del Norte (TLCAN) entró en vigor. El TLCAN fue criticado."),
                       ["América del Norte=NMR"])
    }
}
