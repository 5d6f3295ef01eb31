import ArgumentParser
import AtalayaStore

/// What `atalaya export` writes: the formats for other programs (no terminal table).
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case gdelt, phoenix, plover, jsonl, csv, tsv
    /// The analysts' reviews as gold JSONL for `atalaya eval` (not a format of events).
    case gold

    /// The event format; nil for `gold`.
    var stored: StoredEventFormat? { StoredEventFormat(rawValue: rawValue) }
}
