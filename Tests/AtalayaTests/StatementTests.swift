import Atalaya
import Foundation
import XCTest

/// Issue 11.3: what actors say, coded when the sentence tells of no other event; the content's
/// words (`statements.tsv`) say what kind of comment it is.
final class StatementTests: XCTestCase {
    func english(_ text: String) -> [String] {
        Shared.code(text, language: "en").events.map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")" }
    }

    func testCriticismInReportedSpeech() {
        XCTAssertEqual(Shared.events("El presidente mexicano dijo que la elección fue un fraude del PRI."), ["MEXGOV 111 MEXPTY"])
        XCTAssertEqual(english("The Ukrainian opposition leader said the election was a fraud by the government."), ["UKROPP 111 UKRGOV"])
        let doc = Shared.code("El presidente mexicano dijo que la elección fue un fraude del PRI.")
        XCTAssertEqual(doc.events.first?.pattern, "statement")
        // Calling a rival's act a sign of desperation disparages it.
        XCTAssertEqual(Shared.events("El canciller británico afirmó que la decisión de Irán muestra su desesperación."), ["GBRGOV 111 IRN"])
        XCTAssertEqual(english("The French minister said the Syrian decision was an act of desperation."), ["FRAGOV 111 SYR"])
    }

    /// The one spoken to is not the one spoken about.
    func testAddresseeIsNoTarget() {
        XCTAssertEqual(Shared.events("El presidente mexicano dijo a la prensa que el PRI es una mafia."), ["MEXGOV 111 MEXPTY"])
    }

    /// The reported event is the more specific one; a denied or unattributed statement is none.
    func testOnlyWhenNothingMoreSpecific() {
        XCTAssertEqual(Shared.events("El presidente mexicano dijo que la policía detuvo a cinco estudiantes."),
                       ["MEXCOP 173 MEXEDU"])
        XCTAssertEqual(Shared.events("El presidente mexicano no dijo que el PRI es una mafia."), [])
        XCTAssertEqual(Shared.events("Se dijo que el PRI es una mafia."), [])
    }

    /// Without a cue word, a plain statement (010, the `*` line) about the other actor named;
    /// with no other actor, or beside another event of the sentence, none.
    func testPlainStatementNeedsSomeoneSpokenOf() {
        XCTAssertEqual(Shared.events("El presidente mexicano dijo que el PRI ganará las elecciones."), ["MEXGOV 010 MEXPTY"])
        XCTAssertEqual(english("The French president said that Germany would hold elections in May."), ["FRAGOV 010 DEU"])
        XCTAssertEqual(Shared.events("El ministro español dijo que la ley entrará en vigor en enero."), [])
        XCTAssertEqual(Shared.events("El canciller venezolano dijo que Rusia envió ayuda humanitaria a Venezuela."), ["RUS 073 VEN"])
        // "como subrayó X": an aside in a subordinate clause is no plain statement.
        XCTAssertEqual(Shared.events("Canadá, como subrayó el primer ministro canadiense, es aliado de Estados Unidos."), [])
        // "se informó que …": impersonal, no one's statement (not even the last subject's).
        XCTAssertEqual(Shared.events("El gobierno venezolano llegó a un acuerdo. También se informó que la alianza con la India se mantiene."),
                       [])
    }

    /// Lines come in precedence order: an accusation word wins over a criticism word.
    /// A statement stands beside the sentence's other events; a verb of saying coded as an event
    /// of its own ("denunció a X") is not coded again as a statement.
    func testStatementBesideOtherEvents() {
        XCTAssertEqual(Shared.events("El canciller venezolano dijo que el bloqueo de Estados Unidos es criminal, mientras Rusia enviaba ayuda humanitaria a Venezuela."),
                       ["RUS 073 VEN", "VENGOV 111 USA"])
        XCTAssertEqual(Shared.events("El gobierno venezolano denunció a Estados Unidos por una agresión criminal."), ["VENGOV 111 USA"])
    }

    /// Praise and thanks in what is said: 051 to the actor praised.
    func testPraiseInAStatement() {
        XCTAssertEqual(Shared.events("El presidente venezolano dijo que la ayuda de Rusia es generosa."), ["VENGOV 051 RUS"])
        XCTAssertEqual(Shared.code("The UN official said that the aid of Japan was generous.", language: "en").events
            .map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")" }, ["IGOUNO 051 JPN"])
    }

    func testPrecedenceOfCues() {
        XCTAssertEqual(Shared.events("El gobierno venezolano afirmó que Estados Unidos es culpable de una agresión."),
                       ["VENGOV 112 USA"])
    }

    /// "según X" names the speaker of the whole sentence; only a cue word makes it a record.
    func testAccordingToSpeaker() {
        XCTAssertEqual(Shared.events("Según el gobierno venezolano, el bloqueo de Estados Unidos es una agresión criminal."),
                       ["VENGOV 111 USA"])
        XCTAssertEqual(Shared.events("Según el gobierno venezolano, el trigo llegó de Rusia."), [])
        // A headline's speaker after a colon at its end: "…: Maduro".
        XCTAssertEqual(Shared.events("El bloqueo de Estados Unidos es una agresión criminal: Maduro"), ["VENGOV 111 USA"])
        XCTAssertEqual(Shared.events("El bloqueo de Estados Unidos es una agresión criminal: Maduro."), ["VENGOV 111 USA"])
        XCTAssertEqual(Shared.events("El trigo llegó de Rusia: Maduro"), [])
    }

    /// A quotation that goes on from a sentence that named its speaker is that speaker's: with a
    /// cue, a comment on the actor it names (the sentence has no verb of saying of its own).
    func testAQuotationGoesOnWithItsSpeaker() {
        XCTAssertEqual(Shared.events("«Vamos a ganar», dijo el presidente venezolano. «La oposición colombiana miente y es una vergüenza»."),
                       ["VENGOV 111 COLOPP"])
        XCTAssertEqual(Shared.events("«Vamos a ganar», dijo el presidente venezolano. «La oposición colombiana llegó ayer»."), [])
    }
}
