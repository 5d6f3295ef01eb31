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
    let store: EventStore
    let agents: Set<String>
    /// Events read and written at a time.
    var page = 1000
    static let formats: [StoredEventFormat] = [.gdelt, .phoenix, .plover, .jsonl, .csv, .tsv]

    func add(to router: Router<APIContext>) {
        router.get("/api/export") { request, _ in try export(request) }
    }

    func export(_ request: Request) throws -> Response {
        let (q, query) = try EventFilters.read(request, also: ["format"])
        guard let name = try q.oneOf("format", Self.formats.map(\.rawValue)) else {
            throw APIError(.badRequest, "missing: one of " + Self.formats.map(\.rawValue).joined(separator: ", "), parameter: "format")
        }
        let format = StoredEventFormat(rawValue: name)!
        let type = [.csv: "text/csv", .tsv: "text/tab-separated-values", .gdelt: "text/tab-separated-values",
                    .phoenix: "text/tab-separated-values"][format] ?? "application/x-ndjson"
        // A bad search fails here, as a 400, not halfway through the stream.
        var first = query
        first.limit = 1
        _ = try EventsAPI(store: store).fetch(first)
        let (store, agents, size) = (self.store, self.agents, page)
        let body = ResponseBody { writer in
            if let header = format.header { try await writer.write(ByteBuffer(string: header)) }
            var page = query
            page.limit = size
            while true {
                let events = try page.fetch(store)
                guard !events.isEmpty else { break }
                let text = format.render(events, try EventMention.first(of: events, in: store), cameo: store.cameo, agents: agents)
                try await writer.write(ByteBuffer(string: text))
                if events.count < size { break }
                page.offset += size
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: type + "; charset=utf-8",
                                                .contentDisposition: "attachment; filename=\"events.\(format == .csv ? "csv" : format == .jsonl || format == .plover ? "jsonl" : "tsv")\""],
                        body: body)
    }
}
