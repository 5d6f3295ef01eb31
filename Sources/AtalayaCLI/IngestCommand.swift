import ArgumentParser
import Atalaya
import AtalayaStore
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Code news into the event store (SQLite).",
        discussion: """
            Takes text files, folders (recursively), JSONL documents and RSS 2.0 / Atom feeds saved as files. \
            A document already stored (same id, or same content when it has none) is skipped, so running \
            the same ingest twice changes nothing, and a run that was killed completes where it stopped. \
            Documents that fail are recorded with their error; the exit status is 1 when any failed.
            """
    )

    @Argument(help: "Files and folders to ingest.") var paths: [String]
    @OptionGroup var dateOption: DateOption
    @Option(help: "Documents per transaction.") var batch = 200
    @Option(help: "Threads that code documents.") var jobs = 1
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        let day = try dateOption.day(noteWhenMissing: false)
        let lexicon = try dictionaryOptions.loadLexicon()
        let store = try storeOptions.open(cameo: lexicon.cameo)
        var ingester = Ingester(coder: Coder(lexicon: lexicon), store: store, defaultDate: day)
        ingester.batchSize = max(1, batch)
        ingester.jobs = max(1, jobs)
        let terminal = isatty(2) != 0
        let start = Date()
        var lastLine = start
        let summary = try ingester.run(paths: paths) { p in
            let elapsed = Date().timeIntervalSince(start)
            let rate = elapsed > 0 ? Double(p.documents) / elapsed : 0
            let fraction = p.bytesTotal > 0 ? min(1, Double(p.bytesDone) / Double(p.bytesTotal)) : 0
            let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
            let status = "\(p.documents) documents, \(Int(rate)) docs/s, \(p.events) events, \(p.stored) stored, "
                + "\(p.skipped) skipped, \(p.failed) failed, ETA \(Self.clock(eta))"
            if terminal {
                let width = 24
                let done = Int(fraction * Double(width))
                let bar = String(repeating: "█", count: done) + String(repeating: "░", count: width - done)
                StandardOutput.raw("\r\(bar) \(Int(fraction * 100))% \(status)   ")
            } else if Date().timeIntervalSince(lastLine) >= 5 {
                lastLine = Date()
                StandardOutput.raw("ingest: \(status)\n")
            }
        }
        if terminal { StandardOutput.raw("\n") }
        let seconds = Date().timeIntervalSince(start)
        print("ingested into \(storeOptions.db): \(summary.documents) documents read, \(summary.stored) coded and stored, "
              + "\(summary.skipped) skipped (already stored), \(summary.failed) failed; \(summary.events) events; "
              + String(format: "%.1f s, %.0f documents/s", seconds, Double(summary.documents) / max(seconds, 0.001)))
        for f in summary.failures.prefix(50) { StandardOutput.error(f) }
        if summary.failures.count > 50 { StandardOutput.error("… and \(summary.failures.count - 50) more failures") }
        if !summary.failures.isEmpty { throw ExitCode(1) }
    }

    static func clock(_ s: Double) -> String {
        let t = Int(s.rounded())
        return t >= 3600 ? String(format: "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60) : String(format: "%d:%02d", t / 60, t % 60)
    }
}
