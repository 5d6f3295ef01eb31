import Atalaya

/// Phoenix event data rows (the Open Event Data Alliance's Phoenix format), 26 tab-separated
/// columns in Phoenix's order. PentaClass: 0 statements and appeals, 1 verbal cooperation,
/// 2 material cooperation, 3 verbal conflict, 4 material conflict.
public enum PhoenixRow {
    public static let columns = [
        "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
        "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
        "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
        "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
    ]

    public static func fields(_ e: StoredEvent, _ m: EventMention?, agents: Set<String>) -> [String] {
        let parts = e.date.split(separator: "-").map(String.init)
        let root = Int(e.root) ?? 0
        let penta = root <= 2 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4
        func actor(_ code: String) -> [String] {
            let c = ActorCode(code, agents: agents), parts = c.parts
            return [code, c.isState || c.isOrganization ? c.root : "", parts.first ?? "", parts.dropFirst().joined(separator: ";")]
        }
        return [String(e.id), parts.joined(), parts.count > 0 ? parts[0] : "", parts.count > 1 ? parts[1] : "", parts.count > 2 ? parts[2] : ""]
            + actor(e.source) + actor(e.target)
            + [e.code, e.root, String(penta), String(e.goldstein), "",
               m?.locationLat.map { String($0) } ?? "", m?.locationLon.map { String($0) } ?? "", m?.locationName ?? "", "",
               m?.locationCountry ?? "", m.map { "\($0.docId)-\($0.sentence)" } ?? "", m?.url ?? "", ""]
    }
}
