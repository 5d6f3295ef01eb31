import Foundation

/// Everything the coder knows about a language, compiled once and shared read-only.
///
/// Load it once per process; it is immutable and `Sendable`, so documents can be coded
/// on several threads with one lexicon.
///
/// ```swift
/// let lexicon = try Lexicon.load(language: "es")
/// let coder = Coder(lexicon: lexicon)
/// ```
public final class Lexicon: Sendable {
    public let language: String
    public let vocabulary: Vocabulary
    /// Closed-class roles, by word id.
    public let classes: [WordClass]
    /// Verb readings of word id `w` are `readings[readingStart[w]..<readingStart[w + 1]]`.
    let readingStart: [Int32]
    let readings: [VerbReading]
    public let abbreviations: Set<[UInt8]>
    public let actors: ActorDictionary
    public let agents: PhraseTrie
    public let agentEntries: [AgentEntry]
    /// Country code index (into `demonymCodes`) of a demonym, by word id; -1 when none.
    let demonym: [Int32]
    public let demonymCodes: [String]
    public let patterns: PatternDictionary
    /// Auxiliary uses of a verb, by lemma ("be": passive and progressive).
    public let auxiliaries: [Int32: [Auxiliary]]
    /// By lemma id: whether `auxiliaries` has it. Asked for most verb readings, where hashing the
    /// lemma (and retaining its list) cost more than the rest of the test.
    private let auxiliaryLemmas: [Bool]
    public let places: PlaceDictionary
    public let cameo: CameoTable
    /// CAMEO agent codes (GOV, MIL, CVL …), from `cameo/agents.tsv`.
    public let cameoAgents: Set<String>
    /// Month number (1-12) or weekday (0-6) by word id; -1 when none.
    let month: [Int8]
    /// One bit per word id: whether a date may start with it (a month, a weekday, the first word
    /// of a relative date phrase). Asked of every token; most start none, and these few KB stay
    /// in cache where `month` and `weekday` (a byte per word) did not.
    private let dateStartBits: [UInt64]
    let weekday: [Int8]
    /// Relative date phrases ("la semana pasada") → index into `relativeDates`.
    public let relativeDatePhrases: PhraseTrie
    public let relativeDates: [(offset: Int, unit: DateMention.Precision)]
    /// Endings that mark an unknown word as a finite verb (Spanish "-aron", "-ieron"): enough to see
    /// where a clause is, though no pattern can match a verb of unknown infinitive.
    public let verbGuesses: [(suffix: [UInt8], tense: Tense, plural: Bool)]
    /// Discards: phrases that mark a sentence (value `discardSentence`) or a whole story
    /// (`discardStory`) as not political news — sports, history, fiction — so nothing in it is
    /// coded; and fixed phrases (`fixedPhrase`: "puesta en marcha") whose words are neither events nor actors.
    public let discards: PhraseTrie
    public static let discardSentence: Int32 = 0
    public static let discardStory: Int32 = 1
    public static let fixedPhrase: Int32 = 2
    /// How the language is read: conjugator, suffixes split off words, noun compounds (`<lang>/settings.tsv`).
    public let settings: LanguageSettings
    /// Nouns modify nouns before them ("a hunger strike"): `noun-compounds` in `<lang>/settings.tsv`.
    public var nounCompounds: Bool { settings.nounCompounds }
    /// Pronouns that attach to the end of a verb, folded, in the order they are tried
    /// (class `enclitic` in `<lang>/words.tsv`; none in English).
    public let enclitics: [[UInt8]]
    /// The example sentences files (`<lang>/examples.tsv`), bundled first, then the user's.
    public let examples: [String]
    /// Files read, for `atalaya dictionaries` and error messages.
    public let files: [String]
    /// What statements are about, by the words of their content (`<lang>/statements.tsv`).
    public let statements: StatementCues

    init(language: String, vocabulary: Vocabulary, classes: [WordClass], readingStart: [Int32], readings: [VerbReading],
         abbreviations: Set<[UInt8]>, actors: ActorDictionary, agents: PhraseTrie, agentEntries: [AgentEntry],
         demonym: [Int32], demonymCodes: [String], patterns: PatternDictionary, auxiliaries: [Int32: [Auxiliary]],
         places: PlaceDictionary, cameo: CameoTable, cameoAgents: Set<String>, month: [Int8], weekday: [Int8], relativeDatePhrases: PhraseTrie,
         relativeDates: [(offset: Int, unit: DateMention.Precision)],
         verbGuesses: [(suffix: [UInt8], tense: Tense, plural: Bool)], discards: PhraseTrie, settings: LanguageSettings,
         enclitics: [[UInt8]], examples: [String], files: [String], statements: StatementCues = .none) {
        self.language = language
        self.vocabulary = vocabulary
        self.classes = classes
        self.readingStart = readingStart
        self.readings = readings
        self.abbreviations = abbreviations
        self.actors = actors
        self.agents = agents
        self.agentEntries = agentEntries
        self.demonym = demonym
        self.demonymCodes = demonymCodes
        self.patterns = patterns
        self.auxiliaries = auxiliaries
        var lemmas = [Bool](repeating: false, count: auxiliaries.keys.max().map { Int($0) + 1 } ?? 0)
        for w in auxiliaries.keys where w >= 0 { lemmas[Int(w)] = true }
        auxiliaryLemmas = lemmas
        self.places = places
        self.cameo = cameo
        self.cameoAgents = cameoAgents
        self.month = month
        var bits = [UInt64](repeating: 0, count: vocabulary.count / 64 + 1)
        for w in 0..<vocabulary.count where w < month.count && month[w] > 0 || w < weekday.count && weekday[w] >= 0
            || relativeDatePhrases.starts(with: Int32(w)) {
            bits[w >> 6] |= 1 << UInt64(w & 63)
        }
        dateStartBits = bits
        self.weekday = weekday
        self.relativeDatePhrases = relativeDatePhrases
        self.relativeDates = relativeDates
        self.verbGuesses = verbGuesses
        self.discards = discards
        self.settings = settings
        self.enclitics = enclitics
        self.examples = examples
        self.files = files
        self.statements = statements
    }

    /// A tokenizer for this language's text: its abbreviations and split suffixes.
    public var tokenizer: Tokenizer { Tokenizer(abbreviations: abbreviations, splitSuffixes: settings.splitSuffixes, numberPlaceholders: settings.numberPlaceholders) }

    /// The word's closed-class roles, without the `contextual` ones (an adjective is no closed-class word).
    @inline(__always)
    public func wordClass(_ w: Int32) -> WordClass { w >= 0 ? classes[Int(w)].subtracting(.contextual) : [] }

    @inline(__always)
    public func word(_ w: Int32, is c: WordClass) -> Bool { w >= 0 && classes[Int(w)].contains(c) }

    /// `!verbReadings(w).isEmpty`, without making the slice.
    @inline(__always)
    public func hasVerbReadings(_ w: Int32) -> Bool {
        w >= 0 && readingStart[Int(w)] != readingStart[Int(w) + 1]
    }

    /// Where `w`'s verb readings are, for `verbReading(at:)`: read in place, no slice made (and retained).
    @inline(__always)
    public func verbReadingRange(_ w: Int32) -> Range<Int> {
        w >= 0 ? Int(readingStart[Int(w)])..<Int(readingStart[Int(w) + 1]) : 0..<0
    }

    /// The verb reading at `i`, an index of some `verbReadingRange`.
    @inline(__always)
    public func verbReading(at i: Int) -> VerbReading { readings[i] }

    /// Whether `lemma` is an auxiliary's (`auxiliaries[lemma] != nil`).
    @inline(__always)
    public func isAuxiliary(_ lemma: Int32) -> Bool {
        lemma >= 0 && Int(lemma) < auxiliaryLemmas.count && auxiliaryLemmas[Int(lemma)]
    }

    @inline(__always)
    public func verbReadings(_ w: Int32) -> ArraySlice<VerbReading> {
        guard w >= 0 else { return [] }
        return readings[Int(readingStart[Int(w)])..<Int(readingStart[Int(w) + 1])]
    }

    @inline(__always)
    public func demonymCode(_ w: Int32) -> String? {
        guard w >= 0, demonym[Int(w)] >= 0 else { return nil }
        return demonymCodes[Int(demonym[Int(w)])]
    }

    @inline(__always)
    public func monthNumber(_ w: Int32) -> Int? { w >= 0 && month[Int(w)] > 0 ? Int(month[Int(w)]) : nil }

    /// `monthNumber(w) != nil || weekdayNumber(w) != nil || relativeDatePhrases.starts(with: w)`.
    @inline(__always)
    public func mayStartDate(_ w: Int32) -> Bool {
        w >= 0 && Int(w) >> 6 < dateStartBits.count && dateStartBits[Int(w) >> 6] & 1 << UInt64(w & 63) != 0
    }

    @inline(__always)
    public func weekdayNumber(_ w: Int32) -> Int? { w >= 0 && weekday[Int(w)] >= 0 ? Int(weekday[Int(w)]) : nil }

    /// Parses an actor code with this lexicon's CAMEO agent table, so "CVL" reads as an agent
    /// and "COL" as a country: `lexicon.actorCode("COLMIL").agents == ["MIL"]`.
    public func actorCode(_ text: some StringProtocol) -> ActorCode { ActorCode(text, agents: cameoAgents) }

    /// Whether an event between two codes would be an actor's with itself (`EventCoder.sameActor`).
    /// Two agents of no named country ("CVL", "CVL": "hombres" and "personas") are different people,
    /// as two "COLCVL" are; `sameActor` alone cannot tell "CVL" from a country code.
    public func isSelf(_ a: String, _ b: String) -> Bool {
        EventCoder.sameActor(a, b) && actorCode(a).kind != .agents
    }

    /// Every word of a class (for classes of a few words: "por", "by").
    public func words(in c: WordClass) -> [Int32] {
        classes.indices.filter { classes[$0].contains(c) }.map { Int32($0) }
    }

    /// The id of a word written in a data file or test; `Int32.min` (never a token's id) when unknown.
    public func id(_ word: String) -> Int32 {
        let w = vocabulary.lookup(Folding.fold(word)[...])
        return w >= 0 ? w : Int32.min
    }

    /// The bundled data directory.
    public static var bundledData: URL? {
        Bundle.module.url(forResource: "Resources", withExtension: nil)
    }

    /// Bundled dictionaries that are not loaded unless asked for (`optional/<name>`, laid out like
    /// the bundled ones): large lists whose load time not every user wants to pay.
    ///
    /// ```swift
    /// let lexicon = try Lexicon.load(language: "en", extra: [Lexicon.optionalData("phoenix-people")!])
    /// ```
    public static func optionalData(_ name: String) -> URL? {
        guard !name.contains("/"), let dir = bundledData?.appendingPathComponent("optional/\(name)") else { return nil }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDirectory) && isDirectory.boolValue ? dir : nil
    }

    /// The names `optionalData` knows.
    public static var optionalNames: [String] {
        guard let dir = bundledData?.appendingPathComponent("optional") else { return [] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { optionalData($0) != nil }.sorted()
    }
}
