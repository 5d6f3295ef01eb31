import Atalaya
import XCTest

/// A verb-and-noun pattern in the passive: the noun is the subject, before the verb ("New
/// sanctions were imposed on Iran"), the doer the agent or unknown, the target after the verb.
final class PassiveNounTests: XCTestCase {
    func testNounBeforeThePassiveVerb() {
        XCTAssertEqual(Shared.englishEvents("New sanctions were imposed on Syria by the European Union."), ["IGOEUREEC 163 SYR"])
        XCTAssertEqual(Shared.englishEvents("Tribute was paid to the Chilean president."), ["--- 017 CHLGOV"])
        XCTAssertEqual(Shared.englishEvents("A truce was declared by the rebels."), ["REB 087 -"])
        XCTAssertEqual(Shared.events("Un homenaje fue rendido al presidente chileno por el gobierno peruano."), ["PERGOV 017 CHLGOV"])
    }

    func testSomeoneMustBeNamed() {
        // Neither a doer nor a target: no event.
        XCTAssertEqual(Shared.englishEvents("A truce was declared."), [])
        XCTAssertEqual(Shared.englishEvents("New sanctions were imposed."), [])
    }
}
