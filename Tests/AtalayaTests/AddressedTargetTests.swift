import Atalaya
import XCTest

/// A comment, appeal or criticism that names no one, made by a country's own people, is addressed
/// to their government (`cameo/addressed.tsv`); an organisation's or a government's own is not.
final class AddressedTargetTests: XCTestCase {
    func testDomesticCommentWithNoTargetIsAddressedToTheGovernment() {
        XCTAssertEqual(Shared.englishEvents("Kenyan opposition leaders expressed concern over the rising cost of living."),
                       ["KENOPP 012 KENGOV"])
        XCTAssertEqual(Shared.englishEvents("Bolivian bishops appealed for calm after the vote."), ["BOLREL 020 BOLGOV"])
    }

    func testGovernmentsAndOrganisationsAddressNoOneByIt() {
        XCTAssertEqual(Shared.englishEvents("The Chilean government expressed concern over the floods."), ["CHLGOV 012 -"])
        XCTAssertEqual(Shared.englishEvents("The United Nations expressed concern over the fighting."), ["IGOUNO 012 -"])
    }

    /// A named target stays, and an event of another kind (aid) takes none by this rule.
    func testNamedTargetsAndOtherEventsUnchanged() {
        XCTAssertEqual(Shared.englishEvents("Kenyan opposition leaders criticized the Ugandan president."),
                       ["KENOPP 111 UGAGOV"])
        XCTAssertEqual(Shared.englishEvents("Peruvian farmers donated food."), ["PERAGR 073 -"])
    }
}
