import Atalaya
import Dispatch

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
    /// a coded document's key is then not computed again. The rows are extracted on `jobs`
    /// threads (at most `Coder.maxJobs`), the order of the items kept.
    init(_ items: [StoreItem], keys: [DocumentKey?]? = nil, jobs: Int = 1) {
        self.items = items
        let workers = min(max(jobs, 1), Coder.maxJobs, items.count)
        guard workers > 1 else {
            coded = items.indices.map { Self.coded(items, keys, $0) }
            return
        }
        coded = [Coded?](unsafeUninitializedCapacity: items.count) { buffer, count in
            // Worker j fills slots j, j + workers …: each slot is written by exactly one worker.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { j in
                for i in stride(from: j, to: items.count, by: workers) {
                    (slots.baseAddress! + i).initialize(to: Self.coded(items, keys, i))
                }
            }
            count = items.count
        }
    }

    /// A batch whose rows were taken already: `coded` holds them by item, nil for items that are
    /// no coded document.
    init(_ items: [StoreItem], coded: [Coded?]) {
        precondition(items.count == coded.count, "one entry of rows per item")
        self.items = items
        self.coded = coded
    }

    private static func coded(_ items: [StoreItem], _ keys: [DocumentKey?]?, _ i: Int) -> Coded? {
        guard case let .coded(doc, _, explicitID) = items[i] else { return nil }
        let key = keys?[i] ?? DocumentKey(id: explicitID ? doc.id : nil, content: doc.text)
        return Coded(key: key, rows: DocumentRows(doc))
    }
}
