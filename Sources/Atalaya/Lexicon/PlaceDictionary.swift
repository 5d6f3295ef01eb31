/// Places for event locations: countries, GeoNames cities and landmarks, compiled into a trie.
///
/// Several places may share a name ("Córdoba"): all are kept, and `resolve` picks the one in
/// the story's country, else the most populous.
public struct PlaceDictionary: Sendable {
    public private(set) var places: [Place] = []
    /// Places that share a name form a chain: `next[i]` is the next place with the name of place `i`.
    private var next: [Int32] = []
    /// Filled as places are read: each name leads to the last place read with it.
    public private(set) var trie: PhraseTrie
    /// The codes of the countries among the places (not regions, not organisations).
    public private(set) var countryCodes = Set<String>()

    init(vocabularySize: Int) { trie = PhraseTrie(vocabularySize: vocabularySize) }

    mutating func add(_ place: Place, words: [Int32]) {
        guard !words.isEmpty else { return }
        let index = Int32(places.count)
        if place.isCountry { countryCodes.insert(place.country) }
        places.append(place)
        next.append(trie.insert(words, value: index))
    }

    /// Whether `code` is a country's (RUS), not a region's (CRB, LAM).
    ///
    /// ```swift
    /// lexicon.places.isCountryCode("RUS")  // true
    /// ```
    public func isCountryCode(_ code: String) -> Bool { countryCodes.contains(code) }

    /// At most how many names a file of places holds: one a line, one more for each `|`.
    static func maxNames(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 1
        for c in bytes where c == 0x0A || c == UInt8(ascii: "|") { n += 1 }
        return n
    }

    /// Room for `names` more names and words up to `vocabularySize`, so that loading never grows
    /// (and copies) the tables.
    mutating func reserve(names: Int, vocabularySize: Int) {
        places.reserveCapacity(places.count + names)
        next.reserveCapacity(next.count + names)
        trie.reserve(vocabularySize: vocabularySize, phrases: names)
    }

    /// Reads `names (|-separated, the first is the place's name) <TAB> country <TAB> lat <TAB> lon <TAB> population` rows.
    /// Parsed on bytes, one string made per place: the gazetteer has tens of thousands of rows.
    /// `phrase` fills its array with the word ids of a name.
    mutating func load(_ path: String, bytes: UnsafeBufferPointer<UInt8>, phrase: (UnsafeBufferPointer<UInt8>, inout [Int32]) -> Void) throws {
        var countries = [UInt32: String]()  // share one string per country code
        var words = [Int32]()
        try DataFile.forEachRow(bytes) { line, f in
            guard f.count >= 4, f[1].count == 3, let lat = DataFile.number(f[2]), let lon = DataFile.number(f[3]) else {
                throw LexiconError(file: path, line: line, message: "expected: name, country (alpha-3), lat, lon, population")
            }
            let key = UInt32(f[1][0]) << 16 | UInt32(f[1][1]) << 8 | UInt32(f[1][2])
            let country: String
            if let known = countries[key] {
                country = known
            } else {
                country = String(decoding: f[1], as: UTF8.self)
                countries[key] = country
            }
            let population = f.count > 4 ? Int(DataFile.number(f[4]) ?? 0) : 0
            addNames(f[0], words: &words, phrase: phrase) {
                Place(name: $0, country: country, lat: lat, lon: lon, population: population, isCountry: false)
            }
        }
    }

    /// Adds the place `make` makes of the first of the `|`-separated `names` under each of them.
    private mutating func addNames(_ names: UnsafeBufferPointer<UInt8>, words: inout [Int32],
                                   phrase: (UnsafeBufferPointer<UInt8>, inout [Int32]) -> Void, make: (String) -> Place) {
        var a = 0
        while a < names.count && names[a] == UInt8(ascii: "|") { a += 1 }
        var e = a
        while e < names.count && names[e] != UInt8(ascii: "|") { e += 1 }
        guard e > a else { return }
        let place = make(String(decoding: UnsafeBufferPointer(rebasing: names[a..<e]), as: UTF8.self))
        while a < names.count {
            e = a
            while e < names.count && names[e] != UInt8(ascii: "|") { e += 1 }
            if e > a {
                let name = UnsafeBufferPointer(rebasing: names[a..<e])
                if Self.isValidUTF8(name) {
                    phrase(name, &words)
                } else {
                    // Read as its string spells it, each bad sequence a U+FFFD.
                    var repaired = String(decoding: name, as: UTF8.self)
                    repaired.withUTF8 { phrase($0, &words) }
                }
                add(place, words: words)
            }
            a = e + 1
        }
    }

    /// Whether `b` is valid UTF-8; ASCII and two-byte letters ("São") checked here, the rest by the library.
    private static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                i += 1
            } else if c >= 0xC2 && c <= 0xDF && i + 1 < b.count && b[i + 1] & 0xC0 == 0x80 {
                i += 2
            } else {
                return String(validating: b, as: UTF8.self) != nil
            }
        }
        return true
    }

    /// The place a trie value stands for: one in the story's country, else the most populous.
    public func resolve(_ value: Int32, country: String?) -> Place {
        var best = value
        var i = value
        while i >= 0 {
            let p = places[Int(i)]
            if let country, p.country == country { return p }
            if p.population > places[Int(best)].population { best = i }
            i = next[Int(i)]
        }
        return places[Int(best)]
    }
}
