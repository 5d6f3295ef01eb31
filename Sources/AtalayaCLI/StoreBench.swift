import Atalaya
import AtalayaPostgres
import AtalayaStore
import Foundation

/// `atalaya bench --store`: ingest speed (articles of ~500 words, coding included) with one and
/// two workers, and the five query times on a synthetic store of `events` events, for SQLite and,
/// with `--postgres URL`, for PostgreSQL (in databases it makes on that server and drops after).
/// For SQLite, two workers are `--jobs 2` (one process codes on two threads; SQLite has one
/// writer); for PostgreSQL, two ingests side by side on the same input.
struct StoreBench {
    let lexicon: Lexicon
    let seed: String?
    let articles: Int
    let events: Int
    let keep: String?
    let postgres: String?
    /// Measure PostgreSQL only (a large synthetic store takes long to make in both).
    let skipSQLite: Bool

    func run() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-bench-\(getpid())")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let corpus = tmp.appendingPathComponent("articles.jsonl").path
        try writeArticles(to: corpus, sentences: BenchCorpus(seed: seed, lexicon: lexicon))
        if !skipSQLite {
            for jobs in [1, 2] {
                let store = try EventStore(path: tmp.appendingPathComponent("ingest\(jobs).db").path, cameo: lexicon.cameo)
                report("SQLite ingest, --jobs \(jobs)", try ingest([store], corpus, jobs: jobs))
            }
            let queryStore = try EventStore(path: keep ?? tmp.appendingPathComponent("query.db").path, cameo: lexicon.cameo)
            try timeQueries("SQLite", queryStore) { try StoreBenchmark.fillSynthetic(queryStore, count: events, cameo: lexicon.cameo) }
        }
        if let postgres { try runPostgres(postgres, corpus: corpus) }
        print("peak RSS: \(BenchCommand.f(BenchCommand.peakRSS())) MB")
    }

    func runPostgres(_ server: String, corpus: String) throws {
        let prefix = "atalaya_bench_\(getpid())_"
        for workers in [1, 2] {
            let url = try PostgresDatabases.create(prefix + "ingest\(workers)", on: server)
            defer { try? PostgresDatabases.drop(prefix + "ingest\(workers)", on: server) }
            let stores = try (0..<workers).map { _ in try PostgresStore(url: url, cameo: lexicon.cameo) }
            report("PostgreSQL ingest, \(workers) worker\(workers == 1 ? "" : "s")", try ingest(stores, corpus, jobs: 1))
        }
        let url = try PostgresDatabases.create(prefix + "query", on: server)
        defer { if keep == nil { try? PostgresDatabases.drop(prefix + "query", on: server) } else { print("kept: \(url)") } }
        let store = try PostgresStore(url: url, cameo: lexicon.cameo)
        try timeQueries("PostgreSQL", store) { try store.fillSynthetic(count: events) }
    }

    /// Ingests `corpus` with one worker per store, side by side; articles stored, events, seconds.
    func ingest(_ stores: [any EventStorage], _ corpus: String, jobs: Int) throws -> (stored: Int, events: Int, seconds: Double) {
        let results = IngestResults(count: stores.count)
        let t0 = Date()
        DispatchQueue.concurrentPerform(iterations: stores.count) { i in
            var ingester = Ingester(coder: Coder(lexicon: lexicon), store: stores[i], defaultDate: Day.today())
            ingester.jobs = jobs
            results.set(i, Result { try ingester.run(paths: [corpus]) { _ in } })
        }
        let seconds = Date().timeIntervalSince(t0)
        let done = try results.all()
        return (done.reduce(0) { $0 + $1.stored }, done.reduce(0) { $0 + $1.events }, seconds)
    }

    func report(_ what: String, _ r: (stored: Int, events: Int, seconds: Double)) {
        print("\(what): \(r.stored) articles of ~500 words in \(BenchCommand.f(r.seconds)) s: "
              + "\(Int(Double(r.stored) / r.seconds)) articles/s, \(r.events) events")
    }

    /// The five queries on an existing store (migrated first, if it needs to be).
    static func timeQueries(on location: String, cameo: CameoTable) throws {
        let store: any EventStorage = PostgresURL.names(location)
            ? try PostgresStore(url: location, cameo: cameo) : try EventStore(path: location, cameo: cameo)
        let stats = try StoreStats(store, top: 0)
        print("\(location): \(stats.events) events")
        for q in try StoreBenchmark.timeQueries(store) {
            print("  \(q.name): \(String(format: "%.2f", q.milliseconds)) ms, \(q.rows) rows")
        }
    }

    func timeQueries(_ name: String, _ store: any EventStorage, fill: () throws -> Void) throws {
        let t = Date()
        try fill()
        print("\(name) synthetic store: \(events) events written in \(BenchCommand.f(Date().timeIntervalSince(t))) s")
        for q in try StoreBenchmark.timeQueries(store) {
            print("  \(q.name): \(String(format: "%.2f", q.milliseconds)) ms, \(q.rows) rows")
        }
    }

    /// Articles of ~500 words made from the corpus sentences, one JSONL line each.
    func writeArticles(to path: String, sentences corpus: BenchCorpus) throws {
        var w = JSONWriter()
        var r = SeededRandom(seed: 11)
        for i in 0..<articles {
            var body = [String]()
            var words = 0
            while words < 500 {
                let s = corpus.sentences[r.next(below: corpus.sentences.count)] + "."
                body.append(s)
                words += s.split(separator: " ").count
            }
            w.beginObject()
            w.key("id"); w.string("a\(i)")
            w.key("date"); w.string("2023-09-\(10 + i % 20)")
            w.key("text"); w.string(body.joined(separator: " "))
            w.endObject()
            w.newline()
        }
        try Data(w.bytes).write(to: URL(fileURLWithPath: path))
    }
}
