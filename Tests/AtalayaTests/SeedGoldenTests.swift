import Atalaya
import Foundation
import XCTest

/// The seed article against the events a human coder found in it (Fixtures/seed-gold.jsonl).
final class SeedGoldenTests: XCTestCase {
    struct Gold: Decodable {
        var sentence: Int
        var starts: String
        var source: [String]
        var target: [String]
        var code: String
        var reciprocal: Bool?
        var tier: String
        var date: String?
    }

    func testSeedArticle() throws {
        let text = try String(contentsOf: Shared.fixture("seed.txt"), encoding: .utf8)
        let gold = try String(contentsOf: Shared.fixture("seed-gold.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try JSONDecoder().decode(Gold.self, from: Data($0.utf8)) }
        let doc = Shared.code(text)
        let events = doc.events.filter { !$0.negated }
        func sentenceText(_ e: Event) -> String {
            doc.string(Int(doc.sentences[e.sentence].start), Int(doc.sentences[e.sentence].end))
        }
        func fits(_ code: String?, _ allowed: [String]) -> Bool {
            guard let code else { return false }
            return allowed.contains { String($0.prefix(3)) == String(code.prefix(3)) }
        }
        var used = Set<Int>()
        var found = [String: Int](), total = [String: Int]()
        var report = [String]()
        for g in gold {
            total[g.tier, default: 0] += 1
            var directions = [(g.source, g.target)]
            if g.reciprocal == true { directions.append((g.target, g.source)) }
            var hits = [Int]()
            for (src, tgt) in directions {
                if let i = events.indices.first(where: { i in
                    !used.contains(i) && sentenceText(events[i]).hasPrefix(g.starts) && events[i].root == String(g.code.prefix(2))
                        && fits(events[i].source.code, src) && fits(events[i].target?.code, tgt)
                }) { hits.append(i) }
            }
            let ok = hits.count == directions.count
            if ok { used.formUnion(hits); found[g.tier, default: 0] += 1 }
            report.append("\(ok ? "found " : "MISSED") [\(g.tier)] s\(g.sentence) \(g.source.first!) \(g.code) \(g.target.first!)\(g.reciprocal == true ? " (both ways)" : "")")
        }
        let extras = events.indices.filter { !used.contains($0) }.map { events[$0] }
        for e in extras { report.append("extra  s\(e.sentence + 1) \(e.source.code) \(e.code) \(e.target?.code ?? "-")") }
        print(report.joined(separator: "\n"))
        XCTAssertEqual(found["core"] ?? 0, total["core"] ?? 0, "every core event")
        XCTAssertGreaterThanOrEqual(2 * (found["extended"] ?? 0), total["extended"] ?? 0, "half of the extended events")
        XCTAssertLessThanOrEqual(extras.count, 3, "at most 3 events beyond the gold")
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
