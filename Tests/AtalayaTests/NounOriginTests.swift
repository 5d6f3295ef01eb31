@testable import Atalaya
import XCTest

/// "amid protests from the opposition": the actor after "from" does what a noun of words or
/// deeds short of force names, as a genitive does ("protests of", "by"). Before, only after a
/// verb of undergoing ("received help from") was it so, and the protest was a crowd's.
final class NounOriginTests: XCTestCase {
    func testProtestsFromTheOpposition() {
        XCTAssertEqual(Shared.englishEvents("The parliament approved the budget amid protests from the opposition."), ["OPP 140 -"])
        XCTAssertEqual(Shared.englishEvents("The Chilean government announced a visit from the Argentine president."), ["ARGGOV 042 -"])
    }

    /// A retreat or an attack does not come from its origin: "the withdrawal from Iraq" is none of Iraq's.
    func testNotForForceNorRetreat() {
        XCTAssert(NounParties.comesFromOrigin("140"))
        XCTAssertFalse(NounParties.comesFromOrigin("0871"))
        XCTAssertFalse(NounParties.comesFromOrigin("190"))
    }
}
