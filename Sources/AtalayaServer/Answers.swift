import Foundation
import Hummingbird

/// How the read endpoints answer: computed on `BlockingWork`'s threads, and kept in the
/// `ResponseCache` for the store's current `StoreGeneration`, so the same request is computed
/// once per change of the store (without a cache, every time).
///
/// ```swift
/// router.get("/api/stats") { request, _ in try await answers.json(request) { try stats() } }
/// ```
struct Answers: Sendable {
    let work: BlockingWork
    let cache: ResponseCache?
    let generation: StoreGeneration?

    /// `compute`'s value as JSON, written as the API writes JSON (`APIContext.makeEncoder`).
    func json<T: Encodable>(_ request: Request, _ compute: @escaping @Sendable () throws -> T) async throws -> Response {
        try await bytes(request, type: "application/json; charset=utf-8") {
            ByteBuffer(data: try APIContext.makeEncoder().encode(try compute()))
        }
    }

    /// `compute`'s bytes, from the cache while the store has not changed.
    func bytes(_ request: Request, type: String, _ compute: @escaping @Sendable () throws -> ByteBuffer) async throws -> Response {
        let key = request.uri.path + "?" + (request.uri.query ?? "")
        let (cache, generation) = (self.cache, self.generation)
        let body = try await work.run { () -> ByteBuffer in
            guard let cache, let generation else { return try compute() }
            let g = try generation.current()
            if let hit = cache.get(key, generation: g) { return hit.body }
            let body = try compute()
            cache.put(key, generation: g, body: body, type: type)
            return body
        }
        return Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: body))
    }
}
