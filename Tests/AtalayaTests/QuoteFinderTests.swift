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
}
