import Atalaya
import XCTest

/// The subject resolver, a stage of its own between verb groups and events (issue 9).
final class SubjectResolverTests: XCTestCase {
    /// "verb: subject codes" for each verb group of a text.
    func subjects(_ text: String) -> [String] {
        let doc = Shared.code(text)
        XCTAssertEqual(doc.clauses.count, doc.verbs.count, "one clause a verb group")
        return zip(doc.verbs, doc.clauses).map { v, c in
            "\(doc.string(tokens: v.tokens)): \(c.subject.map(\.code).joined(separator: "+"))"
        }
    }

    func testNearestActorBeforeTheVerbOutsidePrepositionalPhrases() {
        XCTAssertEqual(subjects("El presidente de Rusia visitó China."), ["visitó: RUSGOV"])
        XCTAssertEqual(subjects("Con Rusia, China firmó un acuerdo."), ["firmó: CHN"])
    }

    func testProDropTakesThePreviousSubject() {
        XCTAssertEqual(subjects("Putin llegó a Pekín. Después condenó a Ucrania."), ["llegó: RUSGOV", "condenó: RUSGOV"])
    }

    func testSpeakerAfterTheVerbAndRelativeAntecedent() {
        XCTAssertEqual(subjects("«Fue útil», dijo Putin."), ["Fue: ", "dijo: RUSGOV"])
        let relative = subjects("Paramilitares que se movilizaban en una motocicleta ejecutaron a dos campesinos.")
        XCTAssertEqual(relative.last, "ejecutaron: REB", "the main verb takes the relative's antecedent: \(relative)")
    }

    func testReferencesResolvedOnceAndShownInOutput() {
        let doc = Shared.code("Kim Jong-un y Putin se reunieron. Ambos líderes firmaron un acuerdo.")
        let i = doc.mentions.firstIndex { $0.kind == .reference }!
        XCTAssertEqual(doc.actors(ofMention: i).map(\.code), ["PRKGOV", "RUSGOV"])
        XCTAssertEqual(doc.code(ofMention: i), "PRKGOV+RUSGOV")
        XCTAssertEqual(doc.clauses.last?.subject.map(\.code), ["PRKGOV", "RUSGOV"])
        // A reference with nothing before it stands for no one.
        let alone = Shared.code("Ambos líderes firmaron un acuerdo.")
        XCTAssertTrue(alone.actors(ofMention: 0).isEmpty)
        XCTAssertTrue(alone.events.isEmpty)
    }
}
