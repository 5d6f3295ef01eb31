import Atalaya
import XCTest

final class EventCoderTests: XCTestCase {
    func testVerbPatternsWithTargets() {
        XCTAssertEqual(Shared.events("Estados Unidos expresó su profunda preocupación por las armas norcoreanas."), ["USA 012 PRK"])
        XCTAssertEqual(Shared.events("Kim Jong-un brindó por la victoria de Rusia."), ["PRKGOV 051 RUS"])
        XCTAssertEqual(Shared.events("La Unión Europea impuso nuevas sanciones a Rusia."), ["IGOEUREEC 163 RUS"])
        XCTAssertEqual(Shared.events("Ucrania lanzó una ofensiva contra Rusia."), ["UKR 190 RUS"])
        XCTAssertEqual(Shared.events("El gobierno colombiano condenó a los rebeldes."), ["COLGOV 111 COLREB"])
    }

    func testReciprocalAndCompoundSubjects() {
        XCTAssertEqual(Shared.events("Kim Jong-un y Putin se reunieron en Vladivostok."), ["PRKGOV 040 RUSGOV", "RUSGOV 040 PRKGOV"])
        XCTAssertEqual(Shared.events("Putin se reunió con el presidente chino."), ["RUSGOV 040 CHNGOV", "CHNGOV 040 RUSGOV"])
        XCTAssertEqual(Shared.events("Rusia negoció un acuerdo con China."), ["RUS 046 CHN", "CHN 046 RUS"])
        // One party alone does not consult.
        XCTAssertEqual(Shared.events("Putin discutió asuntos militares."), [])
    }

    func testPassiveAgentIsTheSource() {
        XCTAssertEqual(Shared.events("Venezuela vive una crisis. El opositor venezolano fue detenido por la policía."), ["VENCOP 173 VENOPP"])
    }

    func testNegationAndModes() {
        let doc = Shared.code("Rusia no condenó a Corea del Norte. China se reunirá con Rusia. Si Rusia atacara a Ucrania, habría guerra.")
        let events = doc.events
        XCTAssertEqual(events.first { $0.code == "111" }?.negated, true)
        // A meeting to come is coded as the intent to meet (cameo/intents.tsv), still marked future.
        XCTAssertEqual(events.first { $0.code == "036" }?.mode, .future)
        XCTAssertEqual(events.first { $0.code == "190" }?.mode, .hypothetical)
        let reported = Shared.code("El ministro ruso dijo que Ucrania atacó a Rusia.").events
        XCTAssertEqual(reported.map(\.code), ["190"])
        XCTAssertEqual(reported.first?.mode, .reported)
        // What is reported to come is still to come: a visit announced is an intent to meet.
        let announced = Shared.code("El Kremlin confirmó que Putin visitará China.").events
        XCTAssertEqual(announced.map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")" }, ["RUSGOV 036 CHN"])
        XCTAssertEqual(announced.first?.mode, .future)
    }

    func testProDropCliticsAndAnaphora() {
        // The subject of the second sentence is dropped: it is Putin.
        XCTAssertEqual(Shared.events("Putin llegó a Pekín. Luego criticó a Estados Unidos."), ["RUSGOV 111 USA"])
        // "le" is the last other actor.
        XCTAssertEqual(Shared.events("Kim Jong-un llegó a Moscú y Putin le elogió."), ["RUSGOV 051 PRKGOV"])
        XCTAssertEqual(Shared.events("Ucrania lanzó una ofensiva contra Rusia. Rusia consideró este acto como un ataque terrorista."),
                       ["UKR 190 RUS", "RUS 111 UKR"])
        // A deed as the object ("criticó la medida", "welcomed the move") is the previous sentence's doers'.
        XCTAssertEqual(Shared.events("El gobierno colombiano suspendió el diálogo con el ELN. La ONU criticó la medida."),
                       ["COLGOV 164 COLREB", "IGOUNO 111 COLGOV"])
        XCTAssertEqual(Shared.englishEvents("Russia invaded Ukraine. The European Union condemned the move."),
                       ["RUS 192 UKR", "IGOEUREEC 111 RUS"])
        // …unless an actor's name follows it: "la medida de Rusia" is Russia's.
        XCTAssertEqual(Shared.events("El gobierno colombiano suspendió el diálogo con el ELN. La ONU criticó la medida de Rusia."),
                       ["COLGOV 164 COLREB", "IGOUNO 111 RUS"])
    }

    func testDiscardsSportsHistoryAndFiction() {
        XCTAssertEqual(Shared.events("Alemania invadió Polonia."), ["DEU 192 POL"])
        XCTAssertEqual(Shared.events("Durante la Segunda Guerra Mundial, Alemania invadió Polonia."), [])
        XCTAssertEqual(Shared.events("El árbitro expulsó al delantero de Argentina."), [])
        // A story about a football match is not coded at all, even its political sentences.
        XCTAssertEqual(Shared.events("Francia venció a Brasil en la final de la Copa del Mundo. El presidente francés elogió a Brasil."), [])
    }

    func testEventDatesAndLocations() {
        let doc = Shared.code("Kim Jong-un y Putin se reunieron ayer en Vladivostok.")
        XCTAssertEqual(doc.events.first?.date.description, "2023-09-12")
        XCTAssertEqual(doc.events.first?.location?.name, "Vladivostok")
        XCTAssertEqual(doc.events.first?.location?.country, "RUS")
    }
}
