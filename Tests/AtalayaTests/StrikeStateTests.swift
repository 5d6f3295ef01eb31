import Atalaya
import XCTest

/// Strikes told as a state or as a hunger strike: "siguen en huelga" is the subject's strike (not
/// an idiom, not a crowd's), and a hunger strike is 142 against the government, even when a
/// purpose clause names the protest too.
final class StrikeStateTests: XCTestCase {
    func testRemainingOnStrikeIsTheSubjectsStrike() {
        XCTAssertEqual(Shared.events("Los mineros chilenos siguen en huelga."), ["CHLLAB 143 CHLGOV"])
        XCTAssertEqual(Shared.events("Los maestros argentinos permanecen en paro desde el lunes."), ["ARGEDU 143 ARGGOV"])
        XCTAssertEqual(Shared.events("Los mineros chilenos permanecen en la huelga."), ["CHLLAB 143 CHLGOV"])
    }

    /// Protesters who gather rally; the faithful who gather do not.
    func testProtestersGatheringRally() {
        XCTAssertEqual(Shared.events("Miles de manifestantes se congregaron frente al Congreso de Perú."), ["PERCVL 141 PERLEG"])
        XCTAssertEqual(Shared.events("Los fieles católicos se congregaron en la catedral de Lima."), [])
    }

    /// "poner en marcha" is no march: only verbs of remaining make the bare noun an event.
    func testAnIdiomStaysAnIdiom() {
        XCTAssertEqual(Shared.events("El Gobierno boliviano puso en marcha un plan de ayuda."), [])
    }

    func testAHungerStrikeIsOneEventAgainstTheGovernment() {
        XCTAssertEqual(Shared.events("Los campesinos bolivianos protagonizan una huelga de hambre para protestar contra el Gobierno."),
                       ["BOLCVL 142 BOLGOV"])
        XCTAssertEqual(Shared.events("Un militante de ETA emprendió una huelga de hambre como protesta contra el Gobierno español."),
                       ["ESPSEP 142 ESPGOV"])
    }
}
