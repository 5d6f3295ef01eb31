import Atalaya
import XCTest

/// A protest that names no target is against the government of where it is held: the protesters'
/// own at home, the host's abroad (a country or a city of a million; a small town's name is too
/// often another country's town).
final class ProtestAbroadTests: XCTestCase {
    func testAProtestAbroadIsAgainstTheHostGovernment() {
        XCTAssertEqual(Shared.englishEvents("US and British activists staged a protest in Beijing on Wednesday."),
                       ["USACVL 140 CHNGOV", "GBRCVL 140 CHNGOV"])
        XCTAssertEqual(Shared.events("Estudiantes chilenos marcharon en Buenos Aires."), ["CHLEDU 141 ARGGOV"])
    }

    func testAProtestAtHomeIsAgainstTheOwnGovernment() {
        XCTAssertEqual(Shared.englishEvents("Kenyan students marched in Nairobi on Monday."), ["KENEDU 141 KENGOV"])
    }
}
