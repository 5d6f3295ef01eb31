import Dispatch

extension Coder {
    /// The most threads `code(_:jobs:)` uses; more would only add scheduling, and a bound keeps
    /// an absurd `--jobs` from overflowing the split.
    public static let maxJobs = 256

    /// Codes a batch of documents on `jobs` threads; the order of the batch is kept. The lexicon
    /// is shared read-only, so no locks are needed. `jobs` below 1 means 1; above `maxJobs`, `maxJobs`.
    ///
    /// ```swift
    /// var batch = documents
    /// coder.code(&batch, jobs: 4)
    /// ```
    public func code(_ docs: inout [Document], jobs: Int) {
        let workers = min(max(jobs, 1), Self.maxJobs, docs.count)
        guard workers > 1 else {
            for i in docs.indices { code(&docs[i]) }
            return
        }
        docs.withUnsafeMutableBufferPointer { buffer in
            // Worker j codes documents j, j + workers, j + 2·workers …: every index is written by
            // exactly one worker, and a long document does not hold back a whole contiguous chunk.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { j in
                for i in stride(from: j, to: slots.count, by: workers) { code(&slots[i]) }
            }
        }
    }
}
