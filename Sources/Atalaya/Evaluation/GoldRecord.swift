/// A human-coded record: a text with its date and the events a careful coder found in it.
public struct GoldRecord: Sendable {
    public var id: String
    public var date: Day
    public var text: String
    public var events: [GoldEvent]

    public init(id: String, date: Day, text: String, events: [GoldEvent]) {
        self.id = id
        self.date = date
        self.text = text
        self.events = events
    }
}

/// One expected event. Each field lists acceptable values; an empty list, "", "---" or a
/// `~`-only code ("~CVL") names no country, and binds nothing at the dyad level.
public struct GoldEvent: Sendable, Hashable {
    /// CAMEO codes, 2 to 4 digits ("14", "190", "1312"); any of them is right.
    public var codes: [String]
    public var source: [String]
    public var target: [String]
    public var tier: String?

    public init(codes: [String], source: [String], target: [String], tier: String? = nil) {
        self.codes = codes
        self.source = source
        self.target = target
        self.tier = tier
    }

    /// The same event seen from the other side, for reciprocal gold.
    public var reversed: GoldEvent { GoldEvent(codes: codes, source: target, target: source, tier: tier) }

    /// "140_Engage_in_political_dissent" → "140"; "18/19/20" → ["18", "19", "20"].
    public static func codes(from raw: String) -> [String] {
        raw.split(whereSeparator: { $0 == "/" || $0 == "|" }).compactMap { part in
            let digits = part.prefix { $0.isNumber }
            return digits.count >= 2 ? String(digits) : nil
        }
    }
}
