import Atalaya
import XCTest

/// "The opposition urged the army to attack the rebels": the attack is what was asked for, not
/// what happened. An infinitive after a verb of class `request` (urge, ask, want; instar, pedir,
/// querer …) is coded as hypothetical, which eval and CAMEO users do not count as an event.
/// Before, the army's attack was coded as a fact.
final class RequestedActionTests: XCTestCase {
    func testTheActionAskedForIsHypothetical() {
        let doc = Shared.code("The opposition urged the army to attack the rebels.", language: "en")
        XCTAssertEqual(doc.events.map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-") \($0.mode?.rawValue ?? "fact")" },
                       ["OPP 020 MIL fact", "MIL 190 REB hypothetical"])
        let wanted = Shared.code("Obama wants Putin to attack Switzerland.", language: "en")
        XCTAssertEqual(wanted.events.map { $0.mode }, [.hypothetical])
    }

    /// An infinitive after any other verb keeps its mode ("decided to attack": to come).
    func testOtherInfinitivesStay() {
        let doc = Shared.code("The army decided to attack the rebels.", language: "en")
        XCTAssertEqual(doc.events.map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-") \($0.mode?.rawValue ?? "fact")" },
                       ["MIL 190 REB future"])
    }
}
