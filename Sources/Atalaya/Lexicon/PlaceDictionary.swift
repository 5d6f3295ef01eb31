/// Places for event locations: countries, GeoNames cities and landmarks, compiled into a trie.
///
/// Several places may share a name ("Córdoba"): all are kept, and `resolve` picks the one in
/// the story's country, else the most populous.
public struct PlaceDictionary: Sendable {
    public private(set) var places: [Place] = []
    /// Trie value → index into `groups`; each group lists places with that name.
    private var groups: [[Int32]] = []
    public private(set) var trie: PhraseTrie
    private var byPhrase: [[Int32]: Int32] = [:]

    init(vocabularySize: Int) { trie = PhraseTrie(vocabularySize: vocabularySize) }

    mutating func add(_ place: Place, words: [Int32]) {
        guard !words.isEmpty else { return }
        let index = Int32(places.count)
        places.append(place)
        if let g = byPhrase[words] {
            groups[Int(g)].append(index)
        } else {
            byPhrase[words] = Int32(groups.count)
            groups.append([index])
        }
    }

    /// Reads `names (|-separated, the first is the place's name) <TAB> country <TAB> lat <TAB> lon <TAB> population` rows.
    mutating func load(_ file: DataFile, phrase: (String) -> [Int32]) throws {
        for row in file.rows {
            guard row[1].count == 3, let lat = Double(row[2]), let lon = Double(row[3]) else {
                throw file.error(row, "expected: name, country (alpha-3), lat, lon, population")
            }
            let names = row[0].split(separator: "|").map(String.init)
            let place = Place(name: names[0], country: row[1], lat: lat, lon: lon, population: Int(row[4]) ?? 0, isCountry: false)
            for name in names { add(place, words: phrase(name)) }
        }
    }

    mutating func build(vocabularySize: Int) {
        trie = PhraseTrie(vocabularySize: vocabularySize)
        for (words, g) in byPhrase {
            groups[Int(g)].sort { places[Int($0)].population > places[Int($1)].population }
            trie.insert(words, value: g)
        }
        byPhrase = [:]
    }

    /// The place a trie value stands for, preferring the story's country.
    public func resolve(_ value: Int32, country: String?) -> Place {
        let group = groups[Int(value)]
        if let country, let i = group.first(where: { places[Int($0)].country == country }) { return places[Int(i)] }
        return places[Int(group[0])]
    }
}
