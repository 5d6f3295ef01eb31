import Atalaya

/// How `atalaya events` and `atalaya export` write stored events.
public enum StoredEventFormat: String, CaseIterable, Sendable {
    /// Aligned columns, for a terminal.
    case table
    /// One JSON object a line, with the fields of `atalaya code` plus the counts.
    case jsonl
    case csv
    case tsv
    /// GDELT 2.0 event table (61 columns).
    case gdelt
    /// Phoenix (26 columns), as `atalaya code --format tsv` writes them.
    case phoenix
    /// PLOVER JSON records.
    case plover

    static let columns = ["id", "date", "source", "target", "code", "root", "quad", "goldstein", "num_mentions",
                          "num_sentences", "num_documents", "location", "country", "lat", "lon", "doc", "sentence",
                          "url", "source_text", "target_text", "evidence"]

    /// The header line, where the format has one.
    public var header: String? {
        switch self {
        case .csv: return Self.columns.joined(separator: ",") + "\n"
        case .tsv: return Self.columns.joined(separator: "\t") + "\n"
        case .gdelt: return nil  // GDELT files have no header
        case .phoenix: return PhoenixTSV.columns.joined(separator: "\t") + "\n"
        case .table, .jsonl, .plover: return nil
        }
    }

    /// Writes events (with their first mentions) to a string.
    public func render(_ events: [StoredEvent], _ mentions: [Int64: EventMention], cameo: CameoTable, agents: Set<String>) -> String {
        switch self {
        case .table: return table(events, mentions)
        case .jsonl, .plover: return json(events, mentions, cameo: cameo, agents: agents)
        case .csv, .tsv:
            return events.map { e in
                let f = Self.plain(e, mentions[e.id])
                return self == .csv ? f.map(Self.csvField).joined(separator: ",") + "\n" : TabSeparated.line(f)
            }.joined()
        case .gdelt:
            return events.map { TabSeparated.line(GDELTRow.fields($0, mentions[$0.id], agents: agents)) }.joined()
        case .phoenix:
            return events.map { TabSeparated.line(PhoenixTSV.fields(EventRecord($0, mentions[$0.id], cameo: cameo), agents: agents)) }.joined()
        }
    }

    static func plain(_ e: StoredEvent, _ m: EventMention?) -> [String] {
        [String(e.id), e.date, e.source, e.target, e.code, e.root, String(e.quad), String(e.goldstein), String(e.numMentions),
         String(e.numSentences), String(e.numDocuments), m?.locationName ?? "", m?.locationCountry ?? "",
         m?.locationLat.map { String($0) } ?? "", m?.locationLon.map { String($0) } ?? "", m?.docId ?? "",
         m.map { String($0.sentence) } ?? "", m?.url ?? "", m?.sourceText ?? "", m?.targetText ?? "", m?.evidence ?? ""]
    }

    static func csvField(_ s: String) -> String {
        let s = spreadsheetSafe(s)
        return s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// A cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading
    /// `'`, as OWASP advises against CSV injection; numbers ("-5.0") are left as they are.
    static func spreadsheetSafe(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(s) == nil else { return s }
        return "'" + s
    }

    /// Text for a terminal: control characters (C0 but none kept, DEL, C1) and bidirectional
    /// overrides in news text become U+FFFD, so no escape sequence reaches the terminal raw.
    static func visible(_ s: String) -> String {
        func unsafe(_ u: Unicode.Scalar) -> Bool {
            u.value < 0x20 || (0x7F...0x9F).contains(u.value) || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
        }
        guard s.unicodeScalars.contains(where: unsafe) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { out.append(unsafe(u) ? "\u{FFFD}" : u) }
        return String(out)
    }

    func table(_ events: [StoredEvent], _ mentions: [Int64: EventMention]) -> String {
        let head = ["date", "source", "code", "target", "mentions", "docs", "evidence"]
        var rows = [head]
        for e in events {
            let ev = mentions[e.id]?.evidence ?? ""
            rows.append([e.date, e.source, e.code, e.target.isEmpty ? "-" : e.target, String(e.numMentions), String(e.numDocuments),
                         ev.count > 50 ? String(ev.prefix(49)) + "…" : ev].map(Self.visible))
        }
        let widths = head.indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
        return rows.map { r in
            r.indices.map { i in i == r.count - 1 ? r[i] : r[i].padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// `jsonl` and `plover` are written by `atalaya code`'s writers, from `EventRecord`s.
    func json(_ events: [StoredEvent], _ mentions: [Int64: EventMention], cameo: CameoTable, agents: Set<String>) -> String {
        var w = JSONWriter()
        for e in events {
            let r = EventRecord(e, mentions[e.id], cameo: cameo)
            if self == .plover { PloverJSON.write(r, agents: agents, into: &w) } else { EventJSON.write(r, into: &w) }
        }
        return String(decoding: w.bytes, as: UTF8.self)
    }
}
