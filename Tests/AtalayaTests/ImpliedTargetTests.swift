import Atalaya
import XCTest

/// An attack, a threat or a sanction that names no one it is against (`cameo/targeted.tsv`) is
/// against whom the previous sentence's events were.
final class ImpliedTargetTests: XCTestCase {
    func testTheTargetOfThePreviousSentence() {
        XCTAssertEqual(Shared.events("Turquía criticó duramente a Siria por los ataques en la frontera. "
                                     + "Al día siguiente, el ejército turco lanzó una ofensiva en la zona."),
                       ["TUR 111 SYR", "TURMIL 190 SYR"])
        XCTAssertEqual(Shared.events("Estados Unidos expresó su preocupación por el programa nuclear de Irán. "
                                     + "El gobierno estadounidense tiene preparadas nuevas sanciones."),
                       ["USA 012 IRN", "USAGOV 1312 IRN"])
    }

    /// An attack on another country's ground is against that country; on its own ground, against
    /// no one the sentence names.
    func testTheGroundOfAnotherCountry() {
        XCTAssertEqual(Shared.events("Tropas rusas atacaron posiciones en Ucrania."), ["RUSMIL 190 UKR"])
        XCTAssertEqual(Shared.events("Los rebeldes colombianos atacaron una base en Colombia."), ["COLREB 190 -"])
        // A small town's name is too often another country's town ("San Pedro" is read as the
        // Philippines'): only a country or a city of a million puts the attack abroad.
        XCTAssertEqual(Shared.events("Los rebeldes colombianos atacaron una base en San Pedro."), ["COLREB 190 -"])
    }

    /// Nothing said before, or an event that needs no target: no target is given.
    func testNoTargetGiven() {
        XCTAssertEqual(Shared.events("El ejército turco lanzó una ofensiva en la zona."), ["TURMIL 190 -"])
        XCTAssertEqual(Shared.events("Turquía criticó duramente a Siria por los ataques en la frontera. El presidente turco expresó su optimismo."),
                       ["TUR 111 SYR", "TURGOV 013 -"])
    }
}
