import Atalaya
import XCTest

/// Bad input never crashes: random text made of the pieces that trip parsers up.
final class RobustnessTests: XCTestCase {
    func testRandomTextNeverCrashes() {
        let pieces = ["Kim Jong-un", " y ", "Putin", " se reunieron", " con ", "«", "»", "“", "”", "\"", ".", ",", ";", ":",
                      "EE.UU.", " no ", " fue detenido por ", "la policía", " a ", "de", " 3,5 ", "1.200", "\n", "\n\n",
                      "¿", "?", "¡", "!", "…", "Sr.", "J.", "ayer", " el 13 de septiembre ", " en 2019 ", "anunciándolo",
                      "reunirse", "'s", "n't", "\u{00A0}", "\u{200B}", "é", "ñ", "Ñ", "🙂", "\u{FFFD}", "\t", "-", "—", "(", ")",
                      "ambos líderes", "le ", "este acto", "que", "Rusia", "Ucrania", "protestas", " en Vladivostok"]
        var state: UInt64 = 2024
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var coded = 0
        let coders = [Shared.coder, Coder(lexicon: Shared.english)]
        for _ in 0..<300 {
            let text = (0..<next(60)).map { _ in pieces[next(pieces.count)] }.joined()
            for coder in coders {
                let doc = coder.code(id: "r", date: Shared.day, text: text)
                var out = [UInt8]()
                for format in OutputFormat.allCases { format.write(doc, lexicon: coder.lexicon, quotes: true, into: &out) }
                // Offsets stay inside the text.
                for e in doc.events { XCTAssertLessThanOrEqual(Int(doc.tokens[e.evidence.upperBound - 1].end), doc.bytes.count) }
                coded += 1
            }
        }
        XCTAssertEqual(coded, 600)
    }
}
