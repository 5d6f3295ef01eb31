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

    /// Reads `names (|-separated, the first is the place's name) <TAB> country <TAB> lat <TAB> lon <TAB> population` rows.
    mutating func load(_ path: String, bytes: [UInt8], phrase: (String) -> [Int32]) throws {
        places.reserveCapacity(places.count + bytes.count / 40)
        next.reserveCapacity(places.count + bytes.count / 40)
        var countries = [ArraySlice<UInt8>: String]()  // share one string per country code
        try DataFile.forEachRow(bytes) { line, f in
            guard f.count >= 4, f[1].count == 3, let lat = DataFile.number(f[2]), let lon = DataFile.number(f[3]) else {
                throw LexiconError(file: path, line: line, message: "expected: name, country (alpha-3), lat, lon, population")
            }
            let country: String
            if let known = countries[f[1]] {
                country = known
            } else {
                country = String(decoding: f[1], as: UTF8.self)
                countries[f[1]] = country
            }
            let population = f.count > 4 ? Int(DataFile.number(f[4]) ?? 0) : 0
            var place: Place?
            for name in f[0].split(separator: UInt8(ascii: "|")) {
                let s = String(decoding: name, as: UTF8.self)
                if place == nil { place = Place(name: s, country: country, lat: lat, lon: lon, population: population, isCountry: false) }
                add(place!, words: phrase(s))
            }
        }
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
