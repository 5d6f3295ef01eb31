import Atalaya
import Foundation

/// Codes files, folders, JSONL and feeds into the store, in batches of whole documents.
///
/// Every input ends up stored as coded, skipped (already there) or failed with its reason;
/// nothing is dropped, and at the end `documents == stored + skipped + failed`. Progress is
/// reported through a callback.
///
/// ```swift
/// let summary = try Ingester(coder: coder, store: store, defaultDate: .today()).run(paths: ["news/"]) { p in print(p.documents) }
/// ```
public struct Ingester {
    public let coder: Coder
    public let store: any EventStorage
    public let defaultDate: Day
    /// Whether `defaultDate` was asked for (`--date`); when not, dating plain text by it is noted.
    public var dateGiven = false
    /// Documents per transaction. Each batch costs something whatever its size (statements
    /// prepared again after the foreign-key switch, a full-text segment and its merges, a WAL
    /// checkpoint rewriting every page the batch dirtied): 4,000 real articles on one core took
    /// 3.0 s of CPU in batches of 200, 2.5 s in batches of 1,000 (and 80 MB more memory).
    public var batchSize = Ingester.defaultBatchSize
    public static let defaultBatchSize = 1_000
    /// Threads that code documents; storing has one of its own, beside them.
    public var jobs = 1
    /// Longest document read, in bytes (see `DocumentReader`).
    public var maxDocumentSize = DocumentReader.defaultMaxDocumentSize

    public init(coder: Coder, store: any EventStorage, defaultDate: Day) {
        self.coder = coder
        self.store = store
        self.defaultDate = defaultDate
    }

    /// Where a run stands. The counts name the same things as `atalaya stats`.
    public struct Progress: Sendable {
        /// Inputs read: documents, and lines, items or files that failed.
        public var documents = 0
        public var stored = 0
        /// Already in the store.
        public var skipped = 0
        /// Being coded by another worker at the time (a shared PostgreSQL store).
        public var busy = 0
        public var failed = 0
        /// Distinct events new to the store.
        public var events = 0
        /// Event mentions added (one per sentence reporting an event).
        public var mentions = 0
        public var bytesDone = 0
        public var bytesTotal = 0
        /// One line each, `file:line: message`: what failed.
        public var failures: [String] = []
        /// Things done on the user's behalf worth knowing (a date assumed, a file skipped).
        public var notes: [String] = []
    }

    /// Ingests every path; the last progress is the summary.
    @discardableResult
    public func run(paths: [String], progress report: (Progress) -> Void) throws -> Progress {
        try withoutActuallyEscaping(report) { try run(paths: paths, report: $0) }
    }

    func run(paths: [String], report: @escaping (Progress) -> Void) throws -> Progress {
        let input = InputFiles(paths, excluding: store.location)
        var run = IngestRun(ingester: self, report: report)
        run.p.bytesTotal = input.files.reduce(0) { $0 + $1.size }
        run.p.notes = input.notes
        for problem in input.problems {
            run.p.documents += 1
            run.p.failed += 1
            run.p.failures.append(problem)
        }
        var bytesBefore = 0
        for file in input.files {
            if file.isFeed {
                try run.readFeed(file.path)
            } else {
                try run.readDocuments(file, bytesBefore: bytesBefore)
            }
            try run.finish(file.path)
            bytesBefore += file.size
            run.p.bytesDone = max(run.p.bytesDone, bytesBefore)
        }
        try run.end()
        run.p.bytesDone = run.p.bytesTotal
        report(run.p)
        return run.p
    }

    /// Ingests a feed fetched from `url` (`atalaya watch`): its items are stored with `url` as
    /// their origin, each once (by its guid or link, else its content) however often it is fetched.
    ///
    /// ```swift
    /// let p = try ingester.run(feed: body, from: "https://example.org/rss") { _ in }
    /// ```
    @discardableResult
    public func run(feed data: Data, from url: String, progress report: (Progress) -> Void) throws -> Progress {
        try withoutActuallyEscaping(report) { report in
            var run = IngestRun(ingester: self, report: report)
            var problems = [InputProblem]()
            let items = FeedReader(defaultDate: defaultDate).read(data, name: url) { problems.append($0) }
            try run.enqueue(items, problems: problems, from: url)
            try run.finish(url)
            try run.end()
            report(run.p)
            return run.p
        }
    }

    /// The fields of a document SQLite would cut at a NUL character (it binds text as C strings),
    /// so that two ids differing after a NUL would collide.
    static func fieldWithNUL(_ doc: Document, explicitID: Bool) -> String? {
        // Checked per document read: the bytes are scanned through a pointer, not the `utf8`
        // view, and the text through its bytes kept by the document.
        if explicitID && hasNUL(doc.id) { return "id" }
        if doc.bytes.withUnsafeBufferPointer({ hasNUL($0) }) { return "text" }
        let fields: [(String, String?)] = [("title", doc.title), ("source", doc.source), ("url", doc.url), ("lang", doc.lang)]
        return fields.first { hasNUL($0.1) }?.0
    }

    private static func hasNUL(_ field: String?) -> Bool {
        guard var field else { return false }
        return field.withUTF8 { hasNUL($0) }
    }

    /// `memchr` reads a machine word at a time; `contains` compared byte by byte (14 K
    /// instructions an article).
    private static func hasNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, 0, bytes.count) != nil
    }
}
