import Atalaya
import XCTest

final class QuoteFinderTests: XCTestCase {
    func quotes(_ text: String) -> [String] {
        let doc = Shared.code(text)
        return doc.quotes.map { "\(doc.string($0.start, $0.end))|\($0.speaker?.code ?? "-")" }
    }

    func testSpeakerBeforeAfterAndSegun() {
        XCTAssertEqual(quotes("Putin afirmó que las conversaciones fueron «muy útiles»."), ["muy útiles|RUSGOV"])
        XCTAssertEqual(quotes("«No aceptaremos presiones», dijo el presidente ruso."), ["No aceptaremos presiones|RUSGOV"])
        XCTAssertEqual(quotes("Según el Kremlin, la reunión fue “productiva”."), ["productiva|RUSGOV"])
        XCTAssertEqual(quotes("\"Basta\", señaló la ONU."), ["Basta|IGOUNO"])
    }

    /// Issue 10: only a verb of saying names the speaker; a quotation opening the next sentence
    /// continues the statement, one elsewhere without a speaker stays unknown.
    func testSpeakerIsTheSubjectOfAVerbOfSaying() {
        XCTAssertEqual(quotes("Putin visitó la fábrica «Rostec» en Moscú."), ["Rostec|-"])
        XCTAssertEqual(quotes("«No cederemos», dijo el presidente ruso. «Nunca lo haremos»."),
                       ["No cederemos|RUSGOV", "Nunca lo haremos|RUSGOV"])
        XCTAssertEqual(quotes("«No cederemos», dijo el presidente ruso. Luego habló de la «amistad» con China."),
                       ["No cederemos|RUSGOV", "amistad|-"])
    }
}
