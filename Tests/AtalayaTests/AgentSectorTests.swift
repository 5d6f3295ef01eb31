import Atalaya
import XCTest

/// Two agent nouns together are one actor, of the sector one of them names: a government noun
/// ("leaders", "officials", "dirigentes", "portavoz") only says the role.
final class AgentSectorTests: XCTestCase {
    /// English: the modifier comes first ("union leaders" are labour); "government troops" are troops.
    func testEnglishNounCompounds() {
        XCTAssertEqual(Shared.mentions("Union leaders met the president.", language: "en"),
                       ["Union leaders=LAB", "president=GOV"])
        XCTAssertEqual(Shared.mentions("The opposition leaders met the king.", language: "en"), ["opposition leaders=OPP", "king=GOV"])
        XCTAssertEqual(Shared.englishEvents("Thai opposition leaders met the king."), ["THAOPP 040 THAGOV", "THAGOV 040 THAOPP"])
        XCTAssertEqual(Shared.englishEvents("Party officials criticized the decision."), ["PTY 111 -"])
        XCTAssertEqual(Shared.englishEvents("The government troops attacked the rebels."), ["MIL 190 REB"])
        XCTAssertEqual(Shared.mentions("Venezuelan army officers attacked the rebels.", language: "en"),
                       ["Venezuelan army officers=VENMIL", "rebels=VENREB"])
    }

    /// "the leader of the opposition", "los dirigentes de la oposición": a government noun of
    /// another body is that body's; with a demonym after, its country's.
    func testGovernmentNounOfABody() {
        XCTAssertEqual(Shared.events("Los dirigentes de la oposición se reunieron con el presidente."), ["OPP 040 GOV", "GOV 040 OPP"])
        XCTAssertEqual(Shared.events("El portavoz de la policía criticó al gobierno."), ["COP 111 GOV"])
        XCTAssertEqual(Shared.events("El presidente del partido criticó al gobierno."), ["PTY 111 GOV"])
        XCTAssertEqual(Shared.englishEvents("The leader of the opposition criticized the government."), ["OPP 111 GOV"])
        // Spanish adjectives after the noun still name the sector, as before.
        XCTAssertEqual(Shared.mentions("El líder opositor se reunió con el presidente."), ["líder opositor=OPP", "presidente=GOV"])
        XCTAssertEqual(Shared.mentions("Los jefes militares criticaron al gobierno."), ["jefes militares=MIL", "gobierno=GOV"])
    }
}
