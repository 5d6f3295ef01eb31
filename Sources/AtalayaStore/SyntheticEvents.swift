import Atalaya

/// Made-up events for the store benchmark (`atalaya bench --store`): `count` distinct events over
/// two years (2024–2025), between 30 countries with 10 kinds of agent, with every CAMEO code, each
/// with one mention at one of 500 places. The same seed draws the same events, so the SQLite and
/// PostgreSQL stores are measured on the same data.
///
/// ```swift
/// var events = SyntheticEvents(cameo: lexicon.cameo, count: 1000)
/// while let e = events.next() { print(e.key, e.place) }
/// ```
public struct SyntheticEvents {
    static let countries = ["USA", "RUS", "CHN", "UKR", "ISR", "PSE", "IRN", "IRQ", "SYR", "COL", "VEN", "MEX", "BRA", "ARG", "FRA",
                            "DEU", "GBR", "ESP", "TUR", "PRK", "KOR", "JPN", "IND", "PAK", "AFG", "EGY", "SAU", "NGA", "ZAF", "CUB"]
    static let agents = ["", "GOV", "MIL", "COP", "REB", "OPP", "CVL", "JUD", "LEG", "MED"]
    static let places = 500
    static let days = 730
    public static let text = "A synthetic sentence of the benchmark store."

    /// One drawn event and its mention's place.
    public struct Event {
        public var key: EventKey
        public var root: String, quad: Int, goldstein: Double
        public var mentions: Int, documents: Int
        public var sourceRoot: String, targetRoot: String
        public var placeName: String, placeCountry: String, lat: Double, lon: Double
    }

    let codes: [(code: String, quad: Int, goldstein: Double)]
    let start = Day(parsing: "2024-01-01")!
    var random = SeededRandom(seed: 7)
    var left: Int
    /// Events drawn so far, packed (day, source, target, code), to skip a draw of one already made.
    var seen = Set<UInt64>()

    public init(cameo: CameoTable, count: Int) {
        codes = cameo.all.map { ($0.code, $0.quad, $0.goldstein) }
        left = count
    }

    /// The next distinct event; nil after `count`. A draw that repeats an event is made again.
    public mutating func next() -> Event? {
        while left > 0 {
            let c = random.next(below: codes.count)
            let n = 1 + random.next(below: 5)
            let (s, sa) = (random.next(below: Self.countries.count), random.next(below: Self.agents.count))
            let (t, ta) = (random.next(below: Self.countries.count), random.next(below: Self.agents.count))
            let day = random.next(below: Self.days)
            let documents = 1 + random.next(below: n)
            let packed = UInt64(day) << 40 | UInt64(s * 10 + sa) << 28 | UInt64(t * 10 + ta) << 16 | UInt64(c)
            guard seen.insert(packed).inserted else { continue }
            left -= 1
            let code = codes[c]
            let source = ActorCode(root: Self.countries[s], parts: [Self.agents[sa]])
            let target = ActorCode(root: Self.countries[t], parts: [Self.agents[ta]])
            let place = random.next(below: Self.places)
            return Event(key: EventKey(date: start.adding(days: day).description, source: source.description,
                                       target: target.description, code: code.code),
                         root: String(code.code.prefix(2)), quad: code.quad, goldstein: code.goldstein, mentions: n,
                         documents: documents, sourceRoot: source.indexKey, targetRoot: target.indexKey,
                         placeName: "Place \(place)", placeCountry: Self.countries[place % Self.countries.count],
                         lat: Double(place % 140) - 60 + 0.5, lon: Double(place * 7 % 340) - 170 + 0.5)
        }
        return nil
    }
}
