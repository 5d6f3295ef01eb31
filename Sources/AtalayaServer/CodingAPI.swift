import Atalaya
import AtalayaStore
import Hummingbird

/// `POST /api/code`: the engine as a service. Text (or JSON lines of documents) in, events out
/// as JSON lines, as `atalaya code --format jsonl` writes them; nothing is stored.
/// `POST /api/documents` (with the bearer token): the same documents coded and stored, as
/// `atalaya ingest` stores them.
///
/// ```sh
/// curl -X POST --data-binary 'Putin condenó el ataque contra Ucrania.' 'http://127.0.0.1:8080/api/code?date=2023-09-13'
/// ```
struct CodingAPI: Sendable {
    let coder: Coder
    let store: any EventStorage
    let settings: ServerSettings
    let work: BlockingWork

    struct Stored: ResponseEncodable, Sendable {
        var stored: Int
        var skipped: Int
        var failed: Int
        var events: Int
    }

    func add(to router: Router<APIContext>) {
        router.post("/api/code") { request, _ in try await code(request) }
        router.post("/api/documents") { request, _ in try await ingest(request) }
    }

    func code(_ request: Request) async throws -> Response {
        var request = request
        let docs = try await documents(&request)
        let coder = self.coder
        let out = try await work.run {
            var out = [UInt8]()
            for var doc in docs {
                coder.code(&doc)
                OutputFormat.jsonl.write(doc, lexicon: coder.lexicon, quotes: false, into: &out)
            }
            return out
        }
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: out)))
    }

    func ingest(_ request: Request) async throws -> Stored {
        try BearerToken(settings).check(request)
        var request = request
        let docs = try await documents(&request)
        let (coder, store) = (self.coder, self.store)
        let outcome = try await work.run {
            let items = docs.map { doc -> StoreItem in
                var doc = doc
                coder.code(&doc)
                return .coded(doc, origin: "api", explicitID: !doc.id.hasPrefix("body:"))
            }
            return try store.write(items)
        }
        return Stored(stored: outcome.stored, skipped: outcome.skipped, failed: outcome.failed, events: outcome.events)
    }

    private func documents(_ request: inout Request) async throws -> [Document] {
        let q = try QueryParameters(request, allowed: ["date"])
        let date = try q.day("date")
        let docs = try await BodyDocuments(maxBytes: settings.maxBodyBytes).read(&request, date: date)
        guard !docs.isEmpty else { throw APIError(.badRequest, "the body holds no document") }
        return docs
    }
}
