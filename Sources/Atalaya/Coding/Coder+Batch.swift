import Dispatch

extension Coder {
    /// Codes a batch of documents on `jobs` threads; the order of the batch is kept. The lexicon
    /// is shared read-only, so no locks are needed.
    ///
    /// ```swift
    /// var batch = documents
    /// coder.code(&batch, jobs: 4)
    /// ```
    public func code(_ docs: inout [Document], jobs: Int) {
        guard jobs > 1, docs.count > 1 else {
            for i in docs.indices { code(&docs[i]) }
            return
        }
        docs.withUnsafeMutableBufferPointer { buffer in
            // Each index is written by exactly one iteration: the slots never overlap.
            nonisolated(unsafe) let slots = buffer
            let chunk = (slots.count + jobs - 1) / jobs
            DispatchQueue.concurrentPerform(iterations: jobs) { j in
                for i in (j * chunk)..<min(slots.count, (j + 1) * chunk) { code(&slots[i]) }
            }
        }
    }
}
