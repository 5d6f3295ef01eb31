import ArgumentParser
import Atalaya
import AtalayaStore
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure coding speed and memory on a large corpus (build with -c release).",
        discussion: """
            Without --corpus, writes a synthetic JSONL corpus of --size-mb megabytes to a temporary \
            file, made by shuffling the sentences of --seed, then codes it streaming, on one core, and \
            prints load time, words/s, events and peak memory.
            """
    )

    @Option(help: "A JSONL or text corpus to code instead of the synthetic one.")
    var corpus: String?

    @Option(help: "Size of the synthetic corpus in MB.")
    var sizeMb = 100

    @Option(help: "Text whose sentences make the synthetic corpus.")
    var seed = "Examples/kim-putin-2023-09-13.txt"

    @Option(help: "Threads that code documents (the figures asked of Atalaya are for one).")
    var jobs = 1

    @Flag(help: "Measure the store instead: ingest speed, and queries on a synthetic store of --events events.")
    var store = false

    @Option(help: "Events in the synthetic store (with --store).")
    var events = 1_000_000

    @Option(help: "Articles of about 500 words to ingest (with --store).")
    var articles = 5000

    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        if store { return try runStore() }
        var path = corpus
        var temporary: String?
        if path == nil {
            let p = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-bench-\(getpid()).jsonl").path
            try writeSynthetic(to: p)
            path = p
            temporary = p
        }
        defer { if let t = temporary { try? FileManager.default.removeItem(atPath: t) } }

        let t0 = Date()
        let lexicon = try dictionaryOptions.loadLexicon()
        let loadTime = Date().timeIntervalSince(t0)
        let rssAfterLoad = peakRSS()
        let coder = Coder(lexicon: lexicon)
        let reader = DocumentReader(defaultDate: Day(parsing: "2023-09-13")!)
        var words = 0, docs = 0, events = 0, bytes = 0, problems = 0
        var sink = [UInt8]()
        var batch = [Document]()
        func flush() {
            coder.code(&batch, jobs: jobs)
            for doc in batch {
                docs += 1
                bytes += doc.bytes.count
                events += doc.events.count
                for t in doc.tokens where t.kind == .word { words += 1 }
                sink.removeAll(keepingCapacity: true)
                OutputFormat.jsonl.write(doc, lexicon: lexicon, quotes: false, into: &sink)
            }
            batch.removeAll(keepingCapacity: true)
        }
        let t1 = Date()
        reader.read(path: path, format: nil, each: { doc in
            batch.append(doc)
            if batch.count >= 64 * max(1, jobs) { flush() }
        }, problem: { _ in problems += 1 })
        flush()
        let seconds = Date().timeIntervalSince(t1)
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        print("dictionaries: \(lexicon.vocabulary.count) words, \(lexicon.actors.entries.count) actors, "
              + "\(lexicon.patterns.count) patterns, loaded in \(f(loadTime * 1000)) ms, peak RSS \(f(rssAfterLoad)) MB")
        print("corpus: \(f(Double(bytes) / 1_000_000)) MB, \(docs) documents, \(words) words\(problems > 0 ? ", \(problems) input problems" : "")")
        print("coded in \(f(seconds)) s on \(jobs == 1 ? "one core" : "\(jobs) threads"): \(Int(Double(words) / seconds)) words/s, "
              + "\(f(Double(bytes) / 1_000_000 / seconds)) MB/s, \(Int(Double(docs) / seconds)) documents/s, \(events) events")
        print("peak RSS: \(f(peakRSS())) MB")
    }

    func runStore() throws {
        let lexicon = try dictionaryOptions.loadLexicon()
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-bench-\(getpid())")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }

        // Ingest: articles of ~500 words made from the seed's sentences.
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        let sentences = text.split(separator: "\n").map(String.init)
        let corpus = tmp.appendingPathComponent("articles.jsonl")
        var lines = [String]()
        var state: UInt64 = 11
        for i in 0..<articles {
            var body = [String]()
            var words = 0
            while words < 500 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let s = sentences[Int(state >> 33) % sentences.count]
                body.append(s)
                words += s.split(separator: " ").count
            }
            let escaped = body.joined(separator: " ").replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            lines.append("{\"id\":\"a\(i)\",\"date\":\"2023-09-\(10 + i % 20)\",\"text\":\"\(escaped)\"}")
        }
        try lines.joined(separator: "\n").write(to: corpus, atomically: true, encoding: .utf8)
        let ingestStore = try EventStore(path: tmp.appendingPathComponent("ingest.db").path, cameo: lexicon.cameo)
        let t0 = Date()
        let summary = try Ingester(coder: Coder(lexicon: lexicon), store: ingestStore, defaultDate: Day.today())
            .run(paths: [corpus.path]) { _ in }
        let ingestSeconds = Date().timeIntervalSince(t0)
        print("ingest: \(summary.stored) articles of ~500 words in \(f(ingestSeconds)) s: "
              + "\(Int(Double(summary.stored) / ingestSeconds)) articles/s, \(summary.events) events, one core")

        // Queries on a synthetic store.
        let queryStore = try EventStore(path: tmp.appendingPathComponent("query.db").path, cameo: lexicon.cameo)
        let t1 = Date()
        try StoreBenchmark.fillSynthetic(queryStore, count: events, cameo: lexicon.cameo)
        print("synthetic store: \(events) events written in \(f(Date().timeIntervalSince(t1))) s")
        for t in try StoreBenchmark.timeQueries(queryStore) {
            print("  \(t.name): \(String(format: "%.2f", t.milliseconds)) ms, \(t.rows) rows")
        }
        print("peak RSS: \(f(peakRSS())) MB")
    }

    /// Peak resident memory of this process, in MB.
    func peakRSS() -> Double {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Documents of 8–20 sentences drawn from the seed text with a fixed pseudo-random sequence.
    func writeSynthetic(to path: String) throws {
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        let sentences = text.split(separator: "\n").flatMap { $0.split(separator: ".", omittingEmptySubsequences: true) }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 20 }
        guard !sentences.isEmpty else { throw ValidationError("no sentences in \(seed)") }
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw ValidationError("cannot write \(path)") }
        defer { try? handle.close() }
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var written = 0
        var n = 0
        var chunk = ""
        while written < sizeMb * 1_000_000 {
            n += 1
            let count = 8 + next() % 13
            let body = (0..<count).map { _ in sentences[next() % sentences.count] + "." }.joined(separator: " ")
            let escaped = body.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            chunk += "{\"id\":\"bench-\(n)\",\"date\":\"2023-09-13\",\"text\":\"\(escaped)\"}\n"
            if chunk.utf8.count > 1 << 20 {
                written += chunk.utf8.count
                handle.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        handle.write(Data(chunk.utf8))
    }
}
