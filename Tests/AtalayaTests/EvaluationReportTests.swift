@testable import Atalaya
import Foundation
import XCTest

/// What `atalaya eval` prints: the same figures in the table and in `--json`, labelled errors, and
/// every good gold line read when some are bad.
final class EvaluationReportTests: XCTestCase {
    let matcher = EventMatcher(agents: Shared.lexicon.cameoAgents)

    func out(_ s: String, _ c: String, _ t: String?) -> EventMatcher.Output { .init(code: c, source: s, target: t) }

    /// 13 of 16 is 0.8125: the table and the JSON must round it the same way.
    func testTableAndJSONShowTheSameFigure() throws {
        var e = Evaluation(matcher: matcher)
        let gold = (0..<16).map { _ in GoldEvent(codes: ["040"], source: ["RUS"], target: []) }
        let outputs = (0..<16).map { $0 < 13 ? out("RUS", "040", nil) : out("RUS", "190", nil) }
        e.add(GoldRecord(id: "a", date: Shared.day, text: "", events: gold), outputs)
        XCTAssertEqual(e.score(.cue).f1, 0.8125, accuracy: 1e-12)
        let report = EvaluationReport(e, name: "t")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        let cue = try XCTUnwrap((json["levels"] as? [String: Any])?["cue"] as? [String: Any])
        let f1 = try XCTUnwrap(cue["f1"] as? Double)
        let line = try XCTUnwrap(report.text.split(separator: "\n").first { $0.hasPrefix("cue ") })
        XCTAssertEqual(line.split(separator: " ").map(String.init), ["cue", "0.812", "0.812", "0.812", "13"])
        XCTAssertEqual(String(format: "%.3f", f1), "0.812")
        XCTAssertEqual(f1, 0.812, "JSON carries the figure the table shows")
        XCTAssertEqual(json["extra_per_record"] as? Double, 3, "three outputs match no gold root")
    }

    /// Each event says the strictest level it was paired at; the text is cut at a word.
    func testErrorsLabelTheLevelMatchedAndCutTextAtAWord() {
        var e = Evaluation(matcher: matcher)
        let gold = [GoldEvent(codes: ["040"], source: ["RUSGOV"], target: ["CHNGOV"]),   // exact
                    GoldEvent(codes: ["111"], source: ["RUSGOV"], target: ["UKR"]),      // dyad only (MIL ≠ GOV)
                    GoldEvent(codes: ["190"], source: ["SYR"], target: [])]              // missed
        let outputs = [out("RUSGOV", "040", "CHNGOV"), out("RUSMIL", "111", "UKR"), out("USA", "0331", "IRN")]
        let text = Array(repeating: "Palabras largas", count: 40).joined(separator: " ")  // 639 characters
        e.add(GoldRecord(id: "r1", date: Shared.day, text: text, events: gold), outputs)
        let lines = EvaluationReport(e, name: "t").errors(3).split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("  gold   exact RUSGOV 040 CHNGOV"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("  gold   dyad  RUSGOV 111 UKR"))
        XCTAssertTrue(lines.contains("  gold   MISS  SYR 190 "))
        XCTAssertTrue(lines.contains("  output exact RUSGOV 040 CHNGOV"))
        XCTAssertTrue(lines.contains("  output dyad  RUSMIL 111 UKR"))
        XCTAssertTrue(lines.contains("  output EXTRA USA 0331 IRN"))
        XCTAssertFalse(lines.contains { $0.contains(" ok ") }, "no unlabelled \"ok\"")
        let shown = lines.first { $0.hasPrefix("Palabras") } ?? ""
        XCTAssertTrue(shown.hasSuffix("largas…") || shown.hasSuffix("Palabras…"), shown)
        XCTAssertLessThanOrEqual(shown.count, 401)
    }

    func testClipped() {
        XCTAssertEqual(EvaluationReport.clipped("corto", to: 10), "corto")
        XCTAssertEqual(EvaluationReport.clipped("Rusia condenó el ataque, dijo", to: 25), "Rusia condenó el ataque…")
        XCTAssertEqual(EvaluationReport.clipped("Rusia condenó el ataque", to: 16), "Rusia condenó…")
    }

    /// A bad gold line is reported with its file and line; the lines after it are still read.
    func testBadGoldLinesAreReportedAndTheRestRead() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
            {"id":"a","date":"2023-09-13","text":"Rusia negoció con China.","events":[{"source":"RUS","target":"CHN","code":"046"}]}
            {"id":"b","date":"2023-09-13","text":
            {"id":"c","date":"ayer","text":"x"}
            {"id":"d","date":"2023-09-13"}

            {"id":"e","date":"2023-09-13","text":"Rusia condenó a Ucrania.","events":[{"source":"RUS","target":"UKR","code":"111"}]}
            """.write(to: file, atomically: true, encoding: .utf8)
        var problems = [String]()
        let records = try GoldJSONLReader().read(file) { problems.append($0.description) }
        XCTAssertEqual(records.map(\.id), ["a", "e"])
        XCTAssertEqual(problems.map { $0.replacingOccurrences(of: file.path, with: "g") },
                       ["g:2: not a gold record: not JSON", "g:3: date \"ayer\" is not YYYY-MM-DD",
                        "g:4: not a gold record: no \"text\""])
        XCTAssertThrowsError(try GoldJSONLReader().read(file), "the strict form still stops at the first") { error in
            XCTAssertEqual((error as? InputProblem)?.line, 2)
        }
    }
}
