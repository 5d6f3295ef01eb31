import Foundation

/// Named actors, loaded from `code <TAB> names <TAB> from <TAB> to` files and compiled into a trie.
///
/// Lines that share a name are roles of one actor: "Vladimir Putin" is RUSGOV from
/// 2000-05-07 and again from 2012-05-07, RUSGOV as prime minister in between.
///
/// ```swift
/// let e = lexicon.actors.entries[Int(value)]
/// e.code(on: Day(parsing: "2023-09-13")!)  // "RUSGOV"
/// ```
public struct ActorDictionary: Sendable {
    public private(set) var entries: [ActorEntry] = []
    public private(set) var trie: PhraseTrie
    /// Name (folded words) → entry index, while loading.
    private var byPhrase: [[Int32]: Int32] = [:]
    /// Names written in lower case, which match whatever the case in the text.
    private var lowercaseNames = Set<[Int32]>()
    /// First and last words of people's names of two or more words → those people, for a surname
    /// alone ("Putin", "Kim") where the date and the story make one reading likely.
    public private(set) var surnames: [Int32: [Int32]] = [:]
    /// Trie values at or above this offset are lower-case names of entry `value - offset`.
    public static let lowercaseOffset: Int32 = 1 << 24

    init(vocabularySize: Int) { trie = PhraseTrie(vocabularySize: vocabularySize) }

    /// Reads one actor file; `phrase` turns a name into word ids.
    mutating func load(_ file: DataFile, kind: ActorEntry.Kind, phrase: (String) -> [Int32],
                       valid: (String) -> Bool) throws {
        for row in file.rows {
            let code = row[0]
            guard valid(code) else { throw file.error(row, "unknown CAMEO actor code '\(code)'") }
            var from: Day?, to: Day?
            if !row[2].isEmpty {
                guard let d = Self.parseBound(row[2], end: false) else { throw file.error(row, "bad date '\(row[2])'") }
                from = d
            }
            if !row[3].isEmpty {
                guard let d = Self.parseBound(row[3], end: true) else { throw file.error(row, "bad date '\(row[3])'") }
                to = d
            }
            if let f = from, let t = to, t < f { throw file.error(row, "role ends before it starts") }
            let names = row[1].split(separator: "|").map { DataFile.trimmed($0) }.filter { !$0.isEmpty }
            guard !names.isEmpty else { throw file.error(row, "no name") }
            let role = ActorEntry.Role(code: code, from: from, to: to)
            // A line that shares a name with an earlier one adds a role to that actor, and its
            // other names become names of the same actor.
            let phrases = names.map { phrase($0) }.filter { !$0.isEmpty }
            guard !phrases.isEmpty else { continue }
            let index: Int32
            var found: Int32?
            for words in phrases where found == nil { found = byPhrase[words] }
            if let existing = found {
                index = existing
                if !entries[Int(index)].roles.contains(where: { $0.code == code && $0.from == from && $0.to == to }) {
                    entries[Int(index)].roles.append(role)
                }
            } else {
                index = Int32(entries.count)
                entries.append(ActorEntry(name: names[0], kind: kind, roles: [role], line: "\(file.path):\(row.line)"))
            }
            for (name, words) in zip(names, phrases) where byPhrase[words] == nil {
                byPhrase[words] = index
                // Lower-case variants ("talibanes") match in any case; capitalised ones need capitals.
                if !(name.unicodeScalars.first.map { CharacterSet.uppercaseLetters.contains($0) } ?? false) {
                    lowercaseNames.insert(words)
                }
            }
        }
    }

    /// Compiles the names into the trie once the vocabulary is complete.
    mutating func build(vocabularySize: Int) {
        trie = PhraseTrie(vocabularySize: vocabularySize)
        for (words, i) in byPhrase {
            trie.insert(words, value: lowercaseNames.contains(words) ? i + Self.lowercaseOffset : i)
            guard words.count >= 2, entries[Int(i)].kind == .person, !lowercaseNames.contains(words) else { continue }
            for w in Set([words[0], words[words.count - 1]]) where !(surnames[w]?.contains(i) ?? false) {
                surnames[w, default: []].append(i)
            }
        }
        // Dictionary order, not hash order: the same answer every run.
        for w in surnames.keys { surnames[w]!.sort() }
        byPhrase = [:]
        lowercaseNames = []
    }

    /// The person a surname alone names on `day`: among the people whose names start or end with
    /// `word` and who hold a dated role that day, the one code they share; when their codes differ,
    /// the one of a country the story has named (`countries`); nil when still ambiguous.
    ///
    /// ```swift
    /// lexicon.actors.person(bySurname: kim, on: Day(parsing: "2019-04-25")!, countries: { [] })  // Kim Jong-un
    /// ```
    /// `countries` is asked only when the reading is ambiguous.
    public func person(bySurname word: Int32, on day: Day, countries: () -> Set<String>) -> Int32? {
        guard let candidates = surnames[word] else { return nil }
        let active = candidates.filter { e in entries[Int(e)].roles.contains { $0.isDated && $0.covers(day) } }
        func unique(_ list: [Int32]) -> Int32? {
            Set(list.map { entries[Int($0)].code(on: day) }).count == 1 ? list.first : nil
        }
        if let one = unique(active) { return one }
        guard active.count > 1 else { return nil }
        let named = countries()
        return unique(active.filter { named.contains(ActorCode(entries[Int($0)].code(on: day)).root) })
    }

    /// Dates in files may be a year, a month or a day: `2019`, `2019-05`, `2019-05-07`.
    static func parseBound(_ s: String, end: Bool) -> Day? {
        if let d = Day(parsing: s) { return d }
        let parts = s.split(separator: "-").compactMap { Int($0) }
        if parts.count == 1, parts[0] > 0 { return end ? Day(year: parts[0], month: 12, day: 31) : Day(year: parts[0], month: 1, day: 1) }
        if parts.count == 2 {
            return end ? Day(year: parts[0], month: parts[1], day: Day.daysIn(month: parts[1], year: parts[0]))
                : Day(year: parts[0], month: parts[1], day: 1)
        }
        return nil
    }
}
