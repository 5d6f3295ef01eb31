import Atalaya
import XCTest

/// "los dos países", "las dos partes" before a plural verb are the pair named before, named
/// together or one by one: no one else's noun phrase, so the verb takes that pair as subject.
final class PairNounTests: XCTestCase {
    func testThePairNamedTogether() {
        XCTAssertEqual(Shared.events("Chile y Perú tienen una disputa territorial. Los dos países firmaron un acuerdo en Lima."),
                       ["CHL 057 PER", "PER 057 CHL"])
        XCTAssertEqual(Shared.events("Chile y Perú tienen una disputa. Las dos partes se reunieron en Lima."), ["CHL 040 PER", "PER 040 CHL"])
    }

    /// In English the verb's form does not tell its number; the pair word does. A past form after
    /// a plain noun is the verb ("the countries signed an agreement"), not a compound's head noun.
    func testEnglish() {
        XCTAssertEqual(Shared.englishEvents("Chile and Peru have a border dispute. Both countries signed an agreement in Lima."),
                       ["CHL 057 PER", "PER 057 CHL"])
        XCTAssertEqual(Shared.englishEvents("The Chilean president met the Peruvian president in Lima. The two countries signed an agreement."),
                       ["CHLGOV 040 PERGOV", "PERGOV 040 CHLGOV", "CHLGOV 057 PERGOV", "PERGOV 057 CHLGOV"])
    }

    func testThePairNamedOneByOne() {
        XCTAssertEqual(Shared.events("El presidente de Chile se reunió con el presidente de Perú. Los dos países firmaron un acuerdo."),
                       ["CHLGOV 040 PERGOV", "PERGOV 040 CHLGOV", "CHLGOV 057 PERGOV", "PERGOV 057 CHLGOV"])
    }
}
