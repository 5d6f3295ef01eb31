@testable import Atalaya
import Foundation
import XCTest

final class EvaluationTests: XCTestCase {
    let matcher = EventMatcher(agents: Shared.lexicon.cameoAgents)

    func out(_ s: String, _ c: String, _ t: String?) -> EventMatcher.Output { .init(code: c, source: s, target: t) }

    func testLevels() {
        let gold = GoldEvent(codes: ["190"], source: ["COLREB"], target: ["~CVL"])
        XCTAssertTrue(matcher.matches(out("COLREB", "193", "COLCVL"), gold, at: .cue))
        XCTAssertTrue(matcher.matches(out("COLREB", "193", "COLCVL"), gold, at: .role))
        XCTAssertFalse(matcher.matches(out("COLREB", "193", "COLCVL"), gold, at: .exact), "193 is not 190")
        XCTAssertTrue(matcher.matches(out("COLREB", "190", "VENCVL"), gold, at: .exact), "~CVL binds the agent only")
        XCTAssertTrue(matcher.matches(out("COLMIL", "190", "COLCVL"), gold, at: .dyad), "dyad: country only")
        XCTAssertFalse(matcher.matches(out("COLMIL", "190", "COLCVL"), gold, at: .role), "role: REB ≠ MIL")
        XCTAssertFalse(matcher.matches(out("VENREB", "190", "COLCVL"), gold, at: .dyad))
        XCTAssertFalse(matcher.matches(out("COLREB", "190", nil), gold, at: .role), "gold names a target agent")
        XCTAssertTrue(matcher.matches(out("COLREB", "190", nil), gold, at: .cue))
        XCTAssertFalse(matcher.matches(out("COLREB", "180", "COLCVL"), gold, at: .cue))
        // Empty and "---" gold actors bind nothing; "18/19/20" accepts any of the roots.
        let loose = GoldEvent(codes: GoldEvent.codes(from: "18/19/20"), source: ["---"], target: [""])
        XCTAssertEqual(loose.codes, ["18", "19", "20"])
        XCTAssertTrue(matcher.matches(out("USA", "1831", "IRQ"), loose, at: .exact))
        XCTAssertEqual(GoldEvent.codes(from: "140_Engage_in_political_dissent"), ["140"])
        // An agent alone is no country: "CVL" against gold "COL" fails at dyad.
        XCTAssertFalse(matcher.matches(out("CVL", "190", nil), GoldEvent(codes: ["190"], source: ["COL"], target: []), at: .dyad))
    }

    /// Issue 10: `""` among a gold actor's values accepts an event that names no actor there
    /// (the gold README's rule); without it, a missing target fails.
    func testEmptyGoldValueAcceptsNoActor() {
        let optional = GoldEvent(codes: ["040"], source: ["MEXGOV"], target: ["USAGOV", ""])
        XCTAssertTrue(matcher.matches(out("MEXGOV", "040", nil), optional, at: .role))
        XCTAssertTrue(matcher.matches(out("MEXGOV", "040", "USAGOV"), optional, at: .role))
        XCTAssertFalse(matcher.matches(out("MEXGOV", "040", "CANGOV"), optional, at: .dyad))
        let required = GoldEvent(codes: ["040"], source: ["MEXGOV"], target: ["USAGOV"])
        XCTAssertFalse(matcher.matches(out("MEXGOV", "040", nil), required, at: .dyad))
    }

    func testOneToOnePairingAndScores() {
        // Two gold events, three outputs; the first output could match either gold, the pairing must
        // still find two pairs.
        let gold = [GoldEvent(codes: ["040"], source: ["RUS"], target: ["CHN"]),
                    GoldEvent(codes: ["04"], source: [""], target: [""])]
        let outputs = [out("RUSGOV", "040", "CHNGOV"), out("CHN", "042", "RUS"), out("USA", "111", "RUS")]
        XCTAssertEqual(matcher.pair(outputs, gold, at: .cue).count, 2)
        XCTAssertEqual(matcher.pair(outputs, gold, at: .dyad).count, 2)
        XCTAssertEqual(matcher.pair([outputs[0]], gold, at: .dyad).count, 1, "one output pairs once")

        var e = Evaluation(matcher: matcher)
        e.add(GoldRecord(id: "a", date: Shared.day, text: "", events: gold), outputs)
        e.add(GoldRecord(id: "b", date: Shared.day, text: "", events: [GoldEvent(codes: ["190"], source: ["SYR"], target: [])]), [])
        XCTAssertEqual(e.goldEvents, 3)
        XCTAssertEqual(e.outputEvents, 3)
        XCTAssertEqual(e.score(.cue).recall, 2.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(e.score(.cue).precision, 2.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(e.score(.cue).f1, 2.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(e.uncoded, 1)
        XCTAssertEqual(e.extraPerRecord, 0.5, accuracy: 1e-9)
        XCTAssertEqual(e.roots.first { $0.root == "19" }?.gold, 1)
        let json = try! JSONSerialization.jsonObject(with: Data(EvaluationReport(e, name: "t").json.utf8)) as! [String: Any]
        XCTAssertEqual(json["records"] as? Int, 2)
        XCTAssertNotNil((json["levels"] as? [String: Any])?["exact"])
        XCTAssertTrue(EvaluationReport(e, name: "t").errors(5).contains("MISS  SYR 190"))
    }

    func testReadsPetrarchXML() throws {
        let (records, skipped) = try PetrarchXMLReader().read(Shared.fixture("petrarch-style.xml"))
        XCTAssertEqual(skipped, 1)
        XCTAssertEqual(records.map(\.id), ["T-01", "T-03", "T-04"])
        XCTAssertEqual(records[0].text, "Las FARC atacaron a una patrulla del ejército colombiano .")
        XCTAssertEqual(records[0].events.first?.source, ["COLREB"])
        XCTAssertEqual(records[1].events.count, 0)
        XCTAssertEqual(records[1].date.description, "1995-01-01")
        XCTAssertEqual(records[1].text, "La inflación subió en enero.")
        XCTAssertEqual(records[2].events.map(\.codes), [["18", "19", "20"], ["14"]])
    }

    /// A broken record is reported with its line and skipped; the records after it are read. A
    /// `<Sentence … />` closed later by `</Sentence>` (PETRARCH-2's GSR file) opens its record.
    func testBrokenXMLRecordDoesNotStopTheFile() throws {
        let xml = """
        <Validation><Sentences>
        <Sentence id="A" date="20080804" evaluate="true"/>
        <EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
        <Text>The US president visited China.</Text>
        </Sentence>
        <Sentence id="B" date="20080804">
        <Text>Broken <b>record.</Text>
        </Sentence>
        <Sentence id="C" date="20080804">
        <EventCoding noevents="True" />
        <Text>Nothing happened.</Text>
        </Sentence>
        </Sentences></Validation>
        """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).xml")
        try xml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        var problems = [InputProblem]()
        let (records, _) = try PetrarchXMLReader().read(url, problem: { problems.append($0) })
        XCTAssertEqual(records.map(\.id), ["A", "C"])
        XCTAssertEqual(records.first?.events.first?.codes, ["042"])
        XCTAssertEqual(problems.map(\.line), [6], "the line the broken record starts on")
    }

    func testReadsGoldJSONLWithReciprocalEvents() throws {
        let records = try GoldJSONLReader().read(Shared.repositoryFile("Examples/kim-putin-2023-09-13.gold.jsonl"))
        XCTAssertEqual(records.count, 1)
        XCTAssertEqual(records[0].date.description, "2023-09-13")
        // 14 gold lines, three of them reciprocal.
        XCTAssertEqual(records[0].events.count, 17)
    }

    /// The regression set: sentences written for Atalaya across all 20 CAMEO roots. The figures may
    /// not drop below these floors.
    func testRegressionSetFloors() throws {
        let records = try GoldJSONLReader().read(Shared.fixture("regression-gold.jsonl"))
        XCTAssertGreaterThanOrEqual(records.count, 60)
        let roots = Set(records.flatMap { $0.events.map { String($0.codes[0].prefix(2)) } })
        XCTAssertEqual(roots.count, 20, "every CAMEO root")
        var e = Evaluation(matcher: matcher)
        for r in records {
            let doc = Shared.coder.code(id: r.id, date: r.date, text: r.text)
            e.add(r, doc.events.filter { !$0.negated }.map { out($0.source.code, $0.code, $0.target?.code) })
        }
        print(EvaluationReport(e, name: "regression").text)
        XCTAssertGreaterThanOrEqual(e.score(.cue).recall, 0.90)
        XCTAssertGreaterThanOrEqual(e.score(.cue).precision, 0.90)
        XCTAssertGreaterThanOrEqual(e.score(.dyad).f1, 0.85)
        XCTAssertGreaterThanOrEqual(e.score(.role).f1, 0.80)
    }

    /// The coverage sets: one sentence written for Atalaya per pattern, verb phrase, noun or agent
    /// added for coverage, Spanish and English; every event expected at the role level.
    func testCoverageSets() throws {
        for (name, coder) in [("coverage-es.jsonl", Shared.coder), ("coverage-en.jsonl", Shared.englishCoder)] {
            let records = try GoldJSONLReader().read(Shared.fixture(name))
            XCTAssertGreaterThanOrEqual(records.count, 29, name)
            var e = Evaluation(matcher: matcher)
            for r in records {
                let doc = coder.code(id: r.id, date: r.date, text: r.text)
                e.add(r, doc.events.filter { !$0.negated }.map { out($0.source.code, $0.code, $0.target?.code) })
            }
            print(EvaluationReport(e, name: name).text)
            XCTAssertEqual(e.score(.role).recall, 1.0, name)
            XCTAssertEqual(e.score(.role).precision, 1.0, name)
        }
    }
}
