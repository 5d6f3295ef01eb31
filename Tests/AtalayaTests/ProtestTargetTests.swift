import Atalaya
import Foundation
import XCTest

/// A protest that names no target is against the government of the protesters' country, as
/// CAMEO coders code it (`target=GOV` in the protest patterns); a named target is kept.
final class ProtestTargetTests: XCTestCase {
    func english(_ text: String) -> [String] { Shared.englishEvents(text) }

    func testProtestWithoutTargetIsAgainstTheGovernment() {
        XCTAssertEqual(Shared.events("Miles de estudiantes venezolanos protestaron en Caracas contra la reforma."), ["VENEDU 140 VENGOV"])
        XCTAssertEqual(Shared.events("Los trabajadores argentinos iniciaron una huelga."), ["ARGLAB 143 ARGGOV"])
        XCTAssertEqual(english("Hundreds of miners went on strike in Chile."), ["CHLLAB 143 CHLGOV"])
        XCTAssertEqual(english("Dozens of Thai farmers marched."), ["THAAGR 141 THAGOV"])
    }

    /// The text names no such target: its words are the event's head, not the protesters'.
    func testDefaultTargetSpansTheEventsHead() throws {
        let doc = Shared.code("Miles de estudiantes venezolanos protestaron en Caracas.")
        let target = try XCTUnwrap(doc.events.first?.target)
        XCTAssertEqual(target.code, "VENGOV")
        XCTAssertEqual(doc.string(tokens: target.tokens), "protestaron")
        let noun = Shared.code("Hubo una huelga de mineros chilenos.")
        XCTAssertEqual(noun.events.first.flatMap { $0.target.map { noun.string(tokens: $0.tokens) } }, "huelga")
    }

    func testNamedTargetAndGovernmentSourceAreKept() {
        XCTAssertEqual(Shared.events("Los estudiantes colombianos protestaron contra el presidente venezolano."), ["COLEDU 140 VENGOV"])
        // A government protesting does not protest against itself.
        XCTAssertEqual(Shared.events("El gobierno mexicano protestó."), ["MEXGOV 140 -"])
    }

    /// "Thousands of students protested …": a quantity opening the sentence makes the actor after
    /// "of" the subject of a finite verb, not the patient of a participle; after a noun it stays
    /// a reduced passive ("the death of 85 demonstrators arrested during a protest").
    func testQuantityOfActorsIsASubject() {
        XCTAssertEqual(english("Thousands of students protested in Kyiv on Monday."), ["UKREDU 140 UKRGOV"])
        XCTAssertEqual(english("The death of 85 demonstrators arrested during a protest shocked Thailand."),
                       ["THACOP 173 THACVL", "THACVL 140 THAGOV"])
    }

    func testAgainstTakesAnAgentCode() throws {
        let dir = try AtalayaProcess.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("es"), withIntermediateDirectories: true)
        try "140\tprotestar\t-\tcontra\ttarget=GOVERNMENT\n".write(to: dir.appendingPathComponent("es/patterns.tsv"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Lexicon.load(language: "es", extra: [dir])) { error in
            XCTAssertTrue("\(error)".contains("target= takes an agent code"), "\(error)")
        }
    }
}
