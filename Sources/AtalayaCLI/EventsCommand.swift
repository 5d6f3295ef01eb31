import ArgumentParser
import Atalaya
import AtalayaStore
import Foundation

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Query the stored events.",
        discussion: """
            On a terminal the default is an aligned table of 50 events; elsewhere jsonl of all matching events. \
            The store is opened read-only; a missing --db is an error (nothing is created).
            """
    )

    @OptionGroup var filters: EventFilterOptions
    @Option(help: "At most this many events (default: 50 for a table on a terminal, else all).") var limit: Int?
    @Option(help: "table, jsonl, csv or tsv (default: table on a terminal, else jsonl).") var format: EventsFormat?
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var codeTables: CodeTableOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit \(limit): a limit is 0 or more") }
    }

    func run() throws {
        let terminal = isatty(1) != 0
        let format = (self.format ?? (terminal ? .table : .jsonl)).stored
        let codes = try codeTables.load()
        try StoreOptions.reporting {
            let store = try storeOptions.open(cameo: codes.events, access: .read)
            let events = try filters.query(limit: limit ?? (terminal && self.format == nil ? 50 : nil)).fetch(store)
            let mentions = try EventMention.first(of: events, in: store)
            var out = StandardOutput()
            if let header = format.header { out.write(header) }
            out.write(format.render(events, mentions, cameo: codes.events, agents: codes.agents))
            try out.finish()
        }
    }
}
