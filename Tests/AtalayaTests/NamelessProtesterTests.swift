import Atalaya
import Foundation
import XCTest

/// "protestar" tells a protest whoever protests (`nameless` in es/patterns.tsv): with a subject
/// no dictionary codes (a lawyer, a singer, a name) the protester is the unknown "---".
final class NamelessProtesterTests: XCTestCase {
    func testProtestWithAnUncodedSubject() {
        XCTAssertEqual(Shared.events("El abogado del acusado protestó contra la sentencia."), ["--- 140 -"])
        XCTAssertEqual(Shared.events("El abogado del acusado protestó contra el gobierno chileno."), ["--- 140 CHLGOV"])
        // With no target named, the government of the place told of.
        XCTAssertEqual(Shared.events("En Lima, la cantante protestó por el trato recibido en el aeropuerto peruano."), ["--- 140 PERGOV"])
    }

    /// Other verbs, and the patterns of "protestar"'s kin without the option, still need an actor.
    func testOtherVerbsStillNeedAnActor() {
        XCTAssertEqual(Shared.events("El abogado del acusado criticó la sentencia."), [])
        XCTAssertEqual(Shared.events("La cantante se manifestó contra la ley."), [])
    }

    func testNamelessIsAKnownOption() throws {
        let dir = try AtalayaProcess.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("es"), withIntermediateDirectories: true)
        try "140\tprotestar\t-\tcontra\tnameless\n".write(to: dir.appendingPathComponent("es/patterns.tsv"), atomically: true, encoding: .utf8)
        XCTAssertNoThrow(try Lexicon.load(language: "es", extra: [dir]))
    }
}
