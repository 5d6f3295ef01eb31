import Atalaya
import Foundation
import XCTest

/// The gazetteer is parsed on bytes, with shortcuts for plain names: what it reads must be what
/// the tokenizer would have made of each name, and bad lines are still named.
final class GazetteerLoadingTests: XCTestCase {
    private func dictionaries(places: [UInt8]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-places-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("es"), withIntermediateDirectories: true)
        try Data(places).write(to: dir.appendingPathComponent("es/places.tsv"))
        return dir
    }

    func testUserPlacesOfSeveralWordsAndNamesAreFound() throws {
        // An invalid byte (0xFF) in a name: read as U+FFFD, as a string of it would read.
        let bytes = Array("# a town\nVilla Nueva del Río|Villanueva\tESP\t37.5\t-5.9\t150000\nCa".utf8) + [0xFF]
            + Array("mpo Seco\tESP\t1\t2\t3\n".utf8)
        let dir = try dictionaries(places: bytes)
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicon = try Lexicon.load(language: "es", extra: [dir])
        XCTAssertEqual(lexicon.places.count - Shared.lexicon.places.count, 3)
        for text in ["El ministro viajó a Villa Nueva del Río.", "El ministro viajó a Villanueva."] {
            let doc = Coder(lexicon: lexicon).code(date: Shared.day, text: text)
            XCTAssertEqual(doc.places.map { "\($0.place.name) \($0.place.country)" }, ["Villa Nueva del Río ESP"], text)
        }
    }

    func testBadPlaceLinesAreNamed() throws {
        let dir = try dictionaries(places: Array("# places\nAldea\tES\t1\t2\t3\n".utf8))
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertThrowsError(try Lexicon.load(language: "es", extra: [dir])) { error in
            XCTAssertTrue("\(error)".hasSuffix("es/places.tsv:2: expected: name, country (alpha-3), lat, lon, population"), "\(error)")
        }
    }
}
