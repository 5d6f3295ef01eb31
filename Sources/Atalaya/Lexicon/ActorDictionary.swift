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
    /// Name (folded words) → entry index, and how the name is written (which says how the text
    /// must write it), while loading.
    private var byPhrase: [[Int32]: (entry: Int32, rule: CaseRule)] = [:]
    /// First and last words of people's names of two or more words, and people's one-word names,
    /// → those people, for a surname alone ("Putin", "Kim") where the date and the story make one
    /// reading likely. One-word names of people are only here, not in the trie: "Estrada" alone
    /// is a person only in a story that names their country.
    public private(set) var surnames: [Int32: [Int32]] = [:]
    /// People the dictionary names by one word ("Lula", "Menem"): such a name is theirs even out
    /// of office (ELI), in a story that names their country.
    public private(set) var oneWordNames: [Int32: [Int32]] = [:]
    /// (word, entry) pairs where the word is only the first of the person's name ("Antonio" of
    /// António Costa, "Kim" of Kim Jong-un): a given name, or a surname written first.
    private var firstWords = Set<Int64>()

    /// How the text must write a name for it to match, from how the dictionary writes it.
    public enum CaseRule: Int32, Sendable {
        /// Written in lower case ("talibanes"): any case.
        case any
        /// Capitalised ("La Paz"): capitalised in the text ("la paz" is peace).
        case capitalized
        /// An acronym ("UN", "ONU", "EE.UU."): in capitals ("Un grupo" is not the UN).
        case capitals
    }

    /// The entry and case rule a trie value stands for.
    ///
    /// ```swift
    /// let (entry, rule) = ActorDictionary.decode(match.value)
    /// ```
    @inline(__always)
    public static func decode(_ value: Int32) -> (entry: Int32, rule: CaseRule) {
        (value & 0xFF_FFFF, CaseRule(rawValue: value >> 24) ?? .capitalized)
    }

    /// The rule for a name as the dictionary writes it: one pass over its scalars, ASCII
    /// answered without a Unicode table (40,000 names are read at start).
    static func caseRule(of name: String) -> CaseRule {
        var upper = 0, sawLetter = false
        for u in name.unicodeScalars {
            let isUpper: Bool, isLower: Bool
            if u.isASCII {
                isUpper = u.value >= 65 && u.value <= 90
                isLower = u.value >= 97 && u.value <= 122
            } else {
                isUpper = u.properties.isUppercase
                isLower = u.properties.isLowercase
            }
            if isLower { return sawLetter ? .capitalized : .any }
            if isUpper { upper += 1; sawLetter = true }
        }
        return upper >= 2 ? .capitals : .capitalized
    }

    init(vocabularySize: Int) { trie = PhraseTrie(vocabularySize: vocabularySize) }

    /// Reads one actor file; `phrase` turns a name into word ids.
    mutating func load(_ file: DataFile, kind: ActorEntry.Kind, phrase: (String) -> [Int32],
                       valid: (String) -> Bool) throws {
        byPhrase.reserveCapacity(byPhrase.count + file.rows.count * 2)
        let place = file.path + ":"
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
            let names = DataFile.parts(row[1], "|", trimming: true)
            guard !names.isEmpty else { throw file.error(row, "no name") }
            let role = ActorEntry.Role(code: code, from: from, to: to)
            // A line that shares a name with an earlier one adds a role to that actor, and its
            // other names become names of the same actor.
            let phrases = names.map { phrase($0) }.filter { !$0.isEmpty }
            guard !phrases.isEmpty else { continue }
            let index: Int32
            var found: Int32?
            for words in phrases where found == nil { found = byPhrase[words]?.entry }
            if let existing = found {
                index = existing
                if !entries[Int(index)].roles.contains(where: { $0.code == code && $0.from == from && $0.to == to }) {
                    entries[Int(index)].roles.append(role)
                }
            } else {
                index = Int32(entries.count)
                entries.append(ActorEntry(name: names[0], kind: kind, roles: [role], line: place + String(row.line)))
            }
            for (name, words) in zip(names, phrases) where byPhrase[words] == nil {
                byPhrase[words] = (index, Self.caseRule(of: name))
            }
        }
    }

    /// Compiles the names into the trie once the vocabulary is complete.
    mutating func build(vocabularySize: Int) {
        // The trie's first-word table only as long as actors' first words need.
        trie = PhraseTrie(vocabularySize: min(vocabularySize, byPhrase.keys.reduce(0) { max($0, Int($1.first ?? -1) + 1) }))
        for (words, (i, rule)) in byPhrase {
            let person = entries[Int(i)].kind == .person && rule == .capitalized
            if !(person && words.count == 1) { trie.insert(words, value: i | rule.rawValue << 24) }
            guard person else { continue }
            // Each end once (a list, not a set: one allocation fewer for each of thousands of people).
            for w in words.count > 1 && words[0] != words[words.count - 1] ? [words[0], words[words.count - 1]] : [words[0]]
            where !(surnames[w]?.contains(i) ?? false) {
                surnames[w, default: []].append(i)
            }
            if words.count == 1 { oneWordNames[words[0], default: []].append(i) }
            if words.count > 1 && !words.dropFirst().contains(words[0]) { firstWords.insert(Int64(words[0]) << 32 | Int64(i)) }
        }
        // Dictionary order, not hash order: the same answer every run.
        for w in surnames.keys { surnames[w]!.sort() }
        for w in oneWordNames.keys { oneWordNames[w]!.sort() }
        byPhrase = [:]
    }

    /// The person a surname alone names on `day`: among the people whose names start or end with
    /// `word`, who hold a dated role that day (or are named by that one word) and either govern then or belong to a country the
    /// story names (`countries`), the one code they share; nil when none or still ambiguous. A
    /// surname is a common word of names ("Estrada", "Salman"): a former president or a minister's
    /// namesake is someone else unless the story is about their country.
    ///
    /// ```swift
    /// lexicon.actors.person(bySurname: kim, on: Day(parsing: "2019-04-25")!, countries: ["PRK"])  // Kim Jong-un
    /// ```
    public func person(bySurname word: Int32, on day: Day, countries: Set<String>) -> Int32? {
        guard let candidates = surnames[word] else { return nil }
        let own = oneWordNames[word] ?? []
        let active = candidates.filter { e in
            entries[Int(e)].roles.contains { $0.isDated && $0.covers(day) }
                || own.contains(e) && countries.contains(ActorCode(entries[Int(e)].code(on: day)).root)
        }
        let codes = active.map { ActorCode(entries[Int($0)].code(on: day)) }
        let named = active.indices.filter { countries.contains(codes[$0].root) }
        // Without their country in the story, only a surname proper names someone in office:
        // "Antonio" alone is not Portugal's prime minister.
        let governing = active.indices.filter {
            codes[$0].isState && codes[$0].body == "GOV" && !firstWords.contains(Int64(word) << 32 | Int64(active[$0]))
        }
        let chosen = named.isEmpty ? governing : named
        return Set(chosen.map { codes[$0] }).count == 1 ? active[chosen[0]] : nil
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
