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
    /// Phoenix (26 columns).
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
        case .phoenix: return PhoenixRow.columns.joined(separator: "\t") + "\n"
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
                return self == .csv ? f.map(Self.csvField).joined(separator: ",") : f.map(Self.tsvField).joined(separator: "\t")
            }.map { $0 + "\n" }.joined()
        case .gdelt:
            return events.map { GDELTRow.fields($0, mentions[$0.id], agents: agents).map(Self.tsvField).joined(separator: "\t") + "\n" }.joined()
        case .phoenix:
            return events.map { PhoenixRow.fields($0, mentions[$0.id], agents: agents).map(Self.tsvField).joined(separator: "\t") + "\n" }.joined()
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

    static func tsvField(_ s: String) -> String {
        s.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) ? String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }) : s
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

    func json(_ events: [StoredEvent], _ mentions: [Int64: EventMention], cameo: CameoTable, agents: Set<String>) -> String {
        var w = JSONWriter()
        for e in events {
            let m = mentions[e.id]
            let info = cameo.info(e.code)
            w.beginObject()
            if self == .plover {
                w.key("id"); w.string(String(e.id))
                w.key("date"); w.string(e.date)
                w.key("event_type"); w.string(info?.ploverEvent ?? "")
                w.key("mode"); w.string(info?.ploverMode ?? "")
                w.key("actor"); w.beginArray(); actor(ActorCode(e.source, agents: agents), m?.sourceText, &w); w.endArray()
                w.key("recipient"); w.beginArray(); if !e.target.isEmpty { actor(ActorCode(e.target, agents: agents), m?.targetText, &w) }; w.endArray()
                w.key("cameo"); w.string(e.code)
                w.key("event_text"); w.string(m?.evidence ?? "")
                w.key("story_id"); w.string(m?.docId ?? "")
            } else {
                w.key("id"); w.int(Int(e.id))
                w.key("doc"); w.string(m?.docId ?? "")
                w.key("sentence"); w.int(m?.sentence ?? 0)
                w.key("date"); w.string(e.date)
                w.key("date_precision"); w.string(m?.datePrecision ?? "day")
                w.key("code"); w.string(e.code)
                w.key("root"); w.string(e.root)
                w.key("quad"); w.int(e.quad)
                w.key("goldstein"); w.double(e.goldstein)
                w.key("source"); span(e.source, m?.sourceText, m?.sourceStart, m?.sourceEnd, &w)
                w.key("target")
                if e.target.isEmpty { w.null() } else { span(e.target, m?.targetText, m?.targetStart, m?.targetEnd, &w) }
                w.key("evidence"); span(nil, m?.evidence, m?.evidenceStart, m?.evidenceEnd, &w)
                w.key("pattern"); w.string(m?.pattern ?? "")
                w.key("negated"); w.bool(false)
                w.key("mode"); w.string(m?.mode)
                w.key("plover")
                if let ev = info?.ploverEvent {
                    w.beginObject(); w.key("event"); w.string(ev); w.key("mode"); w.string(info?.ploverMode); w.endObject()
                } else { w.null() }
                w.key("num_mentions"); w.int(e.numMentions)
                w.key("num_sentences"); w.int(e.numSentences)
                w.key("num_documents"); w.int(e.numDocuments)
                w.key("url"); w.string(m?.url)
            }
            w.key("location")
            if let name = m?.locationName {
                w.beginObject()
                w.key("name"); w.string(name)
                w.key("country"); w.string(m?.locationCountry)
                w.key("lat"); if let v = m?.locationLat { w.double(v) } else { w.null() }
                w.key("lon"); if let v = m?.locationLon { w.double(v) } else { w.null() }
                w.endObject()
            } else { w.null() }
            w.endObject()
            w.newline()
        }
        return String(decoding: w.bytes, as: UTF8.self)
    }

    func span(_ code: String?, _ text: String?, _ start: Int?, _ end: Int?, _ w: inout JSONWriter) {
        w.beginObject()
        if let code { w.key("code"); w.string(code) }
        w.key("text"); w.string(text ?? "")
        w.key("start"); if let start { w.int(start) } else { w.null() }
        w.key("end"); if let end { w.int(end) } else { w.null() }
        w.endObject()
    }

    func actor(_ code: ActorCode, _ text: String?, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("code"); w.string(code.description)
        w.key("country"); w.string(code.root)
        w.key("text"); w.string(text ?? "")
        w.endObject()
    }
}
