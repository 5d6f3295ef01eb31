import Atalaya
import Foundation

/// The state of one `Ingester.run`: documents waiting to be coded, the batch waiting to be
/// stored, and the counts so far.
struct IngestRun {
    let ingester: Ingester
    let report: (Ingester.Progress) -> Void
    var p = Ingester.Progress()
    var batch = [StoreItem]()
    /// The key computed for each item of `batch` when it was claimed (nil for other items).
    var keys = [DocumentKey?]()
    /// By item of `batch`: a coded document's rows, taken as soon as it was coded (nil for other
    /// items; unused unless `extractsRows`).
    var rows = [PreparedBatch.Coded?]()
    /// Whether rows are taken as documents are coded, and only their metadata kept until the batch
    /// is written (SQLite; other stores take their rows from whole documents).
    let extractsRows: Bool
    /// Documents waiting to be coded, a batch at a time (on `jobs` threads), with where they came from.
    var pending: CodingPipe<Tag>
    /// The failures of the file being read, so its older `failed` rows that are fixed now go.
    var stillFailing = Set<String>()
    var notedPlainText = false
    /// Stores the last batch while the next is read and coded.
    let writer: BatchWriter
    /// Keys of the documents this run claimed, by batch: the batch being made, and the one being
    /// written. A batch's claims end once it is written (`EventStorage.release`).
    var claimed: [String] = [], writing: [String] = []

    var store: any EventStorage { ingester.store }

    init(ingester: Ingester, report: @escaping (Ingester.Progress) -> Void) {
        self.ingester = ingester
        self.report = report
        extractsRows = ingester.store is EventStore
        // Store batches decide when to write (below). SQLite's documents are coded a few at a
        // time as they are read, and their rows taken at once, while the documents are in cache.
        pending = CodingPipe(coder: ingester.coder, jobs: ingester.jobs, batchDocuments: extractsRows ? 8 * ingester.jobs : Int.max)
        writer = BatchWriter(store: ingester.store, jobs: ingester.jobs)
    }

    /// Where a document waiting to be coded came from, and its key.
    struct Tag {
        var origin: String, explicitID: Bool, key: DocumentKey
    }

    /// Codes what waits and hands the batch to the writer; counts the batch stored before it.
    mutating func flush() throws {
        var coded: (docs: [Document], tags: [Tag]) = ([], [])
        pending.finish { coded = ($0, $1) }
        add(coded.docs, coded.tags)
        guard !batch.isEmpty else { return }
        let done = try writer.submit(batch, keys: keys, rows: extractsRows ? rows : nil)
        batch = []
        keys = []
        rows = []
        try store.release(writing)
        (writing, claimed) = (claimed, [])
        if let done { count(done) }
    }

    /// Flushes, and waits for the last batch to be stored.
    mutating func end() throws {
        try flush()
        let done = try writer.finish()
        try store.release(writing)
        writing = []
        if let done { count(done) }
    }

    mutating func count(_ o: StoreOutcome) {
        p.stored += o.stored
        p.skipped += o.skipped
        p.events += o.events
        p.mentions += o.mentions
        report(p)
    }

    /// Adds coded documents to the batch, as store items with their keys.
    mutating func add(_ docs: [Document], _ tags: [Tag]) {
        let items = zip(docs, tags).map { StoreItem.coded($0, origin: $1.origin, explicitID: $1.explicitID) }
        keys += tags.map(\.key)
        guard extractsRows, !items.isEmpty else {
            batch += items
            rows += repeatElement(nil, count: items.count)
            return
        }
        // Read back a batch later, a thousand coded documents were out of cache (a third of the
        // cache misses of an ingest) and held ~100 MB: their rows are taken now, and only what the
        // documents table needs is kept.
        rows += PreparedBatch(items, keys: tags.map(\.key), jobs: ingester.jobs).coded
        batch += zip(docs, tags).map { .coded($0.metadataOnly, origin: $1.origin, explicitID: $1.explicitID) }
    }

    /// Queues a document read from `file`, unless it is stored already or cannot be stored.
    mutating func enqueue(_ doc: Document, file: String, explicitID: Bool) throws {
        p.documents += 1
        if let field = Ingester.fieldWithNUL(doc, explicitID: explicitID) {
            let id = doc.id.replacingOccurrences(of: "\0", with: "\\u0000")
            fail(file, "document \"\(id.prefix(80))\": its \(field) contains a NUL character: skipped", id: "\(file): \(id)")
            return
        }
        // Already stored (a rerun after a crash), or being coded by another worker: skip before the cost of coding.
        let key = DocumentKey(id: explicitID ? doc.id : nil, content: doc.text)
        switch try store.claim(key) {
        case .stored: p.skipped += 1; return
        case .busy: p.busy += 1; return
        case .claimed: claimed.append(key.docID)
        }
        var coded: (docs: [Document], tags: [Tag]) = ([], [])
        pending.add(doc, tag: Tag(origin: file, explicitID: explicitID, key: key)) { coded = ($0, $1) }
        add(coded.docs, coded.tags)
        if pending.count + batch.count >= ingester.batchSize { try flush() }
    }

    /// Records a failure: reported, stored as a `failed` row (keyed by `id`, else its origin).
    mutating func fail(_ origin: String, _ message: String, id: String? = nil) {
        p.failed += 1
        batch.append(.failed(id: id ?? origin, content: origin, origin: origin, error: message))
        keys.append(nil)
        rows.append(nil)
        p.failures.append("\(origin): \(message)")
        stillFailing.insert(origin)
    }

    mutating func note(_ line: String) { p.notes.append(line) }

    /// The file is read: its `failed` rows not failing this time go (with the next batch).
    mutating func finish(_ file: String) throws {
        batch.append(.finished(file: file, stillFailing: stillFailing))
        keys.append(nil)
        rows.append(nil)
        stillFailing.removeAll()
        if pending.count + batch.count >= ingester.batchSize { try flush() }
    }

    mutating func readFeed(_ path: String) throws {
        var problems = [InputProblem]()
        let items = FeedReader(defaultDate: ingester.defaultDate).read(URL(fileURLWithPath: path)) { problems.append($0) }
        try enqueue(items, problems: problems, from: path)
    }

    /// A feed's items, and the problems of reading it, from `path` (a file or a URL).
    mutating func enqueue(_ items: [FeedReader.Item], problems: [InputProblem], from path: String) throws {
        for item in items {
            if let why = item.dateNote {
                note("\(path):\(item.line): \(why): dated \(ingester.defaultDate)")
            }
            var doc = item.document
            if doc.dateIsDefault && !ingester.dateGiven { doc.dateUnknown = true }
            try enqueue(doc, file: path, explicitID: item.explicitID)
        }
        for problem in problems {
            p.documents += 1
            fail("\(problem.file):\(problem.line)", problem.message)
        }
    }

    mutating func readDocuments(_ file: InputFiles.File, bytesBefore: Int) throws {
        let jsonl = DocumentReader.format(for: file.path) == .jsonl
        var undated = 0
        let reader = DocumentReader(defaultDate: ingester.defaultDate, given: ingester.dateGiven, maxDocumentSize: ingester.maxDocumentSize)
        try reader.read(path: file.path, format: nil, each: { doc in
            p.bytesDone = min(bytesBefore + file.size, p.bytesDone + doc.bytes.count + 40)
            if doc.dateIsDefault { undated += 1 }
            // A JSONL line without "id" was named after its file and line: not an id of its own.
            let explicitID = jsonl && !doc.id.hasPrefix(file.path + ":")
            try enqueue(doc, file: file.path, explicitID: explicitID)
        }, problem: { problem in
            p.documents += 1
            fail("\(problem.file):\(problem.line)", problem.message)
        })
        if undated > 0 && jsonl {
            note("\(file.path): \(undated) document\(undated == 1 ? "" : "s") without a date: dated \(ingester.defaultDate)")
        } else if undated > 0 && !ingester.dateGiven && !notedPlainText {
            notedPlainText = true
            note("no --date given; plain-text documents are dated today (\(ingester.defaultDate))")
        }
    }
}
