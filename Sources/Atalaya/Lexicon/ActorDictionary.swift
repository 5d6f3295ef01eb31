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
    static func caseRule(of name: UnsafeBufferPointer<UInt8>) -> CaseRule {
        // ASCII names need no decoding; others are decoded once.
        guard name.allSatisfy({ $0 < 0x80 }) else { return caseRule(of: String(decoding: name, as: UTF8.self)) }
        var upper = 0, sawLetter = false
        for c in name {
            if c >= 97 && c <= 122 { return sawLetter ? .capitalized : .any }
            if c >= 65 && c <= 90 { upper += 1; sawLetter = true }
        }
        return upper >= 2 ? .capitals : .capitalized
    }

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

    /// Reads one actor file from its bytes (tens of thousands of people: no string per field);
    /// `phrase` turns a name into word ids. With `surnames` false its people are named in full only.
    mutating func load(_ path: String, bytes: UnsafeBufferPointer<UInt8>, kind: ActorEntry.Kind, surnames: Bool = true,
                       phrase: (UnsafeBufferPointer<UInt8>, inout [Int32]) -> Void, valid: (String) -> Bool) throws {
        var names = [UnsafeBufferPointer<UInt8>]()
        var keys = [[Int32]]()
        var previous = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        byPhrase.reserveCapacity(byPhrase.count + bytes.count / 24)  // about a name per 24 bytes
        entries.reserveCapacity(entries.count + bytes.count / 48)
        try DataFile.forEachRow(bytes) { line, f in
            func error(_ message: String) -> LexiconError { LexiconError(file: path, line: line, message: message) }
            let code = String(decoding: Self.trim(f[0]), as: UTF8.self)
            if code.isEmpty && (f.count < 2 || Self.trim(f[1]).isEmpty) { return }  // a line of spaces
            guard valid(code) else { throw error("unknown CAMEO actor code '\(code)'") }
            let (from, to) = try dates(f, error)
            // The next role of the same person names them the same way: their names are read once.
            let column = f.count > 1 ? f[1] : UnsafeBufferPointer(start: nil, count: 0)
            if names.isEmpty || !column.elementsEqual(previous) {
                names.removeAll(keepingCapacity: true)
                Self.split(column, into: &names)
                keys = names.map { n in
                    var words = [Int32]()
                    phrase(n, &words)
                    return words
                }
                previous = column
            }
            guard !names.isEmpty else { throw error("no name") }
            guard keys.contains(where: { !$0.isEmpty }) else { return }
            addRole(ActorEntry.Role(code: code, from: from, to: to), names: names, keys: keys, kind: kind, surnames: surnames,
                    file: path, line: line)
        }
    }

    /// The row's "from" and "to" columns.
    private func dates(_ f: [UnsafeBufferPointer<UInt8>], _ error: (String) -> LexiconError) throws -> (Day?, Day?) {
        var from: Day?, to: Day?
        if f.count > 2, case let b = Self.trim(f[2]), !b.isEmpty {
            guard let d = Self.bound(b, end: false) else { throw error("bad date '\(String(decoding: b, as: UTF8.self))'") }
            from = d
        }
        if f.count > 3, case let b = Self.trim(f[3]), !b.isEmpty {
            guard let d = Self.bound(b, end: true) else { throw error("bad date '\(String(decoding: b, as: UTF8.self))'") }
            to = d
        }
        if let f = from, let t = to, t < f { throw error("role ends before it starts") }
        return (from, to)
    }

    /// A line that shares a name with an earlier one adds a role to that actor, and its other
    /// names become names of the same actor.
    private mutating func addRole(_ role: ActorEntry.Role, names: [UnsafeBufferPointer<UInt8>], keys: [[Int32]],
                                  kind: ActorEntry.Kind, surnames: Bool, file: String, line: Int) {
        var found: Int32?
        for key in keys where found == nil && !key.isEmpty { found = byPhrase[key]?.entry }
        let index: Int32
        if let existing = found {
            index = existing
            if !entries[Int(index)].roles.contains(where: { $0.code == role.code && $0.from == role.from && $0.to == role.to }) {
                entries[Int(index)].roles.append(role)
            }
        } else {
            index = Int32(entries.count)
            var entry = ActorEntry(name: String(decoding: names[0], as: UTF8.self), kind: kind, roles: [role], file: file, lineNumber: line)
            entry.surnameAlone = surnames
            entries.append(entry)
        }
        for (name, key) in zip(names, keys) where !key.isEmpty && byPhrase[key] == nil {
            byPhrase[key] = (index, Self.caseRule(of: name))
        }
    }

    /// A date bound: "YYYY-MM-DD" read from the bytes (tens of thousands of roles), other forms
    /// ("2019", "2019-05") through `parseBound`.
    static func bound(_ b: UnsafeBufferPointer<UInt8>, end: Bool) -> Day? {
        func number(_ from: Int, _ count: Int) -> Int? {
            var n = 0
            for i in from..<(from + count) {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        if b.count == 10, b[4] == 0x2D, b[7] == 0x2D, let y = number(0, 4), let m = number(5, 2), let d = number(8, 2) {
            return Day(year: y, month: m, day: d)
        }
        return parseBound(String(decoding: b, as: UTF8.self), end: end)
    }

    static func trim(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var a = 0, e = b.count
        while a < e && (b[a] == 0x20 || b[a] == 0x09) { a += 1 }
        while e > a && (b[e - 1] == 0x20 || b[e - 1] == 0x0D) { e -= 1 }
        return UnsafeBufferPointer(rebasing: b[a..<e])
    }

    /// "Putin | V. Putin|" → the trimmed, non-empty names.
    static func split(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UnsafeBufferPointer<UInt8>]) {
        var a = 0
        while a <= b.count {
            var e = a
            while e < b.count && b[e] != UInt8(ascii: "|") { e += 1 }
            let part = trim(UnsafeBufferPointer(rebasing: b[a..<e]))
            if !part.isEmpty { out.append(part) }
            a = e + 1
        }
    }

    /// Compiles the names into the trie once the vocabulary is complete.
    mutating func build(vocabularySize: Int) {
        // The trie's first-word table only as long as actors' first words need.
        trie = PhraseTrie(vocabularySize: min(vocabularySize, byPhrase.keys.reduce(0) { max($0, Int($1.first ?? -1) + 1) }))
        trie.reserve(vocabularySize: 0, phrases: byPhrase.count)
        for (words, (i, rule)) in byPhrase {
            let person = entries[Int(i)].kind == .person && rule == .capitalized
            if !(person && words.count == 1) { trie.insert(words, value: i | rule.rawValue << 24) }
            guard person, entries[Int(i)].surnameAlone else { continue }
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
    /// `entries[e].code(on: day)` without copying the entry out of the array (a copy retains its
    /// strings and roles), for the coder's per-mention loops.
    @inline(__always)
    public func code(_ e: Int32, on day: Day) -> String {
        entries.withUnsafeBufferPointer { $0[Int(e)].code(on: day) }
    }

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
        // "Antonio" alone is not Portugal's prime minister. A first name the list gives alone as
        // a variant is how the press names them ("Lula").
        let governing = active.indices.filter {
            codes[$0].isState && codes[$0].body == "GOV"
                && (!firstWords.contains(Int64(word) << 32 | Int64(active[$0])) || own.contains(active[$0]))
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
