import Atalaya
import XCTest

/// What protesters ask for or refuse, named by a noun in their clause ("en demanda de", "en
/// reclamo de", "en rechazo a"), is an event of theirs besides the protest; "manifestar contra"
/// without "se" is a demonstration too.
final class ProtestAimTests: XCTestCase {
    func testDemandNamedByANounInTheProtestersClause() {
        XCTAssertEqual(Shared.events("Los mineros bolivianos marcharon por La Paz en demanda de mejores salarios."),
                       ["BOLLAB 141 BOLGOV", "BOLLAB 100 BOLGOV"])
        XCTAssertEqual(Shared.events("Los médicos uruguayos iniciaron una huelga en reclamo de aumentos."),
                       ["URYHLH 143 URYGOV", "URYHLH 100 URYGOV"])
    }

    func testRejectionNamedByANounInTheProtestersClause() {
        XCTAssertEqual(Shared.events("Los maestros peruanos paralizaron las clases en rechazo a la reforma educativa."),
                       ["PEREDU 143 PERGOV", "PEREDU 120 PERGOV"])
    }

    /// A market's demand is no one's: with no clause subject before it there is no event.
    func testDemandWithoutAProtesterIsNoEvent() {
        XCTAssertEqual(Shared.events("La demanda de petróleo creció en China."), [])
    }

    func testManifestarContraWithoutSe() {
        XCTAssertEqual(Shared.events("Cientos de estudiantes chilenos manifestaron contra la nueva ley."), ["CHLEDU 141 CHLGOV"])
        // Without "contra" it is still a statement of feeling, not a march.
        XCTAssertEqual(Shared.events("El presidente argentino manifestó su preocupación por la crisis."), ["ARGGOV 012 -"])
    }
}
