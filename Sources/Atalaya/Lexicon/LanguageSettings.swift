/// What a language's `<lang>/settings.tsv` says about how to read it: which conjugator makes its
/// verb forms, which word endings the tokenizer splits off, and whether nouns modify nouns.
///
/// ```swift
/// let s = try LanguageSettings(files: [DataFile(path: "s", text: "conjugator\tenglish\nsplit-suffixes\t's n't\n")])
/// s.conjugator          // .english
/// s.splitSuffixes.count // 2
/// ```
public struct LanguageSettings: Sendable {
    /// The conjugation rules a language's verb forms are made by (`conjugator` setting).
    public enum Conjugator: String, Sendable {
        /// `SpanishConjugator`: regular endings from `morphology/endings.tsv`, irregulars from `irregular.tsv`.
        case spanish
        /// `EnglishConjugator`: spelling rules, irregulars from `morphology/irregular.tsv`.
        case english
    }

    /// Nouns modify the noun after them ("a hunger strike"): `noun-compounds yes`.
    public var nounCompounds = false
    /// None: verbs get no forms but their lemma, and no pattern can match a conjugated verb.
    public var conjugator: Conjugator?
    /// Endings split off a word as tokens of their own ("'s", "n't"), folded, in the file's order.
    public var splitSuffixes: [[UInt8]] = []
    /// Placeholders a corpus writes for masked numbers ("*NUMBER*"), read as one number token
    /// (`number-placeholders`), as written (not folded).
    public var numberPlaceholders: [[UInt8]] = []
    /// A written accent this many vowels or more from the end of a word marks no finite verb of
    /// the third person (`stressed-verbs 2` in Spanish: "crítico", "última" are no verbs; "criticó" is).
    public var unstressedVerbVowels: Int?
    /// An enclitic on a gerund, or on an imperative of two syllables or more, is written with an
    /// accent (`enclitic-accent yes` in Spanish: "anunciándolo", "dígame"); without one the word
    /// is no such verb ("formales", "legales" are adjectives, not "forma"/"lega" + "les").
    public var encliticAccent = false
    /// Articles and possessives are never written with an accent (`unaccented-articles yes` in
    /// Spanish): "él", "tú", "mí" before a verb are pronouns, though folded they are "el", "tu", "mi".
    public var unaccentedArticles = false
    /// In a relative clause on a noun that is no actor, an actor right after the verb is its
    /// subject (`relative-inversion yes` in Spanish: "el acuerdo que firmaron Rusia y China").
    public var relativeInversion = false

    public init() {}

    /// Reads the settings files in order; a later file's setting replaces an earlier one's.
    public init(files: [DataFile]) throws {
        for f in files {
            for r in f.rows {
                switch r[0] {
                case "noun-compounds": nounCompounds = r[1] == "yes"
                case "conjugator":
                    guard let c = Conjugator(rawValue: r[1]) else { throw f.error(r, "unknown conjugator '\(r[1])'") }
                    conjugator = c
                case "split-suffixes": splitSuffixes = r[1].split(separator: " ").map { Folding.fold(String($0)) }
                case "number-placeholders": numberPlaceholders = r[1].split(separator: " ").map { Array($0.utf8) }
                case "enclitic-accent": encliticAccent = r[1] == "yes"
                case "unaccented-articles": unaccentedArticles = r[1] == "yes"
                case "relative-inversion": relativeInversion = r[1] == "yes"
                case "stressed-verbs":
                    guard let n = Int(r[1]), n > 0 else { throw f.error(r, "expected a number of vowels") }
                    unstressedVerbVowels = n
                default: throw f.error(r, "unknown setting '\(r[0])'")
                }
            }
        }
    }
}
