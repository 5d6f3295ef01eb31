import Atalaya
import XCTest

/// A pattern's `by=` asks who does the event: in a passive that is the doer after "por", not the
/// subject, who undergoes it. Before, protesters stoned by the police were a riot by the police,
/// and an embassy stoned by protesters was no riot.
final class PassiveDoerAgentTests: XCTestCase {
    func testThePassivesDoerIsAsked() {
        XCTAssertEqual(Shared.events("La embajada de Estados Unidos fue apedreada por los manifestantes."), ["USACVL 145 USAGOV"])
        XCTAssertEqual(Shared.events("Los manifestantes peruanos fueron apedreados por la policía."), ["PERCOP 182 PERCVL"])
    }
}
