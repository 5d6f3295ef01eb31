/// `--format tsv` (and `atalaya export --format phoenix`): Phoenix event data rows (the Open Event
/// Data Alliance's Phoenix format), 26 tab-separated columns in Phoenix's order, after a header.
/// PentaClass: 0 statements and appeals, 1 verbal cooperation, 2 material cooperation, 3 verbal
/// conflict, 4 material conflict. Phoenix has no column for negation, so negated events ("no
/// condenó") are not written: every row is an event that happened (as the store keeps them).
///
/// ```swift
/// var out = Array(OutputFormat.tsv.header!.utf8)
/// PhoenixTSV(lexicon: lexicon).write(doc, into: &out)
/// ```
public struct PhoenixTSV: Sendable {
    public let lexicon: Lexicon

    public static let columns = [
        "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
        "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
        "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
        "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
    ]

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func write(_ doc: Document, into out: inout [UInt8]) {
        for (i, e) in doc.events.enumerated() where !e.negated {
            let r = EventRecord(doc, event: i, cameo: lexicon.cameo, codePoints: nil)
            out.append(contentsOf: TabSeparated.line(Self.fields(r, agents: lexicon.cameoAgents)).utf8)
        }
    }

    /// The 26 fields of one event; `agents` are the CAMEO agent codes (to tell "CVL" from a country).
    public static func fields(_ r: EventRecord, agents: Set<String>) -> [String] {
        let parts = r.date.split(separator: "-").map(String.init)
        let root = Int(r.root) ?? 0
        let penta = root <= 2 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4
        func actor(_ code: String) -> [String] {
            let c = ActorCode(code, agents: agents), parts = c.parts
            return [code, c.isState || c.isOrganization ? c.root : "", parts.first ?? "", parts.dropFirst().joined(separator: ";")]
        }
        let l = r.location
        return [r.id, parts.joined(), parts.count > 0 ? parts[0] : "", parts.count > 1 ? parts[1] : "", parts.count > 2 ? parts[2] : ""]
            + actor(r.source.code ?? "") + actor(r.target?.code ?? "")
            + [r.code, r.root, String(penta), r.goldstein.map { String($0) } ?? "", "",
               l?.lat.map { String($0) } ?? "", l?.lon.map { String($0) } ?? "", l?.name ?? "", "",
               l?.country ?? "", r.doc.isEmpty ? "" : "\(r.doc)-\(r.sentence)", r.url ?? "", ""]
    }
}
