import Atalaya
import Foundation
import XCTest

/// Who kills decides the root: a killing by armed forces (rebels, soldiers, police, armed men) is
/// a fight (19), one by private persons, criminals or a doer the text does not name is
/// unconventional violence (186 Assassinate), as CAMEO and the human-coded article gold code it.
final class KillingDoerTests: XCTestCase {
    func codes(_ text: String) -> [String] { Shared.code(text).events.map(\.code) }

    func testArmedDoersFight() {
        XCTAssertEqual(codes("Soldados venezolanos mataron a dos contrabandistas en la frontera."), ["190"])
        XCTAssertEqual(codes("Un taxista fue asesinado de tres disparos por guerrilleros colombianos."), ["193"])
        // "grupo paramilitar" is a rebel group, not a civilian's word.
        XCTAssertEqual(Shared.events("Un grupo paramilitar ejecutó a tres campesinos colombianos."), ["COLREB 190 COLCVL"])
    }

    func testPrivateOrUnnamedDoersAssassinate() {
        XCTAssertEqual(codes("Un joven mexicano dio muerte a su vecino con un cuchillo."), ["186"])
        XCTAssertEqual(codes("Un pandillero salvadoreño mató de dos balazos a un comerciante."), ["186"])
        // A passive with no doer, and a killing named by a noun whose doer is not named.
        XCTAssertEqual(Shared.events("Dos campesinos colombianos fueron asesinados en una vereda."), ["--- 186 COLCVL"])
        XCTAssertTrue(codes("La Fiscalía colombiana investiga el asesinato de un periodista.").contains("186"))
        // "desconocidos" are unknown people, not armed forces.
        XCTAssertEqual(Shared.mentions("Desconocidos robaron una camioneta en Lima.").first, "Desconocidos=PERCVL")
    }

    /// Died by a mine or a bomb: unconventional violence when no armed force is named as its
    /// doer; a death in combat, or by a bomb of named rebels, stays a fight.
    func testDeathsByMinesAndBombs() {
        XCTAssertEqual(Shared.events("Un campesino murió al pisar una mina en una vereda de Antioquia."), ["--- 186 COLCVL"])
        XCTAssertEqual(codes("Un soldado colombiano murió en un combate con la guerrilla."), ["190"])
        XCTAssertEqual(codes("Dos niños murieron por la explosión de una granada lanzada por guerrilleros colombianos."), ["190"])
    }

    /// A killing named by a noun names its doer "por parte de" a few words on, past a comma.
    func testNounDoerNamedAfterAComma() {
        XCTAssertTrue(Shared.events("La ONU condenó el asesinato de dos periodistas mexicanos, por parte de un grupo paramilitar.")
            .contains("MEXREB 190 MEXMED"))
    }

    func testUnarmedAgentListIsChecked() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-notby-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("es"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "186\tapuñalar\t-\tOBJ\tnot-by=armed\n".write(to: dir.appendingPathComponent("es/patterns.tsv"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Lexicon.load(language: "es", extra: [dir])) { error in
            XCTAssertTrue("\(error)".hasSuffix("es/patterns.tsv:1: not-by= takes agent codes: not-by=REB,MIL"), "\(error)")
        }
    }
}
