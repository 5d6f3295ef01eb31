import Atalaya
import AtalayaStore
import Hummingbird

/// `GET /api/export?format=gdelt|phoenix|plover|jsonl|csv|tsv` with the event filters: the
/// events as `atalaya export` writes them, streamed a page at a time (never built in memory).
///
/// ```sh
/// curl -o events.csv 'http://127.0.0.1:8080/api/export?format=csv&from=2023-09-01'
/// ```
struct ExportAPI: Sendable {
    let store: any EventStorage
    let work: BlockingWork
    let agents: Set<String>
    /// Events read and written at a time.
    var page = 1000
    static let formats: [StoredEventFormat] = [.gdelt, .phoenix, .plover, .jsonl, .csv, .tsv]

    func add(to router: Router<APIContext>) {
        router.get("/api/export") { request, _ in try await export(request) }
    }

    func export(_ request: Request) async throws -> Response {
        let (q, query) = try EventFilters.read(request, also: ["format"])
        guard let name = try q.oneOf("format", Self.formats.map(\.rawValue)) else {
            throw APIError(.badRequest, "missing: one of " + Self.formats.map(\.rawValue).joined(separator: ", "), parameter: "format")
        }
        let format = StoredEventFormat(rawValue: name)!
        let type = [.csv: "text/csv", .tsv: "text/tab-separated-values", .gdelt: "text/tab-separated-values",
                    .phoenix: "text/tab-separated-values"][format] ?? "application/x-ndjson"
        // A bad search fails here, as a 400, not halfway through the stream.
        let first = { var q = query; q.limit = 1; return q }()
        let (store, work, agents, size) = (self.store, self.work, self.agents, page)
        _ = try await work.run { try EventsAPI.fetch(first, in: store) }
        let body = ResponseBody { writer in
            if let header = format.header { try await writer.write(ByteBuffer(string: header)) }
            // Pages by keyset (each as fast as the first), over the events stored when the export began.
            var page = query
            page.limit = size
            page.upToID = try await work.run { try store.rows("SELECT MAX(id) AS n FROM events", []).first?["n"] as Int64? } ?? 0
            while true {
                let current = page
                let read = try await work.run { () -> (text: String, count: Int, last: EventQuery.Position?) in
                    let events = try current.fetch(store)
                    let text = format.render(events, try EventMention.first(of: events, in: store), cameo: store.cameo, agents: agents)
                    return (text, events.count, events.last.map(current.position(of:)))
                }
                if read.count > 0 { try await writer.write(ByteBuffer(string: read.text)) }
                guard read.count == size, let last = read.last else { break }
                page.after = last
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: type + "; charset=utf-8",
                                                .contentDisposition: "attachment; filename=\"events.\(format == .csv ? "csv" : format == .jsonl || format == .plover ? "jsonl" : "tsv")\""],
                        body: body)
    }
}
