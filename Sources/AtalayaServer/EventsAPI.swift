import Atalaya
import AtalayaStore
import GRDB
import Hummingbird

/// `GET /api/events` (filtered, paged) and `GET /api/events/{id}` (one event and its evidence).
///
/// ```sh
/// curl 'http://127.0.0.1:8080/api/events?actor=RUS&root=04&limit=20'
/// ```
struct EventsAPI: Sendable {
    let store: any EventStorage
    let answers: Answers

    func add(to router: Router<APIContext>) {
        router.get("/api/events") { request, _ in try await answers.json(request) { try list(request) } }
        router.get("/api/events/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await answers.json(request) { try detail(id) }
        }
    }

    /// The cursor is the number of events already shown, written as text so a client treats it
    /// as opaque (`next` of one page is `cursor` of the next).
    func list(_ request: Request) throws -> APIEventPage {
        var (q, query) = try EventFilters.read(request, also: ["limit", "cursor"])
        let limit = try q.int("limit", in: 1...1000) ?? 50
        query.offset = try q.matching("cursor", "[0-9]{1,9}", "a cursor from the `next` of a previous page").map { Int($0)! } ?? 0
        query.limit = limit + 1  // one more tells whether there is a next page
        var events = try Self.fetch(query, in: store)
        let more = events.count > limit
        if more { events.removeLast() }
        let mentions = try EventMention.first(of: events, in: store)
        return APIEventPage(events: events.map { APIEvent($0, mentions[$0.id], cameo: store.cameo) },
                            next: more ? String(query.offset + limit) : nil)
    }

    func detail(_ id: String) throws -> APIEventDetail {
        guard let n = Int64(id), n > 0 else { throw APIError(.badRequest, "must be an event id (a whole number)", parameter: "id") }
        guard let event = try store.rows("SELECT * FROM events WHERE id = ?", [n]).first.map(StoredEvent.init(row:)) else {
            throw APIError(.notFound, "no event \(n)", parameter: "id")
        }
        let mentions = try store.rows(APIMention.sql, [n]).map { try APIMention(row: $0) }
        let first = try EventMention.first(of: [event], in: store)
        return APIEventDetail(event: APIEvent(event, first[event.id], cameo: store.cameo), mentions: mentions)
    }

    /// The store's query, its FTS syntax errors reported as the `search` parameter's.
    static func fetch(_ query: EventQuery, in store: any EventStorage) throws -> [StoredEvent] {
        do { return try query.fetch(store) } catch let StoreError.badQuery(reason) {
            throw APIError(.badRequest, reason, parameter: "search")
        }
    }
}
