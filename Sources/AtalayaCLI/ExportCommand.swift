import ArgumentParser
import Atalaya
import AtalayaStore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the store, or a filtered part, as GDELT, Phoenix, PLOVER, JSONL or CSV.",
        discussion: """
            gdelt: GDELT 2.0 event table columns (61, tab-separated, no header); phoenix: Phoenix columns with a header. \
            csv: text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading '.
            """
    )

    @Option(help: "gdelt, phoenix, plover, jsonl, csv, tsv or gold (reviews made in atalaya serve, as gold JSONL for atalaya eval).")
    var format: ExportFormat = .jsonl
    @OptionGroup var filters: EventFilterOptions
    @Option(help: "At most this many events (default: all).") var limit: Int?
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var codeTables: CodeTableOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit \(limit): a limit is 0 or more") }
        if format == .gold, limit != nil || filters.query(limit: nil).condition().0 != "" {
            throw ValidationError("--format gold writes every review: no filters or --limit")
        }
    }

    func run() throws {
        let codes = try codeTables.load()
        try StoreOptions.reporting {
            let store = try storeOptions.open(cameo: codes.events, access: .read)
            guard let format = self.format.stored else {
                var out = StandardOutput()
                for line in try GoldExport.lines(store) { out.write(line + "\n") }
                try out.finish()
                return
            }
            let events = try filters.query(limit: limit).fetch(store)
            var out = StandardOutput()
            if let header = format.header { out.write(header) }
            // In chunks, so a large store streams out.
            for start in stride(from: 0, to: events.count, by: 5000) {
                let chunk = Array(events[start..<min(start + 5000, events.count)])
                out.write(format.render(chunk, try EventMention.first(of: chunk, in: store), cameo: codes.events, agents: codes.agents))
            }
            try out.finish()
        }
    }
}
