import Atalaya
import XCTest

/// Who protests when the protest verb names no subject next to it: the subject of the clause a
/// purpose infinitive serves, past infinitives and relative clauses between; the doer of a
/// passive that a relative clause is about; the crowd after "un grupo de".
final class ProtesterSubjectTests: XCTestCase {
    func testPurposeInfinitivePassesOverAnInfinitive() {
        XCTAssertEqual(Shared.events("Cientos de campesinos paraguayos empezaron a llegar a la plaza central para protestar contra la reforma."),
                       ["PRYCVL 140 PRYGOV"])
    }

    func testPurposeInfinitivePassesOverARelativeClause() {
        XCTAssertEqual(Shared.events("Los camioneros chilenos suspendieron el paro que iniciaron en mayo para protestar contra el alza del diésel."),
                       ["CHLLAB 140 CHLGOV", "CHLCVL 143 CHLGOV"])
    }

    /// "que" right after a verb opens its object clause: the purpose may be that clause's, whose
    /// subject is not named, so the subject before it is not taken.
    func testPurposeInfinitiveStopsAtAClauseAfterAVerb() {
        XCTAssertEqual(Shared.events("Los obreros chilenos temen que haya infiltrados para atacar al gobierno."), ["CHLLAB 012 CHLGOV"])
    }

    /// The relative's protest is the truckers' and the same event as their blockade (144: `by=`
    /// asks a passive's doer, so protesters' roadblocks are no military blockade, 191).
    func testRelativeClauseAboutAPassivesDoer() {
        XCTAssertEqual(Shared.events("Las carreteras fueron bloqueadas por camioneros bolivianos que protestan contra el alza del combustible."),
                       ["BOLLAB 144 BOLGOV"])
    }

    func testGroupOfActorsIsTheSubject() {
        XCTAssertEqual(Shared.events("Un grupo de estudiantes uruguayos protestó contra el recorte."), ["URYEDU 140 URYGOV"])
    }

    /// "El director exigió …": a part or a group that is no actor is still a subject of its own;
    /// the clause does not take the previous sentence's.
    func testPartitiveNounIsAnOvertSubject() {
        XCTAssertEqual(Shared.events("El gobierno peruano anunció nuevas medidas. El director exigió una explicación."), [])
    }
}
