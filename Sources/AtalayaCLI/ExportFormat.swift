import ArgumentParser
import AtalayaStore

/// What `atalaya export` writes: the formats for other programs (no terminal table).
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case gdelt, phoenix, plover, jsonl, csv, tsv

    var stored: StoredEventFormat { StoredEventFormat(rawValue: rawValue)! }
}
