import Atalaya
import XCTest

/// "ambos líderes", "the two leaders" refer back to two governments named one by one ("el
/// presidente de Chile recibió al presidente de Perú"), not only to a pair named together. A pair
/// named together later is the pair again.
final class PairNamedOneByOneTests: XCTestCase {
    func testTwoLeadersNamedOneByOne() {
        XCTAssertEqual(Shared.events("El presidente de Chile recibió al presidente de Perú en Santiago. Los dos líderes firmaron un acuerdo."),
                       ["CHLGOV 043 PERGOV", "CHLGOV 057 PERGOV", "PERGOV 057 CHLGOV"])
        XCTAssertEqual(Shared.englishEvents("The Chilean president hosted the Peruvian president in Santiago. Both leaders signed an agreement."),
                       ["CHLGOV 043 PERGOV", "CHLGOV 057 PERGOV", "PERGOV 057 CHLGOV"])
    }

    func testAPairNamedTogetherSince() {
        XCTAssertEqual(Shared.events("El presidente de Chile recibió al presidente de Perú. Bolivia y Ecuador tienen una disputa. Ambos gobiernos firmaron un acuerdo."),
                       ["CHLGOV 043 PERGOV", "BOL 057 ECU", "ECU 057 BOL"])
    }
}
