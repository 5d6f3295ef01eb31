import Dispatch

/// Stores batches on a thread of its own, one at a time and in order, while the caller reads
/// and codes the next: coding and SQLite then use two cores instead of taking turns on one.
/// At most one batch is in flight; `submit` waits for the one before, and hands back its outcome.
/// Each batch is still one transaction, so a run killed at any moment leaves whole documents.
///
/// ```swift
/// let writer = BatchWriter(store: store)
/// if let done = try writer.submit(batch) { print(done.stored) }  // the previous batch's outcome
/// let last = try writer.finish()
/// ```
final class BatchWriter: @unchecked Sendable {
    // `@unchecked`: `outcome` is written on `queue` inside `group` and read only after
    // `group.wait()`, which orders the two.
    private let store: any EventStorage
    private let queue = DispatchQueue(label: "atalaya.ingest.store")
    private let group = DispatchGroup()
    private var outcome: Result<StoreOutcome, any Error>?
    /// Threads that extract a batch's rows (those that code it, idle meanwhile).
    private let jobs: Int

    init(store: any EventStorage, jobs: Int = 1) {
        self.store = store
        self.jobs = jobs
    }

    /// Waits for the batch in flight, then starts storing `items`; returns the outcome of the
    /// batch that was in flight (nil when none was), or throws its error. `keys` holds the key
    /// computed for each item, if any (nil where none was); `rows`, when given, the key and rows
    /// of each coded item, taken already (SQLite only).
    func submit(_ items: [StoreItem], keys: [DocumentKey?]? = nil, rows: [PreparedBatch.Coded?]? = nil) throws -> StoreOutcome? {
        // The writing thread is the slower one: SQLite's rows are extracted here (unless they were
        // as the documents were coded), while the batch before is still being written.
        let prepared = !(store is EventStore) ? nil
            : rows.map { PreparedBatch(items, coded: $0) } ?? PreparedBatch(items, keys: keys, jobs: jobs)
        let done = try wait()
        group.enter()
        queue.async { [self] in
            outcome = Result {
                if let prepared, let sqlite = store as? EventStore { try sqlite.write(prepared) } else { try store.write(items) }
            }
            group.leave()
        }
        return done
    }

    /// Waits for the batch in flight; its outcome (nil when none was), or its error.
    func finish() throws -> StoreOutcome? { try wait() }

    private func wait() throws -> StoreOutcome? {
        group.wait()
        defer { outcome = nil }
        return try outcome?.get()
    }
}
