import Atalaya
import XCTest

/// A group named as a verb's target and then listed after a comma and "como" ("including") is
/// those members: "se ha reunido con los líderes de América Latina, como México, Perú y
/// Colombia" meets each of them, not the region.
final class GroupInstanceTests: XCTestCase {
    func testTheMembersListed() {
        XCTAssertEqual(Shared.events("El presidente de Estados Unidos se ha reunido con los líderes de América Latina, como México, Perú y Colombia."),
                       ["USAGOV 040 MEX", "MEX 040 USAGOV", "USAGOV 040 PER", "PER 040 USAGOV", "USAGOV 040 COL", "COL 040 USAGOV"])
        XCTAssertEqual(Shared.events("El presidente de Estados Unidos visitó a los líderes de América Latina, como México y Perú."),
                       ["USAGOV 042 MEX", "USAGOV 042 PER"])
        XCTAssertEqual(Shared.englishEvents("The US president met the leaders of Latin America, including Mexico, Peru and Colombia."),
                       ["USAGOV 040 MEX", "MEX 040 USAGOV", "USAGOV 040 PER", "PER 040 USAGOV", "USAGOV 040 COL", "COL 040 USAGOV"])
    }

    func testNoList() {
        XCTAssertEqual(Shared.events("El presidente de Chile se reunió con el presidente de Perú, como estaba previsto."),
                       ["CHLGOV 040 PERGOV", "PERGOV 040 CHLGOV"])
    }
}
