/// Generates the forms of an English verb: base, third person singular, past, past participle
/// and gerund, by spelling rules plus an irregular table (`en/morphology/irregular.tsv`:
/// `base <TAB> past <TAB> participle`, with `|` between variants; `third <TAB> base <TAB> form` for an
/// irregular third person singular; `present <TAB> base <TAB> first <TAB> other` for a verb whose
/// first person singular and other non-third forms are not the base ("be": am, are); `modal` and
/// `double` lines).
///
/// ```swift
/// let c = try EnglishConjugator(irregular: file)
/// c.forms(of: "meet").map(\.form)  // ["meet", "meets", "met", "met", "meeting", ...]
/// ```
public struct EnglishConjugator: VerbConjugator {
    private var irregular: [String: (past: [String], participle: [String])] = [:]
    /// Verbs whose final consonant doubles before -ed and -ing (stop → stopped).
    private var doubling: Set<String> = []
    /// Modal verbs and the tense they carry ("would" → conditional).
    private var modals: [String: Tense] = [:]
    /// Irregular third person singular present forms ("have" → "has").
    private var thirdPersons: [String: String] = [:]
    /// Irregular present forms other than the third singular ("be" → "am", "are").
    private var presents: [String: (first: String, other: String)] = [:]

    /// Modal verbs, to be conjugated even when no pattern names them.
    public var modalVerbs: [String] { modals.keys.sorted() }

    public init(irregular file: DataFile?) throws {
        for row in file?.rows ?? [] {
            if row[0] == "modal" {
                guard let t = Tense(name: row[2]) else { throw file!.error(row, "unknown tense '\(row[2])'") }
                modals[row[1]] = t
                continue
            }
            if row[0] == "third" {
                guard !row[1].isEmpty, !row[2].isEmpty else { throw file!.error(row, "expected: third, base, form") }
                thirdPersons[row[1]] = row[2]
                continue
            }
            if row[0] == "present" {
                guard !row[1].isEmpty, !row[2].isEmpty, !row[3].isEmpty else {
                    throw file!.error(row, "expected: present, base, first person singular, other persons")
                }
                presents[row[1]] = (row[2], row[3])
                continue
            }
            if row[0] == "double" {
                doubling.formUnion(row[1].split(separator: " ").map(String.init))
                continue
            }
            guard !row[1].isEmpty, !row[2].isEmpty else { throw file!.error(row, "expected: base, past, participle") }
            irregular[row[0]] = (row[1].split(separator: "|").map(String.init), row[2].split(separator: "|").map(String.init))
        }
    }

    public var extraLemmas: [String] { modalVerbs }

    /// English infinitives have no telling ending.
    public func isInfinitive(_ lemma: String) -> Bool { true }

    public func forms(of lemma: String) -> [VerbForm] {
        typealias Form = VerbForm
        if let tense = modals[lemma] { return [Form(form: lemma, tense: tense, person: 3, plural: false), Form(form: lemma, tense: tense, person: 3, plural: true)] }
        var out = [Form(form: lemma, tense: .infinitive, person: 0, plural: false)]
        let present = presents[lemma] ?? (lemma, lemma)
        out.append(Form(form: present.first, tense: .present, person: 1, plural: false))
        out.append(Form(form: present.other, tense: .present, person: 2, plural: false))
        for p in 1...3 { out.append(Form(form: present.other, tense: .present, person: UInt8(p), plural: true)) }
        out.append(Form(form: thirdPerson(lemma), tense: .present, person: 3, plural: false))
        let past = irregular[lemma]?.past ?? [suffixed(lemma, "ed")]
        let participle = irregular[lemma]?.participle ?? [suffixed(lemma, "ed")]
        for f in past {
            for p in 1...3 { for pl in [false, true] { out.append(Form(form: f, tense: .preterite, person: UInt8(p), plural: pl)) } }
        }
        for f in participle { out.append(Form(form: f, tense: .participle, person: 0, plural: false)) }
        out.append(Form(form: suffixed(lemma, "ing"), tense: .gerund, person: 0, plural: false))
        if irregular[lemma] == nil, let doubled = britishDoubled(lemma) {
            // British spelling doubles a final "l" after one vowel (travel → travelled), American
            // does not (traveled): news in either spelling must find the verb.
            for p in 1...3 { for pl in [false, true] { out.append(Form(form: doubled + "ed", tense: .preterite, person: UInt8(p), plural: pl)) } }
            out.append(Form(form: doubled + "ed", tense: .participle, person: 0, plural: false))
            out.append(Form(form: doubled + "ing", tense: .gerund, person: 0, plural: false))
        }
        return out
    }

    /// "travel" → "travell": a verb ending in one vowel and "l" after a consonant, which British
    /// spelling doubles before -ed and -ing; nil for others and for verbs that always double.
    func britishDoubled(_ v: String) -> String? {
        let letters = Array(v)
        guard letters.count >= 4, !doubling.contains(v), letters[letters.count - 1] == "l",
              "aeiou".contains(letters[letters.count - 2]), !"aeiou".contains(letters[letters.count - 3]) else { return nil }
        return v + "l"
    }

    func thirdPerson(_ v: String) -> String {
        if let form = thirdPersons[v] { return form }
        if v.hasSuffix("s") || v.hasSuffix("sh") || v.hasSuffix("ch") || v.hasSuffix("x") || v.hasSuffix("z") || v.hasSuffix("o") {
            return v + "es"
        }
        if v.hasSuffix("y"), let before = v.dropLast().last, !"aeiou".contains(before) { return v.dropLast() + "ies" }
        return v + "s"
    }

    /// meet+ing, hope+ed → hoped, try+ed → tried, stop+ed → stopped, die+ing → dying.
    func suffixed(_ v: String, _ suffix: String) -> String {
        if doubling.contains(v), let last = v.last { return v + String(last) + suffix }
        if suffix == "ing" {
            if v.hasSuffix("ie") { return v.dropLast(2) + "ying" }
            if v.hasSuffix("e") && !v.hasSuffix("ee") && !v.hasSuffix("ye") && !v.hasSuffix("oe") { return v.dropLast() + "ing" }
            return v + "ing"
        }
        if v.hasSuffix("e") { return v + "d" }
        if v.hasSuffix("y"), let before = v.dropLast().last, !"aeiou".contains(before) { return v.dropLast() + "ied" }
        return v + suffix
    }
}
