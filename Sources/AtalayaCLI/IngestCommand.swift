import ArgumentParser
import Atalaya
import AtalayaStore
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Code news into the event store (SQLite, or PostgreSQL for several workers).",
        discussion: """
            Takes text files, folders (recursively), JSONL documents and RSS 2.0 / Atom feeds saved as \
            files. A document already stored (same id, or same content when it has none) is skipped, so \
            running the same ingest twice changes nothing, and a run that was killed completes where it \
            stopped. Documents that fail are recorded with their error; the exit status is 1 when any \
            failed, 2 when the store cannot be used (not an Atalaya store, a lock held past 60 s). Two \
            ingests on one SQLite store take turns; on a PostgreSQL store (--db postgres://…) any number of \
            ingests, on any machines, share the input: each document is coded by one of them. Folders skip hidden files, *.gold.jsonl and anything not a \
            regular file (reported).
            """
    )

    @Argument(help: "Files and folders to ingest.") var paths: [String]
    @OptionGroup var dateOption: DateOption
    @Option(help: "Documents per transaction.") var batch = Ingester.defaultBatchSize
    @OptionGroup var coding: CodingOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        let day = try dateOption.day(noteWhenMissing: false)
        let lexicon = try dictionaryOptions.loadLexicon()
        try StoreOptions.reporting {
            let store = try storeOptions.open(cameo: lexicon.cameo, access: .write)
            var ingester = Ingester(coder: Coder(lexicon: lexicon), store: store, defaultDate: day)
            ingester.dateGiven = dateOption.date != nil
            ingester.batchSize = max(1, batch)
            ingester.jobs = coding.threads
            ingester.maxDocumentSize = try coding.documentLimit()
            let start = Date()
            let terminal = isatty(2) != 0
            var lastLine = start
            let summary = try ingester.run(paths: paths) { p in
                let line = Self.progress(p, start: start, bar: terminal)
                if terminal {
                    StandardOutput.raw(line)
                } else if Date().timeIntervalSince(lastLine) >= 5 {
                    lastLine = Date()
                    StandardOutput.raw(line)
                }
            }
            if terminal { StandardOutput.raw("\n") }
            let seconds = Date().timeIntervalSince(start)
            print("ingested into \(store.location): \(Self.counts(summary)); "
                  + String(format: "%.1f s, %.0f documents/s", seconds, Double(summary.documents) / max(seconds, 0.001)))
            Self.report(summary.notes.map { "note: " + $0 }, what: "notes")
            Self.report(summary.failures, what: "failures")
            if !summary.failures.isEmpty { throw ExitCode(1) }
        }
    }

    /// The counts as `atalaya stats` names them: documents, events (distinct), mentions.
    static func counts(_ p: Ingester.Progress) -> String {
        "\(p.documents) documents read: \(p.stored) stored, \(p.skipped) skipped (already stored), "
            + (p.busy > 0 ? "\(p.busy) coded by other workers, " : "") + "\(p.failed) failed; "
            + "\(p.events) new events, \(p.mentions) event mentions"
    }

    /// At most 50 lines on stderr, then how many more.
    static func report(_ lines: [String], what: String) {
        for line in lines.prefix(50) { StandardOutput.error(line) }
        if lines.count > 50 { StandardOutput.error("… and \(lines.count - 50) more \(what)") }
    }

    /// A bar to redraw on a terminal, else a line.
    static func progress(_ p: Ingester.Progress, start: Date, bar: Bool) -> String {
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(p.documents) / elapsed : 0
        let fraction = p.bytesTotal > 0 ? min(1, Double(p.bytesDone) / Double(p.bytesTotal)) : 0
        let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let status = "\(Int(rate)) docs/s, \(counts(p)), ETA \(clock(eta))"
        guard bar else { return "ingest: \(status)\n" }
        let width = 24
        let done = Int(fraction * Double(width))
        let drawn = String(repeating: "█", count: done) + String(repeating: "░", count: width - done)
        return "\r\(drawn) \(Int(fraction * 100))% \(status)   "
    }

    static func clock(_ s: Double) -> String {
        let t = Int(s.rounded())
        return t >= 3600 ? String(format: "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60) : String(format: "%d:%02d", t / 60, t % 60)
    }
}
