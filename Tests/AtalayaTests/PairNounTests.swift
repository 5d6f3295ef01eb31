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

    func testThePairNamedOneByOne() {
        XCTAssertEqual(Shared.events("El presidente de Chile se reunió con el presidente de Perú. Los dos países firmaron un acuerdo."),
                       ["CHLGOV 040 PERGOV", "PERGOV 040 CHLGOV", "CHLGOV 057 PERGOV", "PERGOV 057 CHLGOV"])
    }
}
