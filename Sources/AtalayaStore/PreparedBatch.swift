import Atalaya

/// A batch readied for `EventStore.write` before its transaction: each coded document's key and
/// rows, extracted on the thread that submits the batch (`BatchWriter`), so that the thread that
/// writes, the slower of the two, only writes. The rows are those `write(_:)` would extract.
///
/// ```swift
/// let ready = PreparedBatch(items, keys: keys)   // keys: nil for items without one computed
/// try store.write(ready)
/// ```
struct PreparedBatch: Sendable {
    struct Coded: Sendable {
        let key: DocumentKey
        let rows: DocumentRows
    }

    let items: [StoreItem]
    /// By item: the key and rows of a coded document, nil for the other items.
    let coded: [Coded?]

    /// `keys`, when given, holds the key already computed for each item (nil where none was):
    /// a coded document's key is then not computed again.
    init(_ items: [StoreItem], keys: [DocumentKey?]? = nil) {
        self.items = items
        coded = items.indices.map { i in
            guard case let .coded(doc, _, explicitID) = items[i] else { return nil }
            let key = keys?[i] ?? DocumentKey(id: explicitID ? doc.id : nil, content: doc.text)
            return Coded(key: key, rows: DocumentRows(doc))
        }
    }
}
