/// The ways `atalaya code` writes what it found.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// One event a line, JSON (the default).
    case jsonl
    /// Every actor mention, one a line, JSON.
    case mentions
    /// Phoenix's 26 tab-separated columns with a header, as `export --format phoenix`; negated
    /// events are left out (Phoenix has no column for them).
    case tsv
    /// PLOVER JSON records with actor and recipient lists.
    case plover
    /// Readable text: sentences, actors, verbs, patterns, events and why.
    case explain

    /// Writes one coded document.
    public func write(_ doc: Document, lexicon: Lexicon, quotes: Bool, into out: inout [UInt8]) {
        switch self {
        case .jsonl: EventJSON(lexicon: lexicon).write(doc, quotes: quotes, into: &out)
        case .mentions: MentionJSON().write(doc, into: &out)
        case .tsv: PhoenixTSV(lexicon: lexicon).write(doc, into: &out)
        case .plover: PloverJSON(lexicon: lexicon).write(doc, into: &out)
        case .explain: Explanation(lexicon: lexicon).write(doc, into: &out)
        }
    }

    /// Written once before the first document (a header line), if the format has one.
    public var header: String? {
        self == .tsv ? PhoenixTSV.columns.joined(separator: "\t") + "\n" : nil
    }
}
