import Atalaya
import Foundation
import XCTest

/// Issue 11.4 and 11.5: reports with no subject, and mutual verbs of coordinated subjects.
final class ImpersonalAndMutualTests: XCTestCase {
    func english(_ text: String) -> [String] { Shared.englishEvents(text) }

    /// A third person plural with no subject is impersonal: the doer is unknown, or the one the
    /// pattern names (an arrest: the police of the patient's country).
    func testImpersonalThirdPersonPlural() {
        XCTAssertEqual(Shared.events("Detienen a la expresidenta argentina Cristina Kirchner."), ["ARGCOP 173 ARGELI"])
        XCTAssertEqual(Shared.events("Asesinan a un periodista mexicano en Veracruz."), ["--- 186 MEXMED"])
        // Not in a relative clause ("que desaparecieron": the antecedent is the subject), nor without a target.
        XCTAssertEqual(Shared.events("Los correos que desaparecieron del servidor llegaron al candidato mexicano."), [])
        XCTAssertEqual(Shared.events("Ayer protestaron."), [])
        // English forms do not tell their person: no impersonal reading.
        XCTAssertEqual(english("Arrest the Argentine president."), [])
    }

    /// "se" with a personal object right after the verb and no subject is impersonal too; a
    /// reflexive verb with its subject keeps its own reading.
    func testImpersonalSeWithPersonalObject() {
        XCTAssertEqual(Shared.events("En México se detuvo a tres militantes del PRI."), ["MEXCOP 173 MEXPTY"])
        XCTAssertEqual(Shared.events("Se acusó al gobierno venezolano de corrupción."), ["--- 1121 VENGOV"])
        XCTAssertEqual(Shared.events("Los presidentes de Perú y de Chile se reunieron a puerta cerrada."), ["PERGOV 040 CHLGOV", "CHLGOV 040 PERGOV"])
    }

    /// Participles of verbs built on "escribir" ("han suscrito un acuerdo"), not "suscribido".
    func testPrefixedIrregularParticiple() {
        XCTAssertEqual(Shared.events("Cabo Verde y España han suscrito un acuerdo de cooperación."), ["CPV 057 ESP", "ESP 057 CPV"])
    }

    /// "Los presidentes de Perú y de Chile", "Putin y su homólogo chino Xi Jinping": both ways.
    func testCoordinatedSubjectsOfMutualVerbs() {
        XCTAssertEqual(Shared.events("Los presidentes de Perú y de Chile se reunieron."), ["PERGOV 040 CHLGOV", "CHLGOV 040 PERGOV"])
        XCTAssertEqual(Shared.events("Putin y su homólogo chino Xi Jinping firmaron un acuerdo."), ["RUSGOV 057 CHNGOV", "CHNGOV 057 RUSGOV"])
        XCTAssertEqual(english("Putin met his Chinese counterpart Xi Jinping."), ["RUSGOV 040 CHNGOV", "CHNGOV 040 RUSGOV"])
    }
}
