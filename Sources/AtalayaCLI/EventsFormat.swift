import ArgumentParser
import AtalayaStore

/// What `atalaya events` writes: the formats for reading on a terminal or in a spreadsheet.
enum EventsFormat: String, CaseIterable, ExpressibleByArgument {
    case table, jsonl, csv, tsv

    var stored: StoredEventFormat { StoredEventFormat(rawValue: rawValue)! }
}
