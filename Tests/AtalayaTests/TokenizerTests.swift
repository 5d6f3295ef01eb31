@testable import Atalaya
import XCTest

final class TokenizerTests: XCTestCase {
    func words(_ text: String) -> [String] {
        let doc = Shared.code(text)
        return doc.tokens.map { doc.string(Int($0.start), Int($0.end)) }
    }

    func testAbbreviationsInitialsAndNumbers() {
        XCTAssertEqual(words("EE.UU. pagó 1.200 dólares, el 3,5%."),
                       ["EE.UU.", "pagó", "1.200", "dólares", ",", "el", "3,5", "%", "."])
        XCTAssertEqual(words("El Sr. Pérez y la Dra. Ruiz, núm. 4."),
                       ["El", "Sr.", "Pérez", "y", "la", "Dra.", "Ruiz", ",", "núm.", "4", "."])
        XCTAssertEqual(words("J. K. Rowling"), ["J.", "K.", "Rowling"])
    }

    /// A corpus's masked numbers (`number-placeholders` in settings.tsv) are one number token, so
    /// patterns read past them as past a number; without the setting they are three tokens.
    func testNumberPlaceholders() throws {
        XCTAssertEqual(words("hasta *NUMBER* su cooperación"), ["hasta", "*NUMBER*", "su", "cooperación"])
        XCTAssertEqual(Shared.code("hasta *NUMBER* su").tokens[1].kind, .number)
        XCTAssertEqual(Shared.events("Cabo Verde y Canarias prolongan hasta *NUMBER* su cooperación."), ["CPV 061 ESP", "ESP 061 CPV"])
        let plain = Tokenizer(abbreviations: []).tokenize(Array("a *NUMBER* b".utf8)).tokens
        XCTAssertEqual(plain.count, 5)
        let masked = Tokenizer(abbreviations: [], numberPlaceholders: [Array("*NUMBER*".utf8)]).tokenize(Array("a *NUMBER* b *NUM".utf8)).tokens
        XCTAssertEqual(masked.map(\.kind), [.word, .number, .word, .punct, .word])
        let settings = try LanguageSettings(files: [DataFile(path: "s", text: "number-placeholders\t*NUMBER* [N]\n")])
        XCTAssertEqual(settings.numberPlaceholders, [Array("*NUMBER*".utf8), Array("[N]".utf8)])
    }

    /// An acronym before a split "'s" keeps its capitals ("UN's envoy" names the UN): the word's
    /// capitals were once judged with the clitic's lower-case "s".
    func testAcronymBeforePossessive() {
        let tokens = Tokenizer(abbreviations: [], splitSuffixes: [Array("'s".utf8)]).tokenize(Array("UN's Russia's".utf8)).tokens
        XCTAssertEqual(tokens.count, 4)
        XCTAssertTrue(tokens[0].flags.contains(.upper))
        XCTAssertFalse(tokens[2].flags.contains(.upper))
        XCTAssertEqual(Shared.englishEvents("The UN's relief coordinator praised the Indonesian government."), ["IGOUNO 051 IDNGOV"])
    }

    func testHyphenatedNamesAndQuotes() {
        XCTAssertEqual(words("Kim Jong-un dijo «sí»."), ["Kim", "Jong-un", "dijo", "«", "sí", "»", "."])
        let doc = Shared.code("«Basta» y “no”")
        XCTAssertTrue(doc.tokens[0].flags.contains(.openQuote))
        XCTAssertTrue(doc.tokens[2].flags.contains(.closeQuote))
        XCTAssertTrue(doc.tokens[4].flags.contains(.openQuote))
        XCTAssertTrue(doc.tokens[6].flags.contains(.closeQuote))
    }

    func testFoldingKeepsOriginalText() {
        let doc = Shared.code("MOSCÚ Peña Ñandú")
        XCTAssertEqual(doc.tokens.indices.map { String(decoding: doc.foldedForm($0), as: UTF8.self) }, ["moscu", "peña", "ñandu"])
        XCTAssertEqual(doc.string(tokens: 0..<1), "MOSCÚ")
        XCTAssertTrue(doc.tokens[0].flags.contains(.accented))
        XCTAssertTrue(doc.tokens[0].flags.contains(.upper))
        // Accent-insensitive lookup: "Moscu" and "Moscú" are the same word.
        XCTAssertEqual(Shared.code("Moscu").tokens[0].word, Shared.code("Moscú").tokens[0].word)
    }

    func testByteOffsetsAndCodePoints() {
        let doc = Shared.code("Ñu á Putin")
        let putin = doc.tokens[2]
        XCTAssertEqual(putin.start, 7)  // bytes: Ñ and á take two each
        XCTAssertEqual(CodePointIndex(doc.bytes).codePoint(Int(putin.start)), 5)
    }
}
