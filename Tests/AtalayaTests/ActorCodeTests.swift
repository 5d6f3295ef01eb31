@testable import Atalaya
import AtalayaStore
import Foundation
import GRDB
import XCTest

/// `ActorCode`: one parser and one printer for CAMEO actor codes, and one IGO/NGO/MNC rule for
/// eval, the output formats, the store's exports and the linter.
final class ActorCodeTests: XCTestCase {
    /// Every code the bundled dictionaries and agent tables hold prints back as it was written,
    /// has CAMEO's shape, and rebuilds from its root and parts.
    func testRoundTripOnEveryBundledCode() {
        for lexicon in [Shared.lexicon, Shared.english] {
            var codes = Set(lexicon.actors.entries.flatMap { $0.roles.map(\.code) })
            codes.formUnion(lexicon.agentEntries.map(\.code))
            codes.formUnion(lexicon.cameoAgents)
            codes.formUnion(lexicon.demonymCodes)
            XCTAssertGreaterThan(codes.count, 600)
            for text in codes {
                let c = lexicon.actorCode(text)
                XCTAssertEqual(c.description, text)
                XCTAssertTrue(c.isWellFormed, text)
                XCTAssertEqual(c.root + c.body, text)
                XCTAssertEqual(c.parts.joined(), c.body)
                XCTAssertTrue(c.parts.allSatisfy { $0.count == 3 }, text)
                XCTAssertEqual(ActorCode(root: c.root, parts: c.parts), c, text)
                XCTAssertFalse(c.isUnknown || c.isGroup, text)
            }
        }
    }

    /// Country entries are states with no agents; organisation entries are IGO/NGO codes or
    /// regions; people hold a country or organisation root.
    func testBundledEntriesReadAsTheirKind() {
        let lex = Shared.lexicon
        for e in lex.actors.entries {
            for r in e.roles {
                let c = lex.actorCode(r.code)
                switch e.kind {
                case .country: XCTAssertTrue(c.isRootAlone, r.code)
                case .organization: XCTAssertTrue(c.isOrganization || c.isRootAlone, "\(e.line) \(r.code)")
                case .person, .group, .seat: XCTAssertTrue(c.isState || c.isOrganization, "\(e.line) \(r.code)")
                }
            }
        }
    }

    func testStatesAndAgents() {
        let c = Shared.lexicon.actorCode("COLGOVMIL")
        XCTAssertEqual(c.kind, .state)
        XCTAssertEqual(c.root, "COL")
        XCTAssertEqual(c.country, "COL")
        XCTAssertEqual(c.agents, ["GOV", "MIL"])
        XCTAssertEqual(c.mainAgent, "GOV")
        XCTAssertNil(c.organization)
        // An agent alone has no root; telling it from a country takes the agent table.
        let cvl = Shared.lexicon.actorCode("CVL")
        XCTAssertEqual(cvl.kind, .agents)
        XCTAssertEqual(cvl.root, "")
        XCTAssertNil(cvl.country)
        XCTAssertEqual(cvl.agents, ["CVL"])
        XCTAssertEqual(ActorCode("CVL").kind, .state)
        let tilde = Shared.lexicon.actorCode("~CVLUAF")
        XCTAssertEqual(tilde.kind, .agents)
        XCTAssertEqual(tilde.description, "~CVLUAF")
        XCTAssertEqual(tilde.agents, ["CVL", "UAF"])
        XCTAssertEqual(ActorCode(root: "ARG", parts: ["ELI"]).description, "ARGELI")
    }

    /// IGO, NGO and MNC first make an organisation, whose parts name it (not agents), even
    /// though CAMEO's agent table lists all three; after a root they are agents.
    func testOrganizationRule() {
        let lex = Shared.lexicon
        XCTAssertTrue(lex.cameoAgents.isSuperset(of: ["IGO", "NGO", "MNC"]))
        for (text, body) in [("IGOUNOHCR", "UNOHCR"), ("NGOHRW", "HRW"), ("MNC", ""), ("IGO", "")] {
            let c = lex.actorCode(text)
            XCTAssertTrue(c.isOrganization, text)
            XCTAssertFalse(c.isState, text)
            XCTAssertEqual(c.root, String(text.prefix(3)))
            XCTAssertEqual(c.organization, body)
            XCTAssertEqual(c.agents, [])
            XCTAssertNil(c.country)
        }
        let kenyanNGO = lex.actorCode("KENNGO")
        XCTAssertTrue(kenyanNGO.isState)
        XCTAssertEqual(kenyanNGO.agents, ["NGO"])
    }

    /// Eval follows the rule: gold "NGO" names the root, so a Kenyan NGO is another dyad; it used
    /// to read NGO as an agent (and IGO as a country).
    func testEvalFollowsTheOrganizationRule() {
        let m = EventMatcher(agents: Shared.lexicon.cameoAgents)
        func matches(_ output: String, _ gold: String, _ level: MatchLevel) -> Bool {
            m.matches(EventMatcher.Output(code: "040", source: output, target: nil),
                      GoldEvent(codes: ["040"], source: [gold], target: []), at: level)
        }
        XCTAssertTrue(matches("NGOIRC", "NGO", .dyad))
        XCTAssertFalse(matches("KENNGO", "NGO", .dyad))
        XCTAssertTrue(matches("MNC", "MNC", .exact))
        XCTAssertFalse(matches("USAMNC", "MNC", .dyad))
        XCTAssertTrue(matches("IGOUNOSEC", "IGOUNO", .role))
        XCTAssertFalse(matches("IGOWTO", "IGOUNO", .role))
        XCTAssertFalse(matches("IGOUNOSEC", "IGOUNO", .exact))
        XCTAssertTrue(matches("COLCVL", "~CVL", .exact))
        XCTAssertTrue(matches("RUSGOV", "RUSGOV+CHNGOV", .exact))
        XCTAssertTrue(matches("CHNGOV", "RUSGOV+CHNGOV", .exact))
        XCTAssertFalse(matches("USAGOV", "RUSGOV+CHNGOV", .dyad))
    }

    /// The store's GDELT and Phoenix rows follow the rule: MNC is an organisation's root like IGO
    /// and NGO (they used to read "MNC" as an agent).
    func testStoreExportsFollowTheOrganizationRule() throws {
        let agents = Shared.lexicon.cameoAgents
        func event(_ source: String) throws -> StoredEvent {
            StoredEvent(row: Row(["id": 1, "date": "2023-09-13", "source": source, "target": "", "code": "040", "root": "04", "quad": 1,
                                  "goldstein": 1.0, "num_mentions": 1, "num_sentences": 1, "num_documents": 1, "first_document_id": nil]))
        }
        let igo = GDELTRow.fields(try event("IGOUNOSEC"), nil, agents: agents)
        XCTAssertEqual(Array(igo[5...14]), ["IGOUNOSEC", "", "", "UNO", "", "", "", "UNO", "SEC", ""])
        let col = GDELTRow.fields(try event("COLCOP"), nil, agents: agents)
        XCTAssertEqual(Array(col[5...14]), ["COLCOP", "", "COL", "", "", "", "", "COP", "", ""])
        let cvl = GDELTRow.fields(try event("CVL"), nil, agents: agents)
        XCTAssertEqual(Array(cvl[5...14]), ["CVL", "", "", "", "", "", "", "CVL", "", ""])
        XCTAssertEqual(Array(PhoenixTSV.fields(EventRecord(try event("IGOUNOSEC"), nil, cameo: Shared.lexicon.cameo), agents: agents)[5...8]), ["IGOUNOSEC", "IGO", "UNO", "SEC"])
        XCTAssertEqual(Array(PhoenixTSV.fields(EventRecord(try event("MNC"), nil, cameo: Shared.lexicon.cameo), agents: agents)[5...8]), ["MNC", "MNC", "", ""])
        XCTAssertEqual(Array(PhoenixTSV.fields(EventRecord(try event("---"), nil, cameo: Shared.lexicon.cameo), agents: agents)[5...8]), ["---", "", "", ""])
        XCTAssertEqual(Array(PhoenixTSV.fields(EventRecord(try event("RUSGOVMIL"), nil, cameo: Shared.lexicon.cameo), agents: agents)[5...8]), ["RUSGOVMIL", "RUS", "GOV", "MIL"])
    }

    /// The linter accepts any IGO, NGO or MNC code and checks a state's agents.
    func testLinterFollowsTheOrganizationRule() {
        let linter = DictionaryLinter(lexicon: Shared.lexicon)
        let countries: Set<String> = ["COL", "USA"]
        XCTAssertTrue(linter.validActor("IGOXYZ", countries: countries))
        XCTAssertTrue(linter.validActor("MNCXYZ", countries: countries))
        XCTAssertTrue(linter.validActor("COLMIL", countries: countries))
        XCTAssertTrue(linter.validActor("CVLGOV", countries: countries))
        XCTAssertFalse(linter.validActor("COLXYZ", countries: countries))
        XCTAssertFalse(linter.validActor("XYZGOV", countries: countries))
        XCTAssertFalse(linter.validActor("---", countries: countries))
        XCTAssertFalse(linter.validActor("~CVL", countries: countries))
    }

    func testUnknownAndEmpty() {
        let u = Shared.lexicon.actorCode("---")
        XCTAssertEqual(u, ActorCode.unknown)
        XCTAssertEqual(u.kind, .unknown)
        XCTAssertEqual(u.root, "---")
        XCTAssertEqual(u.description, EventCoder.unknownActor)
        XCTAssertTrue(u.isUnknown && u.isWellFormed)
        XCTAssertEqual(u.agents, [])
        let e = ActorCode("")
        XCTAssertEqual(e.kind, .empty)
        XCTAssertTrue(e.isUnknown)
        XCTAssertEqual(e.root + e.body, "")
    }

    /// A group is its members; its text form is theirs joined with "+", as `mentions` and
    /// `explain` print it.
    func testGroups() {
        let g = Shared.lexicon.actorCode("PRKGOV+RUSGOV")
        XCTAssertEqual(g.kind, .group)
        XCTAssertEqual(g.members.map(\.description), ["PRKGOV", "RUSGOV"])
        XCTAssertEqual(g.actors.map(\.root), ["PRK", "RUS"])
        XCTAssertEqual(g.root, "")
        XCTAssertTrue(g.isWellFormed)
        XCTAssertEqual(ActorCode(group: g.members), g)
        XCTAssertEqual(ActorCode(group: [ActorCode("USA")]), ActorCode("USA"))
        XCTAssertEqual(Shared.lexicon.actorCode("RUS").actors, [ActorCode("RUS")])
        let doc = Shared.code("Kim Jong-un y Vladimir Putin se reunieron en Rusia.")
        var out = [UInt8]()
        Explanation(lexicon: Shared.lexicon).write(doc, into: &out)
        XCTAssertTrue(String(decoding: out, as: UTF8.self).contains("subject PRKGOV+RUSGOV"))
    }

    /// Text that is not CAMEO's shape parses, prints back, and says it is malformed.
    func testMalformedInputNeverTraps() {
        let lex = Shared.lexicon
        for text in ["+", "++", "~", "~~", "R", "RU", "RUSGO", "rusgov", "ÁÉÍ", "🇷🇺GOV", "RUS GOV", "-", "-----", "A+", "+B",
                     "RUS+", "IG", "IGOx", String(repeating: "Z", count: 10_000), "\u{0}\u{0}\u{0}", "--+--"] {
            let c = lex.actorCode(text)
            XCTAssertEqual(c.description, text)
            XCTAssertFalse(c.isWellFormed, text)
            _ = (c.root, c.body, c.parts, c.agents, c.country, c.organization, c.members, c.actors, c.indexKey, c.mainAgent)
        }
        XCTAssertEqual(lex.actorCode("  RUSGOV\t").description, "RUSGOV")
        // Generated text from the characters codes are made of: the invariants hold for all.
        var seed: UInt64 = 0x9E37_79B9
        let alphabet = Array("IGONMCRUSVL-+~ é")
        for _ in 0..<3000 {
            var s = ""
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(seed >> 60) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                s.append(alphabet[Int(seed >> 33) % alphabet.count])
            }
            let c = lex.actorCode(s)
            switch c.kind {
            case .state, .organization: XCTAssertEqual(c.root + c.body, c.description, s)
            case .group: XCTAssertEqual(c.members.count, c.description.filter { $0 == "+" }.count + 1, s)
            case .agents, .unknown, .empty: XCTAssertEqual(c.root, c.kind == .unknown ? c.description : "", s)
            }
            XCTAssertEqual(c.parts.joined(), c.body, s)
        }
    }

    /// `tsv` and `plover` give an agent alone no root or country ("COP" used to be printed as
    /// the root); organisations keep theirs.
    func testOutputsPrintRootsThroughActorCode() throws {
        var doc = Shared.code("Putin se reunió con Kim Jong-un.")
        XCTAssertFalse(doc.events.isEmpty)
        doc.events[0].source.code = "COP"
        doc.events[0].target?.code = "IGOUNOSEC"
        var tsv = [UInt8]()
        PhoenixTSV(lexicon: Shared.lexicon).write(doc, into: &tsv)
        let row = String(decoding: tsv, as: UTF8.self).split(separator: "\n")[0].split(separator: "\t", omittingEmptySubsequences: false)
        // Phoenix: Full, Entity, Role, Attribute for the source, then the target.
        XCTAssertEqual(Array(row[5...12]), ["COP", "", "COP", "", "IGOUNOSEC", "IGO", "UNO", "SEC"])
        var plover = [UInt8]()
        PloverJSON(lexicon: Shared.lexicon).write(doc, into: &plover)
        let line = try XCTUnwrap(String(decoding: plover, as: UTF8.self).split(separator: "\n").first)
        XCTAssertTrue(line.contains(#"{"code":"COP","country":"","#), String(line))
        XCTAssertTrue(line.contains(#"{"code":"IGOUNOSEC","country":"IGO","#), String(line))
    }
}
