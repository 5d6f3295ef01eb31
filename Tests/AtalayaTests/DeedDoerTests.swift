import Atalaya
import XCTest

/// "condenó la detención de dos británicos por el ejército ruso": a verb whose object is a deed
/// done to its genitive, with the doer named, is about the doer. Before, the target was the
/// people it was done to, and a government condemning the arrest of its own citizens was no event.
final class DeedDoerTests: XCTestCase {
    func testTheCondemnationIsOfTheDoer() {
        XCTAssertEqual(Shared.events("El gobierno británico condenó la detención de dos británicos por el ejército ruso."),
                       ["GBRGOV 111 RUSMIL", "RUSMIL 173 GBR"])
        XCTAssertEqual(Shared.englishEvents("The British government condemned the detention of two Britons by the Russian army."),
                       ["GBRGOV 111 RUSMIL", "RUSMIL 173 GBR"])
    }

    /// With no doer named, the deed's genitive stays the target.
    func testWithoutADoerTheGenitiveStays() {
        XCTAssertEqual(Shared.events("El gobierno de Chile condenó el asesinato de un periodista."),
                       ["CHLGOV 111 CHLMED", "--- 186 CHLMED"])
    }
}
