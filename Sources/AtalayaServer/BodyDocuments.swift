import Atalaya
import Hummingbird

/// The documents of a request body: JSON lines (one document each, as `atalaya code` reads
/// them) when the body is JSON, else the body is one text. A bad line is a 400 naming it:
/// nothing sent is silently dropped.
///
/// ```sh
/// curl -X POST --data-binary @news.jsonl -H 'Content-Type: application/x-ndjson' http://127.0.0.1:8080/api/code
/// ```
struct BodyDocuments {
    let maxBytes: Int

    func read(_ request: inout Request, date: Day?) async throws -> [Document] {
        let body = try await request.collectBody(upTo: maxBytes)
        let bytes = Array(body.readableBytesView)
        let type = (request.headers[.contentType] ?? "").lowercased()
        let reader = DocumentReader(defaultDate: date ?? Day.today(), given: date != nil)
        guard type.hasPrefix("application/json") || type.hasPrefix("application/x-ndjson") || type.hasPrefix("application/jsonl") else {
            guard let text = String(validating: bytes, as: UTF8.self) else { throw APIError(.badRequest, "the text is not UTF-8") }
            guard text.contains(where: { !$0.isWhitespace }) else { throw APIError(.badRequest, "the body holds no text") }
            // Not an id the client chose: stored, it is known by its content.
            var doc = Document(id: "body:1", date: date ?? Day.today(), text: text)
            doc.dateIsDefault = date == nil
            doc.dateUnknown = date == nil
            return [doc]
        }
        var docs = [Document]()
        for (n, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            switch reader.document(line, name: "body", line: n + 1) {
            case .success(let doc): docs.append(doc)
            case .failure(let problem): throw APIError(.badRequest, "line \(problem.line): \(problem.message)")
            }
        }
        return docs
    }
}
