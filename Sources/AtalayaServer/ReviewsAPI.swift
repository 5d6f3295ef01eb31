import AtalayaStore
import Foundation
import Hummingbird

/// `POST /api/reviews` (with a bearer token): an analyst marks an event right or wrong, corrects
/// its code or actors, or adds an event the coder missed; stored under the token's holder.
/// `GET /api/reviews?doc_id=…` (with a token): the reviews made. `atalaya export --format gold` writes them as
/// a gold set for `atalaya eval`.
///
/// ```sh
/// curl -H 'Authorization: Bearer TOKEN' -H 'Content-Type: application/json' \
///      -d '{"doc_id": "d1", "event_id": 7, "verdict": "corrected", "code": "112"}' http://127.0.0.1:8080/api/reviews
/// ```
struct ReviewsAPI: Sendable {
    let store: any EventStorage
    let settings: ServerSettings
    let work: BlockingWork

    /// What a client sends: the event (or, for an added event, the sentence) and the verdict.
    struct Submitted: Decodable {
        var docId: String
        var eventId: Int64?
        var sentence: Int?
        var verdict: Review.Verdict
        var code: String?
        var source: String?
        var target: String?
        var note: String?

        enum CodingKeys: String, CodingKey {
            case docId = "doc_id", eventId = "event_id", sentence, verdict, code, source, target, note
        }
    }

    struct Reviews: ResponseEncodable, Sendable {
        var reviews: [Review]
    }

    func add(to router: Router<APIContext>) {
        router.post("/api/reviews") { request, _ in try await submit(request) }
        // Reviews name their reviewers: listed to token holders only.
        router.get("/api/reviews") { request, _ in
            try BearerToken(settings).check(request)
            return try await work.run { try list(request) }
        }
    }

    /// Answers with the stored review (as `{reviews: [it]}`, the shape of the list).
    func submit(_ request: Request) async throws -> Reviews {
        let reviewer = try BearerToken(settings).check(request)
        var request = request
        let body = try await request.collectBody(upTo: settings.maxBodyBytes)
        let s: Submitted
        do { s = try JSONDecoder().decode(Submitted.self, from: Data(body.readableBytesView)) } catch {
            throw APIError(.badRequest, "the body is not a review: {doc_id, event_id or sentence, verdict: right|wrong|corrected|added, code, source, target, note}")
        }
        for (name, value, pattern) in [("code", s.code, "[0-9]{2,4}"), ("source", s.source, "[A-Z~-]{3,30}"), ("target", s.target, "([A-Z~-]{3,30})?")] {
            if let value, !value.isEmpty, value.range(of: "^(\(pattern))$", options: .regularExpression) == nil {
                throw APIError(.badRequest, "not a CAMEO \(name == "code" ? "code" : "actor code")", parameter: name)
            }
        }
        if let code = s.code, !code.isEmpty, store.cameo.info(code) == nil {
            throw APIError(.badRequest, "no such CAMEO code", parameter: "code")
        }
        if let note = s.note, note.count > 2000 { throw APIError(.badRequest, "longer than 2000 characters", parameter: "note") }
        let review = Review(docId: s.docId, sentence: s.sentence ?? 0, eventId: s.eventId, verdict: s.verdict, code: s.code ?? "",
                            source: s.source ?? "", target: s.target ?? "", reviewer: reviewer, note: s.note)
        let store = self.store
        do { return Reviews(reviews: [try await work.run { try store.add(review) }]) } catch let StoreError.badQuery(reason) {
            throw APIError(.badRequest, reason)
        }
    }

    func list(_ request: Request) throws -> Reviews {
        let q = try QueryParameters(request, allowed: ["doc_id"])
        return Reviews(reviews: try store.reviews(docId: try q.string("doc_id")))
    }
}
