import ArgumentParser
import Atalaya
import AtalayaPostgres
import AtalayaStore
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure coding speed and memory (build with -c release).",
        discussion: """
            Without --corpus, writes a synthetic JSONL corpus of --size-mb megabytes to a temporary \
            file, made by shuffling the sentences of --seed (default: the repository's example article, \
            Examples/kim-putin-2023-09-13.txt, for Spanish; with --examples, or away from the repository, \
            the example sentences bundled with the dictionaries), then codes it streaming and prints load time, words/s, events and \
            peak memory. --large codes single documents of 1, 4 and 16 MB, as sentences and as one \
            long sentence, and prints the time and peak memory of each (time per MB stays flat when \
            coding is linear). --store measures ingest and queries of the event store instead.
            """
    )

    @Option(help: "A JSONL or text corpus to code instead of the synthetic one.")
    var corpus: String?

    @Option(help: "Size of the synthetic corpus in MB.")
    var sizeMb = 100

    @Option(help: "Text whose sentences make the synthetic input (default: the example article).")
    var seed: String?

    @Flag(help: "Make the synthetic input of the bundled example sentences (one event every 8 words, a stress corpus).")
    var examples = false

    @Option(help: "Threads that code documents (the figures asked of Atalaya are for one).")
    var jobs = 1

    @Flag(help: "Code single large documents (1, 4 and 16 MB) instead of a corpus.")
    var large = false

    @Flag(help: "Measure the store instead: ingest speed, and queries on a synthetic store of --events events.")
    var store = false

    @Option(help: "Events in the synthetic store (with --store).")
    var events = 1_000_000

    @Option(help: "Articles of about 500 words to ingest (with --store).")
    var articles = 5000

    @Option(help: ArgumentHelp("Keep the synthetic store at this new path (with --store), e.g. to load-test atalaya serve on it; with --postgres, keep its query database too.",
                               valueName: "path"))
    var keep: String?

    @Option(help: ArgumentHelp("With --store, measure this PostgreSQL server too (it makes and drops databases atalaya_bench_*).",
                               valueName: "url"))
    var postgres: String?

    @Flag(name: .customLong("skip-sqlite"), help: "With --store --postgres, measure PostgreSQL only.")
    var skipSQLite = false

    @Option(name: .customLong("queries-on"),
            help: ArgumentHelp("Time --store's five queries on this existing store (a SQLite file or postgres:// URL), e.g. one kept by --keep or your own.",
                               valueName: "store"))
    var queriesOn: String?

    @OptionGroup var dictionaryOptions: DictionaryOptions

    func validate() throws {
        guard (1...Coder.maxJobs).contains(jobs) else { throw ValidationError("--jobs \(jobs) is not between 1 and \(Coder.maxJobs)") }
        guard sizeMb > 0, sizeMb <= 100_000 else { throw ValidationError("--size-mb \(sizeMb) is not between 1 and 100000") }
        guard (1...100_000_000).contains(events) else { throw ValidationError("--events \(events) is not between 1 and 100000000") }
        if postgres != nil && !store { throw ValidationError("--postgres needs --store") }
        if skipSQLite && postgres == nil { throw ValidationError("--skip-sqlite needs --postgres") }
        if examples && seed != nil { throw ValidationError("--examples goes without --seed") }
        if let queriesOn {
            if store || postgres != nil { throw ValidationError("--queries-on goes without --store and --postgres") }
            if !PostgresURL.names(queriesOn) && !FileManager.default.fileExists(atPath: queriesOn) {
                throw ValidationError("--queries-on \(queriesOn): no such store")
            }
        }
        if let keep {
            guard store else { throw ValidationError("--keep needs --store") }
            guard !FileManager.default.fileExists(atPath: keep) else { throw ValidationError("--keep \(keep): the file exists") }
        }
    }

    func run() throws {
        let t0 = Date()
        let lexicon = try dictionaryOptions.loadLexicon()
        let loadTime = Date().timeIntervalSince(t0)
        print("dictionaries: \(lexicon.vocabulary.count) words, \(lexicon.actors.entries.count) actors, "
              + "\(lexicon.patterns.count) patterns, loaded in \(Self.f(loadTime * 1000)) ms, peak RSS \(Self.f(Self.peakRSS())) MB")
        if store { return try runStore(lexicon) }
        if let queriesOn { return try StoreBench.timeQueries(on: queriesOn, cameo: lexicon.cameo) }
        let sentences = try corpus == nil || large ? BenchCorpus(seed: seed, examples: examples, lexicon: lexicon) : nil
        if large { return runLarge(lexicon, sentences!) }
        var path = corpus
        if path == nil {
            let p = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-bench-\(getpid()).jsonl").path
            try sentences!.writeJSONL(to: p, megabytes: sizeMb)
            print("synthetic corpus: the sentences of \(sentences!.source), shuffled")
            path = p
        }
        defer { if corpus == nil, let p = path { try? FileManager.default.removeItem(atPath: p) } }
        try runCorpus(lexicon, path: path!)
    }

    func runCorpus(_ lexicon: Lexicon, path: String) throws {
        let reader = DocumentReader(defaultDate: Day(parsing: "2023-09-13")!)
        var pipe = CodingPipe<Void>(coder: Coder(lexicon: lexicon), jobs: jobs)
        var words = 0, docs = 0, events = 0, bytes = 0, problems = 0
        var sink = [UInt8]()
        let count: ([Document]) -> Void = { batch in
            for doc in batch {
                docs += 1
                bytes += doc.bytes.count
                events += doc.events.count
                for t in doc.tokens where t.kind == .word { words += 1 }
                sink.removeAll(keepingCapacity: true)
                OutputFormat.jsonl.write(doc, lexicon: lexicon, quotes: false, into: &sink)
            }
        }
        let t1 = Date()
        reader.read(path: path, format: nil, each: { pipe.add($0, deliver: count) }, problem: { _ in problems += 1 })
        pipe.finish(deliver: count)
        let seconds = Date().timeIntervalSince(t1)
        let f = Self.f
        print("corpus: \(f(Double(bytes) / 1_000_000)) MB, \(docs) documents, \(words) words\(problems > 0 ? ", \(problems) input problems" : "")")
        print("coded in \(f(seconds)) s on \(jobs == 1 ? "one core" : "\(jobs) threads"): \(Int(Double(words) / seconds)) words/s, "
              + "\(f(Double(bytes) / 1_000_000 / seconds)) MB/s, \(Int(Double(docs) / seconds)) documents/s, \(events) events")
        print("peak RSS: \(f(Self.peakRSS())) MB")
    }

    /// One document at a time, smallest first, so the peak after each is that document's.
    func runLarge(_ lexicon: Lexicon, _ corpus: BenchCorpus) {
        let coder = Coder(lexicon: lexicon)
        let day = Day(parsing: "2023-09-13")!
        for oneSentence in [false, true] {
            for mb in [1, 4, 16] {
                var doc = Document(id: "large", date: day, text: corpus.text(bytes: mb * 1_000_000, oneSentence: oneSentence))
                let t = Date()
                coder.code(&doc)
                var out = [UInt8]()
                OutputFormat.explain.write(doc, lexicon: lexicon, quotes: true, into: &out)
                let seconds = Date().timeIntervalSince(t)
                print("\(mb) MB \(oneSentence ? "as one sentence" : "of sentences"): \(doc.sentences.count) sentences, "
                      + "\(doc.events.count) events, coded and explained in \(Self.f(seconds)) s "
                      + "(\(Self.f(seconds / Double(mb))) s/MB), peak RSS \(Self.f(Self.peakRSS())) MB")
            }
        }
    }

    func runStore(_ lexicon: Lexicon) throws {
        try StoreBench(lexicon: lexicon, seed: seed, articles: articles, events: events, keep: keep, postgres: postgres,
                       skipSQLite: skipSQLite).run()
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }

    /// Peak resident memory of this process, in MB.
    static func peakRSS() -> Double {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
