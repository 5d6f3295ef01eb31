import AtalayaStore
import GRDB
import Hummingbird

/// `GET /api/stats` (what the store holds, as `atalaya stats` prints it) and
/// `GET /api/actors?q=…` (actor codes and names that start with or contain `q`, for completion).
///
/// ```sh
/// curl 'http://127.0.0.1:8080/api/actors?q=RUS'
/// ```
struct StatsAPI: Sendable {
    let store: any EventStorage
    let answers: Answers

    struct Count: Codable, Sendable {
        var key: String
        var name: String?
        var events: Int
    }

    struct Stats: ResponseEncodable, Sendable {
        var documents: Int
        var failedDocuments: Int
        var events: Int
        var mentions: Int
        var byRoot: [Count]
        var byQuad: [Count]
        var topActors: [Count]
        var firstDate: String?
        var lastDate: String?

        enum CodingKeys: String, CodingKey {
            case documents, failedDocuments = "failed_documents", events, mentions, byRoot = "by_root", byQuad = "by_quad"
            case topActors = "top_actors", firstDate = "first_date", lastDate = "last_date"
        }
    }

    struct Actor: Codable, FetchableRecord, Sendable {
        var code: String
        var name: String?
        var events: Int
    }

    struct Actors: ResponseEncodable, Sendable {
        var actors: [Actor]
    }

    func add(to router: Router<APIContext>) {
        router.get("/api/stats") { request, _ in
            _ = try QueryParameters(request, allowed: [])
            return try await answers.json(request) { try stats() }
        }
        router.get("/api/actors") { request, _ in try await answers.json(request) { try actors(request) } }
    }

    func stats() throws -> Stats {
        let s = try StoreStats(store, top: 20, days: 0)
        let quadNames = [1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"]
        let span = try store.rows("SELECT MIN(date) AS first, MAX(date) AS last FROM events", []).first
        let (first, last): (String?, String?) = (span?["first"], span?["last"])
        return Stats(documents: s.documents, failedDocuments: s.failedDocuments, events: s.events, mentions: s.mentions,
                     byRoot: s.byRoot.map { Count(key: $0.0, name: store.cameo.info($0.0 + "0")?.name, events: $0.1) },
                     byQuad: s.byQuad.map { Count(key: String($0.0), name: quadNames[$0.0], events: $0.1) },
                     topActors: s.topActors.map { Count(key: $0.0, name: nil, events: $0.1) }, firstDate: first, lastDate: last)
    }

    /// Codes that start with `q` (as typed: "RUS", "rus"), then names in the text that contain it
    /// with the code they were given.
    func actors(_ request: Request) throws -> Actors {
        let q = try QueryParameters(request, allowed: ["q", "limit"])
        let text = try q.string("q", maxLength: 100) ?? ""
        let limit = try q.int("limit", in: 1...100) ?? 20
        let upper = text.uppercased()
        var bound: [(any DatabaseValueConvertible)?] = []
        let range = upper.isEmpty ? "actor = actor" : EventQuery.prefix("actor", upper, &bound)
        // The actors' counts kept by the store (a range of its key, not a scan of the events), or grouped from the events.
        var found = try store.rows(store.keepsSummaries ? """
            SELECT actor AS code, NULL AS name, events FROM event_actors WHERE \(range) AND events > 0
            ORDER BY events DESC, code LIMIT ?
            """ : """
            SELECT actor AS code, NULL AS name, COUNT(*) AS events FROM (
              SELECT source AS actor, id FROM events UNION SELECT target, id FROM events WHERE target != '') a
            WHERE \(range) GROUP BY actor ORDER BY events DESC, code LIMIT ?
            """, bound + [limit]).map { try Actor(row: $0) }
        if found.count < limit && !text.isEmpty {
            found += try store.rows("""
                SELECT code, text AS name, COUNT(*) AS events FROM actor_mentions WHERE text \(store.dialect.like) ? ESCAPE '\\'
                GROUP BY code, text ORDER BY events DESC, text LIMIT ?
                """, [EventQuery.containing(text), limit - found.count]).map { try Actor(row: $0) }
        }
        return Actors(actors: found)
    }
}
