import ArgumentParser
import Atalaya
import AtalayaStore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts by root code and quad class, top actors and dyads, events per day.",
        discussion: "Events are distinct (date, source, target, code); mentions are the sentences that report them."
    )

    @Option(help: "How many top actors and dyads.") var top = 10
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var codeTables: CodeTableOptions

    func validate() throws {
        if top < 0 { throw ValidationError("--top \(top): a count is 0 or more") }
    }

    func run() throws {
        let codes = try codeTables.load()
        try StoreOptions.reporting {
            var out = StandardOutput()
            out.write(try StoreStats(try storeOptions.open(cameo: codes.events, access: .read), top: top).text)
            try out.finish()
        }
    }
}
