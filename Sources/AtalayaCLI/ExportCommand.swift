import ArgumentParser
import Atalaya
import AtalayaStore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the store, or a filtered part, as GDELT, Phoenix, PLOVER, JSONL or CSV.",
        discussion: "gdelt: GDELT 2.0 event table columns (61, tab-separated, no header); phoenix: Phoenix columns with a header."
    )

    @Option(help: "gdelt, phoenix, plover, jsonl, csv or tsv.") var format: StoredEventFormat = .jsonl
    @OptionGroup var filters: EventFilterOptions
    @Option(help: "At most this many events.") var limit: Int?
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        guard format != .table else { throw ValidationError("export writes gdelt, phoenix, plover, jsonl, csv or tsv") }
        let codes = try dictionaryOptions.loadCodes()
        let store = try storeOptions.open(cameo: codes.events)
        let events = try filters.query(limit: limit).fetch(store)
        var out = StandardOutput()
        if let header = format.header { out.write(header) }
        // In chunks, so a large store streams out.
        for start in stride(from: 0, to: events.count, by: 5000) {
            let chunk = Array(events[start..<min(start + 5000, events.count)])
            out.write(format.render(chunk, try EventMention.first(of: chunk, in: store), cameo: codes.events, agents: codes.agents))
        }
        out.flush()
    }
}
