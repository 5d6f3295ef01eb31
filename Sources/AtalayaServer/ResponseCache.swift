import Hummingbird
import NIOConcurrencyHelpers

/// The read endpoints' answers, by request (path and query), kept while the store does not
/// change: analysts open the same views (the dashboard's unfiltered timeline, network, map, the
/// newest events), and each is computed once per change of the store instead of once per
/// request. Bounded in bytes; entries of older generations go first, then the least recently used.
///
/// ```swift
/// let cache = ResponseCache(maxBytes: 64 << 20)
/// cache.put("/api/stats?", generation: 3, body: body, type: "application/json")
/// cache.get("/api/stats?", generation: 3)  // the body, until the generation moves on
/// ```
final class ResponseCache: Sendable {
    struct Entry: Sendable {
        var generation: Int
        var body: ByteBuffer
        var type: String
        var used: Int
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var bytes = 0
        var clock = 0
    }

    let maxBytes: Int
    private let state = NIOLockedValueBox(State())

    init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    func get(_ key: String, generation: Int) -> (body: ByteBuffer, type: String)? {
        state.withLockedValue { s in
            guard var e = s.entries[key], e.generation == generation else { return nil }
            s.clock += 1
            e.used = s.clock
            s.entries[key] = e
            return (e.body, e.type)
        }
    }

    /// Keeps an answer; one larger than an eighth of the cache is not kept.
    func put(_ key: String, generation: Int, body: ByteBuffer, type: String) {
        let size = body.readableBytes + key.utf8.count
        guard size <= maxBytes / 8 else { return }
        state.withLockedValue { s in
            if let old = s.entries.removeValue(forKey: key) { s.bytes -= old.body.readableBytes + key.utf8.count }
            while s.bytes + size > maxBytes, let victim = s.entries.min(by: { ($0.value.generation, $0.value.used) < ($1.value.generation, $1.value.used) }) {
                s.entries.removeValue(forKey: victim.key)
                s.bytes -= victim.value.body.readableBytes + victim.key.utf8.count
            }
            s.clock += 1
            s.entries[key] = Entry(generation: generation, body: body, type: type, used: s.clock)
            s.bytes += size
        }
    }
}
