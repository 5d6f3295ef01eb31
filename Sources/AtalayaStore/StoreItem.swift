import Atalaya

/// One document to store: coded, or failed with the reason; or the end of an input file.
///
/// ```swift
/// try store.write([.coded(doc, origin: "news.jsonl:3", explicitID: true)])
/// ```
public enum StoreItem: Sendable {
    case coded(Document, origin: String, explicitID: Bool)
    case failed(id: String?, content: String, origin: String, error: String)
    /// A file read to its end: its `failed` rows not in `stillFailing` are stale (fixed since), and go.
    case finished(file: String, stillFailing: Set<String>)
}
