import AtalayaStore
import GRDB
import Hummingbird

/// `GET /api/network?min=N&limit=N` with the event filters: who acts on whom. Nodes are actors
/// with their events; edges are dyads with their events, mean Goldstein score and commonest codes.
///
/// ```sh
/// curl 'http://127.0.0.1:8080/api/network?from=2023-09-01&to=2023-09-30&min=2'
/// ```
struct NetworkAPI: Sendable {
    let store: any EventStorage
    let answers: Answers
    /// How many of a dyad's commonest codes an edge names.
    static let topCodeCount = 3

    struct Node: Codable, Sendable {
        var id: String
        var events: Int
    }

    struct Edge: Codable, Sendable {
        var source: String
        var target: String
        var events: Int
        var goldstein: Double
        var topCodes: [String]

        enum CodingKeys: String, CodingKey { case source, target, events, goldstein, topCodes = "top_codes" }
    }

    struct Answer: ResponseEncodable, Sendable {
        var nodes: [Node]
        var edges: [Edge]
    }

    func add(to router: Router<APIContext>) {
        router.get("/api/network") { request, _ in try await answers.json(request) { try network(request) } }
    }

    func network(_ request: Request) throws -> Answer {
        let (q, query) = try EventFilters.read(request, also: ["min", "limit"])
        let min = try q.int("min", in: 1...1_000_000) ?? 1
        let limit = try q.int("limit", in: 1...2000) ?? 200
        let edges = query.isUnfiltered && store.keepsSummaries ? try summarized(min: min, limit: limit)
                                                                : try grouped(query, min: min, limit: limit)
        var counts = [String: Int]()
        for e in edges { counts[e.source, default: 0] += e.events; counts[e.target, default: 0] += e.events }
        let nodes = counts.map { Node(id: $0.key, events: $0.value) }.sorted { ($0.events, $1.id) > ($1.events, $0.id) }
        return Answer(nodes: nodes, edges: edges)
    }

    /// Every stored event: the dyads' counts, then the commonest codes of the chosen few.
    func summarized(min: Int, limit: Int) throws -> [Edge] {
        let dyads = try store.rows("""
            SELECT source, target, events, goldstein FROM event_dyads WHERE events >= ?
            ORDER BY events DESC, source, target LIMIT ?
            """, [min, limit])
        return try dyads.map { d in
            let s: String = d["source"], t: String = d["target"], n: Int = d["events"], g: Double = d["goldstein"]
            let codes = try store.rows("""
                SELECT code FROM events WHERE source = ? AND target = ? GROUP BY code ORDER BY COUNT(*) DESC, code LIMIT ?
                """, [s, t, Self.topCodeCount]).map { $0["code"] as String }
            return Edge(source: s, target: t, events: n, goldstein: (g / Double(n) * 100).rounded() / 100, topCodes: codes)
        }
    }

    /// The filtered events grouped by dyad and code.
    func grouped(_ query: EventQuery, min: Int, limit: Int) throws -> [Edge] {
        let (filter, args) = query.condition(also: "e.target != ''")
        let sql = """
            SELECT e.source, e.target, e.code, COUNT(*) AS n, SUM(e.goldstein) AS g FROM events e
            \(filter) GROUP BY e.source, e.target, e.code
            ORDER BY n DESC LIMIT 200000
            """
        let rows = try store.rows(sql, args)
        var dyads = [String: (source: String, target: String, n: Int, g: Double, codes: [(String, Int)])]()
        for r in rows {
            let s: String = r["source"], t: String = r["target"], n: Int = r["n"], g: Double = r["g"]
            dyads[s + "\t" + t, default: (s, t, 0, 0, [])].n += n
            dyads[s + "\t" + t]!.g += g
            dyads[s + "\t" + t]!.codes.append((r["code"], n))
        }
        return dyads.values.filter { $0.n >= min }
            .sorted { ($0.n, $1.source, $1.target) > ($1.n, $0.source, $0.target) }.prefix(limit)
            .map { d in
                Edge(source: d.source, target: d.target, events: d.n, goldstein: (d.g / Double(d.n) * 100).rounded() / 100,
                     topCodes: d.codes.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(Self.topCodeCount).map(\.0))
            }
    }
}
