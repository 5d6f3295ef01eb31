/// `--format tsv`: Phoenix-style tab-separated events, one a line, after a header.
/// Columns are listed in `columns` and in the README.
public struct PhoenixTSV: Sendable {
    public let lexicon: Lexicon

    public static let columns = [
        "event_id", "date", "year", "month", "day", "source", "source_root", "source_agent",
        "target", "target_root", "target_agent", "code", "root", "quad", "goldstein",
        "lat", "lon", "location", "country", "negated", "mode", "doc", "sentence", "evidence", "url",
    ]

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func write(_ doc: Document, into out: inout [UInt8]) {
        for (i, e) in doc.events.enumerated() {
            let c = e.date.civil
            let info = lexicon.cameo.info(e.code)
            let source = lexicon.actorCode(e.source.code), target = lexicon.actorCode(e.target?.code ?? "")
            let fields: [String] = [
                "\(doc.id)-\(i + 1)", e.date.description.replacingOccurrences(of: "-", with: ""),
                String(c.year), String(c.month), String(c.day),
                source.description, source.root, source.body, target.description, target.root, target.body,
                e.code, e.root, String(info?.quad ?? 0), info.map { String($0.goldstein) } ?? "",
                e.location?.lat.map { String($0) } ?? "", e.location?.lon.map { String($0) } ?? "",
                e.location?.name ?? "", e.location?.country ?? "", e.negated ? "1" : "0", e.mode?.rawValue ?? "",
                doc.id, String(e.sentence + 1), doc.string(tokens: e.evidence), doc.url ?? "",
            ]
            out.append(contentsOf: fields.map(PhoenixTSV.clean).joined(separator: "\t").utf8)
            out.append(0x0A)
        }
    }

    /// Tabs and line breaks inside a field would break the columns.
    static func clean(_ s: String) -> String {
        s.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" })
            ? String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }) : s
    }
}

import Foundation
