/// Generates every simple form of a Spanish verb from regular endings and an irregular table.
///
/// Forms are written without accents, as lookups are accent-insensitive; a form the language writes
/// with one (`written-accent` rows of `endings.tsv`: "habló", "hablará") says so. Compound tenses
/// (haber + participle) are built later, by `VerbGroupFinder`, from the forms made here.
///
/// ```swift
/// let c = try SpanishConjugator(endings: endingsFile, irregular: irregularFile)
/// c.forms(of: "tener").first { $0.form == "tuvieron" }?.tense  // .preterite
/// ```
public struct SpanishConjugator: VerbConjugator {
    public typealias Form = VerbForm

    struct Irregular: Sendable {
        var stem: String?
        var yo: String?
        var preterite: String?
        var future: String?
        var imperative: String?
        var gerund: String?
        var participle: String?
        var tenses: [Tense: [String]] = [:]
        var prefixes: [String] = []
    }

    /// tense → class ("ar", "er", "ir") → list of ending sets (imperfect subjunctive has two).
    private var endings: [Tense: [String: [[String]]]] = [:]
    /// Verb classes, the endings of infinitives, as `endings.tsv` names them.
    private var classes: Set<String> = []
    /// Strong preterite endings ("tuv" + "e", "iste" …), by the end of the stem they follow
    /// ("" for any: `-` in `endings.tsv`); the longest matching end wins ("dij" + "eron").
    private var strongPreterite: [(after: String, endings: [String])] = []
    /// Persons (0–5) of the tenses whose regular forms carry a written accent ("habló", "tendrá").
    private var writtenAccents: [Tense: Set<Int>] = [:]
    private var irregular: [String: Irregular] = [:]
    /// "detener" → ("tener", "de"): built once so each lookup is a hash, not a scan of the table.
    private var derived: [String: (base: String, prefix: String)] = [:]

    public init(endings endingsFile: DataFile, irregular irregularFile: DataFile) throws {
        try readEndings(endingsFile)
        try readIrregular(irregularFile)
    }

    /// Regular endings by tense and class; strong preterite endings by the stem's end.
    private mutating func readEndings(_ endingsFile: DataFile) throws {
        for row in endingsFile.rows where row[0] == Self.strongPreteriteKey {
            let set = Array(row.columns.dropFirst(2))
            guard set.count == 6 else { throw endingsFile.error(row, "\(row[0]) needs 6 endings, found \(set.count)") }
            strongPreterite.append((row[1] == "-" ? "" : row[1], set))
        }
        strongPreterite.sort { $0.after.count > $1.after.count }
        for row in endingsFile.rows where row[0] == Self.writtenAccentKey {
            let persons = row[2].split(separator: " ").map { Self.personNames.firstIndex(of: String($0)) }
            guard let tense = Tense(name: row[1]), tense.isFinite, !persons.isEmpty, !persons.contains(nil) else {
                throw endingsFile.error(row, "expected: \(row[0]), a finite tense, persons (1s 2s 3s 1p 2p 3p)")
            }
            writtenAccents[tense, default: []].formUnion(persons.compactMap { $0 })
        }
        for row in endingsFile.rows where row[0] != Self.strongPreteriteKey && row[0] != Self.writtenAccentKey {
            // A class is an infinitive ending of two letters ("ar"): `forms(of:)` reads it off the lemma.
            guard let tense = Tense(name: row[0]), row[1].count == 2, row[1].allSatisfy(\.isLetter) else {
                throw endingsFile.error(row, "expected: tense, class (the infinitive's ending: ar/er/ir), endings")
            }
            classes.insert(row[1])
            let set = Array(row.columns.dropFirst(2))
            guard set.count == (tense.isFinite ? 6 : 1) else {
                throw endingsFile.error(row, "\(tense.name) needs \(tense.isFinite ? 6 : 1) endings, found \(set.count)")
            }
            endings[tense, default: [:]][row[1], default: []].append(set)
        }
    }

    private mutating func readIrregular(_ irregularFile: DataFile) throws {
        for row in irregularFile.rows {
            let lemma = row[0]
            var irr = irregular[lemma] ?? Irregular()
            switch row[1] {
            case "stem":
                guard ["ie", "ue", "i", "u"].contains(row[2]) else { throw irregularFile.error(row, "stem change must be ie, ue, i or u") }
                irr.stem = row[2]
            case "yo": irr.yo = row[2]
            case "future": irr.future = row[2]
            case "imperative": irr.imperative = row[2]
            case "gerund": irr.gerund = row[2]
            case "participle": irr.participle = row[2]
            case "prefixes": irr.prefixes = row[2].split(separator: " ").map(String.init)
            case "preterite" where row.columns.count == 3: irr.preterite = row[2]
            default:
                guard let tense = Tense(name: row[1]), tense.isFinite, row.columns.count == 8 else {
                    throw irregularFile.error(row, "unknown feature '\(row[1])' or wrong number of forms")
                }
                irr.tenses[tense] = Array(row.columns.dropFirst(2))
            }
            irregular[lemma] = irr
        }
        for (base, irr) in irregular {
            for prefix in irr.prefixes where irregular[prefix + base] == nil { derived[prefix + base] = (base, prefix) }
        }
    }

    /// All simple forms of a verb given by its infinitive (folded).
    public func forms(of lemma: String) -> [Form] {
        guard lemma.count >= 2 else { return [] }
        if irregular[lemma] == nil, let (base, prefix) = derivation(of: lemma) {
            return forms(of: base).map {
                Form(form: prefix + $0.form, tense: $0.tense, person: $0.person, plural: $0.plural, accented: $0.accented)
            }
        }
        let cls = String(lemma.suffix(2))
        guard classes.contains(cls) else { return [] }
        let irr = irregular[lemma] ?? Irregular()
        let stem = String(lemma.dropLast(2))
        let strong = Self.change(stem, irr.stem, weak: false)
        let weak = cls == "ir" ? Self.change(stem, irr.stem, weak: true) : stem
        var out = [Form]()
        let presentFull = irr.tenses[.present] ?? present(irr, cls, stem: stem, strong: strong)
        let preterite = self.preterite(irr, cls, stem: stem, weak: weak)
        for (p, f) in presentFull.enumerated() { Self.add(&out, .present, p, f) }
        for (p, f) in preterite.enumerated() { Self.add(&out, .preterite, p, f) }
        // Imperfect.
        for e in irr.tenses[.imperfect].map({ [$0] }) ?? endingSets(.imperfect, cls).map({ $0.map { stem + $0 } }) {
            for p in 0..<6 { Self.add(&out, .imperfect, p, e[p]) }
        }
        // Future and conditional on the future stem.
        let fut = irr.future ?? lemma
        for tense in [Tense.future, .conditional] {
            for e in endingSets(tense, cls) { for p in 0..<6 { Self.add(&out, tense, p, fut + e[p]) } }
        }
        addSubjunctives(&out, irr, cls, strong: strong, weak: weak, preterite: preterite)
        // Imperative (2nd persons; the others are subjunctive forms).
        if let full = irr.tenses[.imperative] {
            for p in 0..<6 { Self.add(&out, .imperative, p, full[p]) }
        } else {
            Self.add(&out, .imperative, 1, irr.imperative ?? (presentFull.count == 6 ? presentFull[2] : strong + "a"))
            Self.add(&out, .imperative, 4, String(lemma.dropLast()) + "d")
        }
        addNonFinite(&out, lemma, irr, cls, stem: stem, weak: weak)
        markAccents(&out, regularPreterite: irr.tenses[.preterite] == nil && irr.preterite == nil)
        return out
    }

    /// Regular preterites ("habló", not the strong "tuvo") and the future and conditional, built on
    /// regular endings whatever the stem, carry the accents `endings.tsv` lists.
    private func markAccents(_ out: inout [Form], regularPreterite: Bool) {
        guard !writtenAccents.isEmpty else { return }
        for i in out.indices {
            let f = out[i]
            guard f.tense.isFinite, f.tense != .preterite || regularPreterite,
                  [Tense.preterite, .future, .conditional].contains(f.tense),
                  writtenAccents[f.tense]?.contains(Int(f.person) - 1 + (f.plural ? 3 : 0)) == true else { continue }
            out[i].accented = true
        }
    }

    /// Persons 0–2 and 5 (yo, tú, él, ellos) carry the stress on the stem: they take the strong stem.
    private static let stressed: Set<Int> = [0, 1, 2, 5]

    /// One finite form; person 0–5 is 1st–3rd singular, then plural; "-" in a table is no form.
    private static func add(_ out: inout [Form], _ tense: Tense, _ person: Int, _ form: String) {
        guard form != "-" else { return }
        out.append(Form(form: form, tense: tense, person: UInt8(person % 3 + 1), plural: person >= 3))
    }

    /// The regular ending sets of a tense for a verb class.
    private func endingSets(_ tense: Tense, _ cls: String) -> [[String]] { endings[tense]?[cls] ?? [] }

    /// The regular present, on the strong stem where stressed, with an irregular "yo".
    private func present(_ irr: Irregular, _ cls: String, stem: String, strong: String) -> [String] {
        var present = [String]()
        for e in endingSets(.present, cls) {
            for p in 0..<6 { present.append(Self.join(Self.stressed.contains(p) ? strong : stem, e[p], cls)) }
        }
        if let yo = irr.yo, !present.isEmpty { present[0] = yo }
        return present
    }

    /// The preterite: a full irregular row, else strong endings on an irregular stem, else regular.
    private func preterite(_ irr: Irregular, _ cls: String, stem: String, weak: String) -> [String] {
        if let full = irr.tenses[.preterite] { return full }
        if let s = irr.preterite, let set = strongPreterite.first(where: { s.hasSuffix($0.after) }) {
            return set.endings.map { s + $0 }
        }
        var preterite = [String]()
        for e in endingSets(.preterite, cls) {
            for p in 0..<6 { preterite.append(Self.join(p == 2 || p == 5 ? weak : stem, e[p], cls)) }
        }
        return preterite
    }

    /// Present subjunctive (on the irregular "yo" stem, else stressed/weak stems); imperfect and
    /// future subjunctive on the 3rd plural preterite.
    private func addSubjunctives(_ out: inout [Form], _ irr: Irregular, _ cls: String, strong: String, weak: String,
                                 preterite: [String]) {
        if let full = irr.tenses[.presentSubjunctive] {
            for p in 0..<6 { Self.add(&out, .presentSubjunctive, p, full[p]) }
        } else {
            for e in endingSets(.presentSubjunctive, cls) {
                for p in 0..<6 {
                    if let yo = irr.yo, yo.hasSuffix("o") {
                        Self.add(&out, .presentSubjunctive, p, String(yo.dropLast()) + e[p])
                    } else {
                        let s = Self.stressed.contains(p) ? (irr.stem == "i" ? weak : strong) : weak
                        Self.add(&out, .presentSubjunctive, p, Self.join(s, e[p], cls))
                    }
                }
            }
        }
        if preterite.count == 6, preterite[5].hasSuffix("ron") {
            let base = String(preterite[5].dropLast(3))
            for tense in [Tense.imperfectSubjunctive, .futureSubjunctive] {
                for e in endingSets(tense, cls) { for p in 0..<6 { Self.add(&out, tense, p, base + e[p]) } }
            }
        }
    }

    /// Infinitive, gerund and the four participles.
    private func addNonFinite(_ out: inout [Form], _ lemma: String, _ irr: Irregular, _ cls: String, stem: String, weak: String) {
        out.append(Form(form: lemma, tense: .infinitive, person: 0, plural: false))
        let gerund = irr.gerund ?? Self.join(weak, endingSets(.gerund, cls).first?.first ?? "", cls)
        out.append(Form(form: gerund, tense: .gerund, person: 0, plural: false))
        let participle = irr.participle ?? stem + (endingSets(.participle, cls).first?.first ?? "")
        for suffix in ["", "s"] {
            out.append(Form(form: participle + suffix, tense: .participle, person: 0, plural: suffix == "s"))
            if participle.hasSuffix("o") {
                out.append(Form(form: participle.dropLast() + "a" + suffix, tense: .participle, person: 0, plural: suffix == "s"))
            }
        }
    }

    /// The first column of `endings.tsv` rows that give strong preterite endings.
    static let strongPreteriteKey = "strong-preterite"
    /// The first column of `endings.tsv` rows that list the persons written with an accent.
    static let writtenAccentKey = "written-accent"
    /// Person names of `written-accent` rows, in table order.
    static let personNames = ["1s", "2s", "3s", "1p", "2p", "3p"]

    public func isInfinitive(_ lemma: String) -> Bool { classes.contains(String(lemma.suffix(2))) }

    public var extraLemmas: [String] { [] }

    /// "detener" is "de" + "tener" when tener lists the prefix "de".
    func derivation(of lemma: String) -> (base: String, prefix: String)? { derived[lemma] }

    /// Applies a stem vowel change to the last e/o (or u, for jugar) of the stem.
    static func change(_ stem: String, _ kind: String?, weak: Bool) -> String {
        guard let kind else { return stem }
        var chars = Array(stem)
        let back = kind == "ue" || kind == "u"
        guard let i = chars.lastIndex(where: { back ? $0 == "o" || $0 == "u" : $0 == "e" || $0 == "i" }) else { return stem }
        let replacement: String
        switch (kind, weak) {
        case ("ie", false): replacement = "ie"
        case ("ue", false), ("u", false): replacement = "ue"
        case ("i", _), ("ie", true): replacement = "i"
        case ("ue", true), ("u", true): replacement = "u"
        default: return stem
        }
        chars.replaceSubrange(i...i, with: Array(replacement))
        return String(chars)
    }

    /// Whether a letter is a (folded) vowel: a test, not a set, as `join` runs for every form.
    private static func isVowel(_ c: Character) -> Bool { c == "a" || c == "e" || c == "i" || c == "o" || c == "u" }

    /// Joins stem and ending with Spanish spelling rules (ataque, llegue, lance, venzo,
    /// conozco, protejo, sigo, construyo, leyó).
    static func join(_ stem: String, _ ending: String, _ cls: String) -> String {
        guard let e0 = ending.first, let last = stem.last else { return stem + ending }
        let beforeLast = stem.dropLast().last
        let front = e0 == "e" || e0 == "i"
        var s = stem
        if cls == "ar" && e0 == "e" {
            if last == "c" { s = stem.dropLast() + "qu" }
            else if last == "g" { s = stem.dropLast() + "gu" }
            else if last == "z" { s = stem.dropLast() + "c" }
            return s + ending
        }
        if cls != "ar" && (e0 == "a" || e0 == "o") {
            if last == "c" { return stem.dropLast() + (beforeLast.map(isVowel) == true ? "zc" : "z") + ending }
            if last == "g" { return stem.dropLast() + "j" + ending }
            if last == "u" && beforeLast == "g" { return stem.dropLast() + ending }
        }
        if cls != "ar" && last == "u" && beforeLast != "g" && beforeLast != "q" {
            // -uir: construyo, construye, construyó, construyendo.
            if !front || e0 == "e" { return stem + "y" + ending }
            if ending.count > 1, isVowel(ending[ending.index(after: ending.startIndex)]) {
                return stem + "y" + ending.dropFirst()
            }
            return stem + ending
        }
        if cls != "ar" && isVowel(last) && !(last == "u" && (beforeLast == "g" || beforeLast == "q")) && e0 == "i"
            && ending.count > 1
            && isVowel(ending[ending.index(after: ending.startIndex)]) {
            return stem + "y" + ending.dropFirst()  // leyó, creyeron, cayendo
        }
        return stem + ending
    }
}
