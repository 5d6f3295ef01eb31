import ArgumentParser
import Atalaya
import AtalayaStore
import Foundation

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Query the stored events.",
        discussion: "On a terminal the default is an aligned table of 50 events; elsewhere jsonl of all matching events."
    )

    @OptionGroup var filters: EventFilterOptions
    @Option(help: "At most this many events.") var limit: Int?
    @Option(help: "table, jsonl, csv or tsv.") var format: StoredEventFormat?
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        let terminal = isatty(1) != 0
        let format = self.format ?? (terminal ? .table : .jsonl)
        guard [.table, .jsonl, .csv, .tsv].contains(format) else {
            throw ValidationError("events writes table, jsonl, csv or tsv; use atalaya export for \(format.rawValue)")
        }
        let codes = try dictionaryOptions.loadCodes()
        let store = try storeOptions.open(cameo: codes.events)
        let events = try filters.query(limit: limit ?? (terminal && self.format == nil ? 50 : nil)).fetch(store)
        let mentions = try EventMention.first(of: events, in: store)
        var out = StandardOutput()
        if let header = format.header { out.write(header) }
        out.write(format.render(events, mentions, cameo: codes.events, agents: codes.agents))
        out.flush()
    }
}
