import Atalaya
import XCTest

/// A wire story that names no country is placed by its towns. A village's name that a foreign
/// town also has ("la vereda El Crucero" in Cauca; El Crucero is in Nicaragua) made the story
/// and its actors Nicaraguan. Now the names of one country only count first, the more populous
/// places break a tie, and a sentence's town abroad gives its bare actors that country only when
/// it is surely that town (a city of 100,000 with a name of one country, or of a million).
final class TownCountryTests: XCTestCase {
    func testAVillageIsNoForeignTown() {
        XCTAssertEqual(Shared.events("Miembros de un grupo armado asesinaron a dos campesinos en la vereda El Crucero, CAUCA, CORINTO"),
                       ["COLUAF 190 COLCVL"])
    }

    /// A city abroad still gives its country to the police of the sentence.
    func testACityAbroadStays() {
        XCTAssertEqual(Shared.events("La policía detuvo a tres hombres en Miami. El gobierno venezolano protestó."),
                       ["USACOP 173 USACVL", "VENGOV 140 -"])
    }
}
