/// Places for event locations: countries, GeoNames cities and landmarks, compiled into a trie.
///
/// Several places may share a name ("Córdoba"): all are kept, and `resolve` picks the one in
/// the story's country, else the most populous.
public struct PlaceDictionary: Sendable {
    /// A place as kept: its name in `nameBytes`, its country in `countries`. Compact (tens of
    /// thousands are loaded at start); `place(_:)` makes the `Place` of one on demand.
    private struct Stored {
        var lat = 0.0, lon = 0.0
        var population: Int
        var nameStart: Int32, nameEnd: Int32
        var country: Int32
        var hasCoordinates: Bool, isCountry: Bool
    }

    private var stored: [Stored] = []
    private var nameBytes: [UInt8] = []
    private var countries: [String] = []
    private var countryIndex: [String: Int32] = [:]
    /// Per name read (a place may have several): the place it names.
    private var placeOf: [Int32] = []
    /// Places that share a name form a chain: `next[i]` is the next name read like name `i`.
    private var next: [Int32] = []
    /// Filled as places are read: each name leads to the last place read with it.
    public private(set) var trie: PhraseTrie
    /// The codes of the countries among the places (not regions, not organisations).
    public private(set) var countryCodes = Set<String>()
    /// The same for codes of three capitals, indexed by their letters: asked per actor mention,
    /// where hashing a string costs more than the rest of the test.
    private var countryLetters = [Bool](repeating: false, count: 26 * 26 * 26)

    init(vocabularySize: Int) { trie = PhraseTrie(vocabularySize: vocabularySize) }

    /// How many names lead to places.
    ///
    /// ```swift
    /// lexicon.places.count  // about 40,000: GeoNames towns under all their names, and the countries
    /// ```
    public var count: Int { placeOf.count }

    mutating func add(_ place: Place, words: [Int32]) {
        guard !words.isEmpty else { return }
        var name = place.name
        let country = countryID(place.country)
        name.withUTF8 { store(name: $0, country: country, lat: place.lat, lon: place.lon, population: place.population,
                              isCountry: place.isCountry) }
        addName(words: words)
    }

    /// The index of a country code in `countries`, added when new.
    private mutating func countryID(_ country: String) -> Int32 {
        if let known = countryIndex[country] { return known }
        countries.append(country)
        countryIndex[country] = Int32(countries.count - 1)
        return Int32(countries.count - 1)
    }

    /// Keeps a place; its names are added after it by `addName`.
    private mutating func store(name: UnsafeBufferPointer<UInt8>, country c: Int32, lat: Double?, lon: Double?, population: Int,
                                isCountry: Bool) {
        let start = Int32(nameBytes.count)
        nameBytes.append(contentsOf: name)
        stored.append(Stored(lat: lat ?? 0, lon: lon ?? 0, population: population, nameStart: start, nameEnd: Int32(nameBytes.count),
                             country: c, hasCoordinates: lat != nil && lon != nil, isCountry: isCountry))
    }

    /// A name (its word ids) of the place kept last.
    private mutating func addName(words: [Int32]) {
        guard !words.isEmpty else { return }
        let p = stored[stored.count - 1]
        if p.isCountry {
            countryCodes.insert(countries[Int(p.country)])
            if let i = Self.letterIndex(countries[Int(p.country)]) { countryLetters[i] = true }
        }
        placeOf.append(Int32(stored.count - 1))
        next.append(trie.insert(words, value: Int32(placeOf.count - 1)))
    }

    /// The place of stored place `i`.
    private func place(_ i: Int) -> Place {
        let p = stored[i]
        return Place(name: String(decoding: nameBytes[Int(p.nameStart)..<Int(p.nameEnd)], as: UTF8.self),
                     country: countries[Int(p.country)], lat: p.hasCoordinates ? p.lat : nil, lon: p.hasCoordinates ? p.lon : nil,
                     population: p.population, isCountry: p.isCountry)
    }

    /// Whether `code` is a country's (RUS), not a region's (CRB, LAM).
    ///
    /// ```swift
    /// lexicon.places.isCountryCode("RUS")  // true
    /// ```
    public func isCountryCode(_ code: String) -> Bool {
        if let i = Self.letterIndex(code) { return countryLetters[i] }
        return countryCodes.contains(code)
    }

    /// The index of a code of three capitals in `countryLetters`; nil for any other code.
    @inline(__always)
    private static func letterIndex(_ code: String) -> Int? {
        let index = code.utf8.withContiguousStorageIfAvailable { u -> Int? in
            guard u.count == 3, u.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return nil }
            return (Int(u[0]) - 65) * 676 + (Int(u[1]) - 65) * 26 + Int(u[2]) - 65
        }
        return index ?? nil
    }

    /// At most how many names a file of places holds: one a line, one more for each `|`.
    static func maxNames(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 1
        for c in bytes where c == 0x0A || c == UInt8(ascii: "|") { n += 1 }
        return n
    }

    /// Room for `names` more names and words up to `vocabularySize`, so that loading never grows
    /// (and copies) the tables.
    mutating func reserve(names: Int, nameBytes bytes: Int, vocabularySize: Int) {
        stored.reserveCapacity(stored.count + names)
        nameBytes.reserveCapacity(nameBytes.count + bytes)
        placeOf.reserveCapacity(placeOf.count + names)
        next.reserveCapacity(next.count + names)
        trie.reserve(vocabularySize: vocabularySize, phrases: names)
    }

    /// Reads `names (|-separated, the first is the place's name) <TAB> country <TAB> lat <TAB> lon <TAB> population` rows.
    /// Parsed on bytes, no string made: the gazetteer has tens of thousands of rows.
    /// `phrase` fills its array with the word ids of a name.
    mutating func load(_ path: String, bytes: UnsafeBufferPointer<UInt8>, phrase: (UnsafeBufferPointer<UInt8>, inout [Int32]) -> Void) throws {
        var ids = [UInt32: Int32]()  // each country code decoded and looked up once
        var words = [Int32]()
        try DataFile.forEachRow(bytes) { line, f in
            guard f.count >= 4, f[1].count == 3, let lat = DataFile.number(f[2]), let lon = DataFile.number(f[3]) else {
                throw LexiconError(file: path, line: line, message: "expected: name, country (alpha-3), lat, lon, population")
            }
            let key = UInt32(f[1][0]) << 16 | UInt32(f[1][1]) << 8 | UInt32(f[1][2])
            let country: Int32
            if let known = ids[key] {
                country = known
            } else {
                country = countryID(String(decoding: f[1], as: UTF8.self))
                ids[key] = country
            }
            let population = f.count > 4 ? Int(DataFile.number(f[4]) ?? 0) : 0
            addNames(f[0], words: &words, phrase: phrase) {
                $0.store(name: $1, country: country, lat: lat, lon: lon, population: population, isCountry: false)
            }
        }
    }

    /// Keeps a place by the first of the `|`-separated `names` (`keep` keeps it), and adds each name.
    private mutating func addNames(_ names: UnsafeBufferPointer<UInt8>, words: inout [Int32],
                                   phrase: (UnsafeBufferPointer<UInt8>, inout [Int32]) -> Void,
                                   keep: (inout PlaceDictionary, UnsafeBufferPointer<UInt8>) -> Void) {
        var a = 0
        while a < names.count && names[a] == UInt8(ascii: "|") { a += 1 }
        var e = a
        while e < names.count && names[e] != UInt8(ascii: "|") { e += 1 }
        guard e > a else { return }
        keep(&self, UnsafeBufferPointer(rebasing: names[a..<e]))
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
                addName(words: words)
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
    public func resolve(_ value: Int32, country: String?) -> Place { place(pick(value, country: country)) }

    /// The country of the place `resolve` picks, without making the rest of it.
    ///
    /// ```swift
    /// lexicon.places.resolvedCountry(match.value, country: nil)  // "RUS" for "Vladivostok"
    /// ```
    public func resolvedCountry(_ value: Int32, country: String?) -> String {
        countries[Int(stored[pick(value, country: country)].country)]
    }

    /// The country, population and kind of the place `resolve` picks, without making its name.
    ///
    /// ```swift
    /// lexicon.places.resolvedSize(match.value, country: "COL").population
    /// ```
    public func resolvedSize(_ value: Int32, country: String?) -> (country: String, population: Int, isCountry: Bool) {
        let p = stored[pick(value, country: country)]
        return (countries[Int(p.country)], p.population, p.isCountry)
    }

    /// The country of every place a trie value stands for, when they share one ("Natagaima",
    /// "Tolima"); nil for a name places of several countries have ("Palma", "Valencia").
    ///
    /// ```swift
    /// lexicon.places.soleCountry(match.value)  // "COL" for "Natagaima", nil for "Valencia"
    /// ```
    public func soleCountry(_ value: Int32) -> String? {
        let country = stored[Int(placeOf[Int(value)])].country
        var i = next[Int(value)]
        while i >= 0 {
            if stored[Int(placeOf[Int(i)])].country != country { return nil }
            i = next[Int(i)]
        }
        return countries[Int(country)]
    }

    /// The stored place `resolve` picks.
    private func pick(_ value: Int32, country: String?) -> Int {
        var best = Int(placeOf[Int(value)])
        var i = value
        while i >= 0 {
            let p = Int(placeOf[Int(i)])
            if let country, countries[Int(stored[p].country)] == country { return p }
            if stored[p].population > stored[best].population { best = p }
            i = next[Int(i)]
        }
        return best
    }
}
