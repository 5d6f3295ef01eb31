/// The key that makes ingestion idempotent: a document's own id, else its content hash; and the
/// hash, stored either way. Computed once per document read, and handed to `EventStorage.claim`.
///
/// ```swift
/// let key = DocumentKey(id: nil, content: "Hola")
/// key.docID  // "sha:8e0b…"
/// ```
public struct DocumentKey: Sendable, Equatable {
    /// The document's own id, nil when it has none (it is then known by its content).
    public let id: String?
    public let content: String
    public let docID: String
    public let hash: String

    public init(id: String?, content: String) {
        self.id = id
        self.content = content
        hash = ContentHash.of(content)
        docID = id ?? "sha:" + hash
    }

    /// Whether a stored document with the same content counts as this one (it has no id).
    public var byContent: Bool { id == nil }
}
