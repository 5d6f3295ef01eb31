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
        var random = SeededRandom(seed: 2024)
        func next(_ n: Int) -> Int { random.next(below: n) }
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

    func testRandomBytesNeverCrashTheReaders() {
        var random = SeededRandom(seed: 99)
        func byte() -> UInt8 { UInt8(truncatingIfNeeded: random.next() >> 40) }
        let json = Array(#"{"id":"a","text":"x\u00e9\ud83d","date":[1,{"b":2}]}"#.utf8)
        var parsed = 0
        for i in 0..<2000 {
            // Random bytes, and valid JSON with random bytes spliced in.
            var line = (0..<(i % 80)).map { _ in byte() }
            if i % 2 == 0 { line = json; line[Int(byte()) % line.count] = byte() }
            if (try? FlatJSON.parse(line[...])) != nil { parsed += 1 }
            let doc = Shared.coder.code(id: "b", date: Shared.day, text: String(decoding: line, as: UTF8.self))
            XCTAssertLessThanOrEqual(doc.tokens.last.map { Int($0.end) } ?? 0, doc.bytes.count)
        }
        XCTAssertGreaterThan(parsed, 0)
    }
}
