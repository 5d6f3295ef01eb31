import Atalaya
import XCTest

/// A report, a statement or an investigation speaks for whoever issued it: an actor in its
/// genitive is the clause's subject ("un informe de Naciones Unidas acusó a Israel" is the UN's
/// accusation), past "de prensa" ("un comunicado de prensa del gobierno ruso"). Only where the
/// noun opens its clause: after a verb it is an object ("reclamaron una investigación del FBI,
/// denunciando …" is the claimants' denunciation, not the FBI's).
final class ChannelSubjectTests: XCTestCase {
    func testWhatSpeaksForItsGenitive() {
        XCTAssertEqual(Shared.events("Un informe de Naciones Unidas acusó a Israel de violar el derecho internacional."), ["IGOUNO 112 ISR"])
        XCTAssertEqual(Shared.events("Un comunicado de prensa del gobierno de Rusia condenó a Estados Unidos."), ["RUSGOV 111 USA"])
        XCTAssertEqual(Shared.events("Una sentencia del tribunal supremo de Perú condenó al exministro a diez años de prisión."),
                       ["PERJUD 116 PERELI"])
    }

    func testEnglish() {
        XCTAssertEqual(Shared.englishEvents("A report by the United Nations criticized Israel."), ["IGOUNO 111 ISR"])
        XCTAssertEqual(Shared.englishEvents("The opposition demanded an investigation by the United Nations, accusing the government of fraud."),
                       ["OPP 100 -", "OPP 1121 GOV"])
    }

    func testAnObjectSpeaksForNoOne() {
        XCTAssertEqual(Shared.events("Los diputados de Chile reclamaron una investigación del FBI, denunciando abusos de Perú."),
                       ["CHLLEG 100 USAJUD", "CHLLEG 111 PER", "USAJUD 090 -"])
    }

    /// What another actor was coded as doing is no cue of what a speaker says: "dijo que Israel
    /// acusó a Irán" is Israel's accusation, reported, not Hamas accusing Israel.
    func testAnotherActorsDeedIsNoCue() {
        XCTAssertEqual(Shared.events("El vocero de Hamas dijo que Israel acusó a Irán sin pruebas."), ["ISR 112 IRN"])
    }
}
