import Atalaya
import Foundation
import XCTest

/// The seed article against the events a human coder found in it, the gold file `atalaya eval`
/// reads (Examples/kim-putin-2023-09-13.gold.jsonl), matched with eval's `EventMatcher` at the
/// dyad level (CAMEO root, source and target countries) sentence by sentence.
final class SeedGoldenTests: XCTestCase {
    /// What `GoldJSONLReader` leaves out: each gold line's sentence (1-based) and direction count.
    struct Lines: Decodable {
        struct Line: Decodable {
            var sentence: Int
            var reciprocal: Bool?
        }
        var events: [Line]
    }

    static let goldFile = Shared.repositoryFile("Examples/kim-putin-2023-09-13.gold.jsonl")

    func testSeedArticle() throws {
        let record = try XCTUnwrap(GoldJSONLReader().read(Self.goldFile).first)
        let lines = try JSONDecoder().decode(Lines.self, from: Data(contentsOf: Self.goldFile)).events
        // The reader puts a reciprocal line's reverse right after it: gold event → its line.
        let lineOf = lines.indices.flatMap { i in Array(repeating: i, count: lines[i].reciprocal == true ? 2 : 1) }
        XCTAssertEqual(lineOf.count, record.events.count)
        let doc = Shared.code(record.text, date: record.date)
        let events = doc.events.filter { !$0.negated }
        let matcher = EventMatcher(agents: Shared.lexicon.cameoAgents)
        var usedOutputs = Set<Int>(), pairedGold = Set<Int>()
        for sentence in Set(lines.map(\.sentence)) {
            let outs = events.indices.filter { events[$0].sentence + 1 == sentence }
            let golds = record.events.indices.filter { lines[lineOf[$0]].sentence == sentence }
            let pairs = matcher.pair(outs.map { EventMatcher.Output(code: events[$0].code, source: events[$0].source.code,
                                                                   target: events[$0].target?.code) },
                                     golds.map { record.events[$0] }, at: .dyad)
            for p in pairs {
                usedOutputs.insert(outs[p.output])
                pairedGold.insert(golds[p.gold])
            }
        }
        var found = [String: Int](), total = [String: Int](), report = [String]()
        for (i, line) in lines.enumerated() {
            let gold = record.events[lineOf.firstIndex(of: i)!]
            let tier = gold.tier ?? ""
            let ok = lineOf.indices.filter { lineOf[$0] == i }.allSatisfy(pairedGold.contains)
            total[tier, default: 0] += 1
            if ok { found[tier, default: 0] += 1 }
            report.append("\(ok ? "found " : "MISSED") [\(tier)] s\(line.sentence) \(gold.source.first!) \(gold.codes[0]) "
                + "\(gold.target.first!)\(line.reciprocal == true ? " (both ways)" : "")")
        }
        let extras = events.indices.filter { !usedOutputs.contains($0) }.map { events[$0] }
        for e in extras { report.append("extra  s\(e.sentence + 1) \(e.source.code) \(e.code) \(e.target?.code ?? "-")") }
        print(report.joined(separator: "\n"))
        XCTAssertEqual(total["core"], 5, "the gold file has its 5 core events")
        XCTAssertEqual(found["core"] ?? 0, total["core"] ?? 0, "every core event")
        XCTAssertGreaterThanOrEqual(found["extended"] ?? 0, (total["extended"] ?? 0) - 1, "all extended events but one")
        XCTAssertLessThanOrEqual(extras.count, 1, "at most 1 event beyond the gold")
    }

    func testSeedQuotesAndPlaces() throws {
        let doc = Shared.code(try String(contentsOf: Shared.fixture("seed.txt"), encoding: .utf8))
        let peskov = doc.quotes.filter { doc.string($0.start, $0.end) == "muy sustantivas" || doc.string($0.start, $0.end) == "enorme interés" }
        XCTAssertEqual(peskov.count, 2)
        for q in peskov {
            XCTAssertEqual(q.speaker?.code, "RUSGOV")
            XCTAssertTrue(doc.string(tokens: q.speaker!.tokens).contains("Peskov"))
        }
        let places = Set(doc.places.map(\.place.name))
        XCTAssertTrue(places.contains("cosmódromo de Vostochny"))
        XCTAssertTrue(places.contains("Vladivostok"))
        let vostochny = doc.places.first { $0.place.name.contains("Vostochny") }!.place
        XCTAssertEqual(vostochny.country, "RUS")
        XCTAssertEqual(vostochny.lat!, 51.88, accuracy: 0.1)
        let visit = doc.events.first { $0.code == "042" && $0.date != doc.date }
        XCTAssertEqual(visit?.date.civil.year, 2019)
        XCTAssertEqual(visit?.location?.name, "Vladivostok")
    }
}
