import ArgumentParser
import Atalaya
import AtalayaStore
import AtalayaWatch
import Dispatch
import Foundation

/// `atalaya watch`: polls feeds and ingests their new items. A synchronous command that runs its
/// loop on Swift's concurrency pool and waits for it, as `serve` does (the root command stays
/// synchronous for the others).
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Polls RSS and Atom feeds over HTTP and ingests their new items, each once.",
        discussion: "Each round fetches every feed with the validators it gave last time (ETag, Last-Modified, kept in the store), "
            + "so an unchanged feed answers 304 and costs nothing; items are stored once however many fetches carry them. "
            + "One line per feed and round on stderr. Stop with Ctrl-C: every batch is its own transaction."
    )

    @Argument(help: "Feed URLs (http or https).") var urls: [String] = []
    @Option(help: ArgumentHelp("A file of feed URLs, one a line (# comments).", valueName: "path")) var feeds: String?
    @Option(help: ArgumentHelp("Time between rounds: 30s, 10m, 1h.", valueName: "duration")) var every = "10m"
    @Flag(help: "One round, then exit (status 1 when a feed failed).") var once = false
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var dateOption: DateOption
    @OptionGroup var dictionaries: DictionaryOptions

    func validate() throws {
        guard Self.seconds(every) != nil else { throw ValidationError("--every \(every): a number and s, m or h (30s, 10m, 1h), at least 1s") }
        for url in urls where !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            throw ValidationError("\(url): a feed URL starts with http:// or https://")
        }
        if urls.isEmpty && feeds == nil { throw ValidationError("give feed URLs, or --feeds FILE") }
    }

    /// "30s", "10m", "1h" in seconds.
    static func seconds(_ text: String) -> Int? {
        guard let unit = text.last, let n = Int(text.dropLast()), n > 0 else { return nil }
        switch unit {
        case "s": return n
        case "m": return n * 60
        case "h": return n * 3600
        default: return nil
        }
    }

    func run() throws {
        let list = try feedList()
        let lexicon = try dictionaries.loadLexicon()
        var store: EventStore!
        try StoreOptions.reporting {
            store = try EventStore(path: storeOptions.sqlitePath(for: "atalaya watch"), cameo: lexicon.cameo, access: .write)
        }
        var watcher = FeedWatcher(coder: Coder(lexicon: lexicon), store: store, defaultDate: try dateOption.day(noteWhenMissing: false))
        watcher.client = FeedWatcher.failFastClient()
        let (once, pause) = (self.once, UInt64(Self.seconds(every)!))
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failed = false
        Task {
            repeat {
                for url in list { failed = Self.report(url, await watcher.poll(url)) || failed }
                if !once { try? await Task.sleep(nanoseconds: pause * 1_000_000_000) }
            } while !once
            try? await watcher.client.shutdown()
            done.signal()
        }
        done.wait()
        if failed { throw ExitCode(1) }
    }

    /// One line for a feed's poll; whether it failed.
    static func report(_ url: String, _ poll: FeedWatcher.Poll) -> Bool {
        switch poll {
        case .unchanged:
            StandardOutput.error("\(url): not modified")
        case let .stored(p):
            StandardOutput.error("\(url): \(p.documents) items: \(p.stored) new, \(p.skipped) already stored, \(p.failed) failed; "
                                 + "\(p.events) new events, \(p.mentions) event mentions")
            for line in p.failures.prefix(20) { StandardOutput.error("  \(line)") }
            return p.failed > 0
        case let .failed(reason):
            StandardOutput.error("\(url): failed: \(reason)")
            return true
        }
        return false
    }

    /// The URLs given and those of `--feeds`.
    func feedList() throws -> [String] {
        var list = urls
        if let feeds {
            guard let text = try? String(contentsOfFile: feeds, encoding: .utf8) else { throw ValidationError("--feeds \(feeds): cannot be read") }
            for (line, url) in ListFile.entries(text) {
                guard url.hasPrefix("http://") || url.hasPrefix("https://") else {
                    throw ValidationError("\(feeds):\(line): a feed URL starts with http:// or https://")
                }
                list.append(url)
            }
        }
        return list
    }
}
