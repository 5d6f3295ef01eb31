import Atalaya
import XCTest

final class SentenceSegmenterTests: XCTestCase {
    func sentences(_ text: String) -> [String] {
        let doc = Shared.code(text)
        return doc.sentences.map { doc.string(Int($0.start), Int($0.end)) }
    }

    func testAbbreviationsDoNotEndSentences() {
        XCTAssertEqual(sentences("El Sr. López viajó a EE.UU. el lunes. La Dra. Ruiz no."),
                       ["El Sr. López viajó a EE.UU. el lunes.", "La Dra. Ruiz no."])
        XCTAssertEqual(sentences("Lo escribió J. K. Rowling. Fin."), ["Lo escribió J. K. Rowling.", "Fin."])
    }

    func testNumbersAndMarks() {
        XCTAssertEqual(sentences("Creció un 3,5% hasta 1.200 millones. ¿Por qué? ¡Basta!"),
                       ["Creció un 3,5% hasta 1.200 millones.", "¿Por qué?", "¡Basta!"])
    }

    func testQuotationSpanningSentencesStaysWithItsSpeaker() {
        XCTAssertEqual(sentences("«Es grave. No lo aceptaremos», dijo el ministro. Luego se fue."),
                       ["«Es grave. No lo aceptaremos», dijo el ministro.", "Luego se fue."])
        XCTAssertEqual(sentences("Dijo: «Nos vamos.» Después calló."), ["Dijo: «Nos vamos.»", "Después calló."])
    }

    func testHeadlinesAndLineBreaks() {
        XCTAssertEqual(sentences("Rusia y China firman un acuerdo\nMoscú y Pekín firmaron ayer un pacto."),
                       ["Rusia y China firman un acuerdo", "Moscú y Pekín firmaron ayer un pacto."])
        // A line broken inside a paragraph is one sentence.
        XCTAssertEqual(sentences("El presidente se reunió con\nlos ministros del gabinete."),
                       ["El presidente se reunió con\nlos ministros del gabinete."])
        XCTAssertEqual(sentences("Primer párrafo sin punto\n\nSegundo párrafo."), ["Primer párrafo sin punto", "Segundo párrafo."])
        // A subtitle: a line too long to be wrapped text, with no final punctuation.
        let subtitle = "El diputado local de Morena respondió a las declaraciones de la diputada, quien asegura que falta mano dura"
        XCTAssertEqual(sentences("Título\n\nTítulo\n\(subtitle)\nAunque no hay registro, circulan miles de taxis."),
                       ["Título", "Título", subtitle, "Aunque no hay registro, circulan miles de taxis."])
        // A short wrapped line inside a paragraph, ending in a content word, stays with the next.
        XCTAssertEqual(sentences("El ruso habló.\nRusia y China firmaron el acuerdo\nPutin lo anunció.").count, 2)
    }
}
