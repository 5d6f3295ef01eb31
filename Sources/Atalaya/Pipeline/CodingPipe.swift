/// The one batch loop: collects documents as they are read, codes each full batch on `jobs`
/// threads, and hands the coded batch on in input order, each document with the `Tag` it came
/// with (where it was read from, say). A batch ends at `batchDocuments` documents or
/// `batchBytes` bytes of text, so memory stays bounded whatever the input. Used by `code`,
/// `ingest`, `eval` and `bench`.
///
/// ```swift
/// var pipe = CodingPipe<Void>(coder: coder, jobs: 2)
/// reader.read(path: "news.jsonl", format: nil, each: { doc in
///     pipe.add(doc) { batch in for d in batch { print(d.events.count) } }
/// }, problem: { print($0) })
/// pipe.finish { batch in for d in batch { print(d.events.count) } }
/// ```
public struct CodingPipe<Tag> {
    public let coder: Coder
    public let jobs: Int
    public var batchDocuments: Int
    public var batchBytes: Int
    private var batch: [Document] = []
    private var tags: [Tag] = []
    private var bytes = 0

    public init(coder: Coder, jobs: Int, batchDocuments: Int? = nil, batchBytes: Int = 32 << 20) {
        self.coder = coder
        self.jobs = min(max(jobs, 1), Coder.maxJobs)
        self.batchDocuments = max(1, batchDocuments ?? 64 * self.jobs)
        self.batchBytes = batchBytes
    }

    /// Documents waiting to be coded.
    public var count: Int { batch.count }

    /// Adds a document; when the batch is full, codes it and passes it to `deliver`.
    public mutating func add(_ doc: Document, tag: Tag, deliver: ([Document], [Tag]) throws -> Void) rethrows {
        bytes += doc.bytes.count
        batch.append(doc)
        tags.append(tag)
        if batch.count >= batchDocuments || bytes >= batchBytes { try finish(deliver: deliver) }
    }

    /// Codes what is waiting and passes it to `deliver` (nothing when no document waits).
    public mutating func finish(deliver: ([Document], [Tag]) throws -> Void) rethrows {
        guard !batch.isEmpty else { return }
        coder.code(&batch, jobs: jobs)
        let (done, doneTags) = (batch, tags)
        batch.removeAll(keepingCapacity: true)
        tags.removeAll(keepingCapacity: true)
        bytes = 0
        try deliver(done, doneTags)
    }
}

extension CodingPipe where Tag == Void {
    /// Adds a document that needs no tag.
    public mutating func add(_ doc: Document, deliver: ([Document]) throws -> Void) rethrows {
        try add(doc, tag: ()) { docs, _ in try deliver(docs) }
    }

    /// Codes what is waiting and passes it to `deliver`.
    public mutating func finish(deliver: ([Document]) throws -> Void) rethrows {
        try finish { docs, _ in try deliver(docs) }
    }
}
