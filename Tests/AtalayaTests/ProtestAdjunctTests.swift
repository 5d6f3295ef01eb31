import Atalaya
import XCTest

/// "en protesta por …" after a verb says why its subject acts: the protest is the clause's subject's,
/// and the same event as a protest the verb names (one event, the most specific code).
final class ProtestAdjunctTests: XCTestCase {
    func testTheProtestIsTheClauseSubjectsAndTheVerbsEvent() {
        XCTAssertEqual(Shared.events("Los camioneros franceses bloquearon las carreteras en protesta por el aumento de los precios."),
                       ["FRALAB 144 FRAGOV"])
        XCTAssertEqual(Shared.events("Los estudiantes colombianos marcharon en protesta contra la reforma."), ["COLEDU 141 COLGOV"])
    }

    /// With no subject in its clause, the protest still has its own parties.
    func testWithoutAClauseSubjectTheNounStillTellsAProtest() {
        XCTAssertTrue(Shared.events("Miles de personas en protesta contra el gobierno peruano.").contains { $0.contains(" 140 ") })
    }
}
