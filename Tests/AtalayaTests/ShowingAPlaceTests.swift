import Atalaya
import XCTest

/// Showing a visitor a place or facility is hosting them (043): the visitor is the dative clitic
/// ("le": the last actor named before the verb that is not its subject) or the actor after "a".
final class ShowingAPlaceTests: XCTestCase {
    func testTheClitic() {
        XCTAssertTrue(Shared.events("El canciller alemán llegó a Tokio y el primer ministro japonés le mostró el nuevo puerto de Yokohama.")
            .contains("JPNGOV 043 DEUGOV"))
        XCTAssertTrue(Shared.events("El presidente de Kenia visitó Pekín, donde el presidente chino le enseñó una fábrica de trenes.")
            .contains("CHNGOV 043 KENGOV"))
    }

    /// A country named as where someone came from ("desde Argentina") is no one "le" stands for.
    func testTheCliticIsNoPlaceNamedAsWhere() {
        let events = Shared.events("El canciller chileno viajó desde Argentina, y el presidente peruano le mostró el puerto del Callao.")
        XCTAssertTrue(events.contains("PERGOV 043 CHLGOV"), "\(events)")
        XCTAssertFalse(events.contains("PERGOV 043 ARG"))
    }

    func testTheActorAfterA() {
        XCTAssertEqual(Shared.events("El primer ministro indio enseñó las instalaciones del astillero al presidente francés."),
                       ["INDGOV 043 FRAGOV"])
    }

    /// No place shown, or no one shown it: no hosting.
    func testNoPlaceOrNoVisitor() {
        XCTAssertFalse(Shared.events("El ministro de Defensa presentó su renuncia al presidente colombiano.").contains { $0.contains(" 043 ") })
        XCTAssertFalse(Shared.events("El presidente mexicano le presentó el plan de seguridad al Congreso.").contains { $0.contains(" 043 ") })
        XCTAssertEqual(Shared.events("Rusia exhibió sus instalaciones militares más modernas."), [])
        XCTAssertEqual(Shared.events("El gobierno peruano presentó la sede del nuevo museo."), [])
    }
}
