import Foundation

/// Compiles a language's data files into a `Lexicon`: one small loader per table (in the
/// `LexiconBuilder+…` files), all reading through one `DataFinder`, bundled files first and then
/// the user's `--dictionaries`.
///
/// ```swift
/// var builder = LexiconBuilder(language: "es", finder: try DataFinder.bundled())
/// let lexicon = try builder.build()
/// ```
struct LexiconBuilder {
    let language: String
    var finder: DataFinder
    var settings = LanguageSettings()
    var vocab = Vocabulary(capacity: 1 << 17)
    var scratch = [UInt8]()
    /// Splits multi-word names in the data as text is split, abbreviations and all.
    var tokenizer = Tokenizer(abbreviations: [])
    var abbreviations = Set<[UInt8]>()
    var codes: CameoCodes?
    var examples = [String]()
    var classes = [Int32: WordClass]()
    var enclitics = [[UInt8]]()
    var auxiliaries = [Int32: [Auxiliary]]()
    /// Verbs to conjugate: pattern heads, auxiliaries, `verbs.txt`, speech verbs.
    var lemmas = Set<String>()
    var patterns = PatternDictionary()
    var readingMap = [Int32: [VerbReading]]()
    var agentPhrases = [([Int32], Int32)]()
    var agentEntries = [AgentEntry]()
    var demonymMap = [Int32: Int32]()
    var demonymCodes = [String]()
    var actors = ActorDictionary(vocabularySize: 0)
    var places = PlaceDictionary(vocabularySize: 0)
    var monthMap = [Int32: Int8](), weekdayMap = [Int32: Int8]()
    var relativePhrases = [([Int32], Int32)]()
    var relativeDates = [(offset: Int, unit: DateMention.Precision)]()
    var discardPhrases = [([Int32], Int32)]()
    var verbGuesses = [(suffix: [UInt8], tense: Tense, plural: Bool)]()
    var statements = StatementCues.none

    init(language: String, finder: DataFinder) {
        self.language = language
        self.finder = finder
    }

    /// Reads every table in dependency order and freezes the result.
    mutating func build() throws -> Lexicon {
        settings = try LanguageSettings(files: finder.files("\(language)/settings.tsv"))
        try loadAbbreviations()
        // CAMEO codes first: everything else is checked against them.
        codes = try CameoCodes.load(from: &finder)
        // Not compiled, only found: the linter and the benchmark read them.
        examples = finder.urls("\(language)/examples.tsv").map(\.path)
        try loadWords()
        try loadAuxiliaries()
        let conjugator = try makeConjugator()
        try loadPatterns(infinitive: { conjugator?.isInfinitive($0) ?? true })
        try loadVerbList()
        conjugate(with: conjugator)
        try loadAgents()
        try loadDemonyms()
        try loadActors()
        try loadPlaces()
        try loadDates()
        try loadDiscards()
        try loadVerbGuesses()
        try loadStatements()
        return freeze()
    }

    /// The id of one word, folded.
    mutating func word(_ w: String) -> Int32 { vocab.intern(Folding.fold(w)) }

    /// The ids of the words of a name, split as text is.
    mutating func phrase(_ name: String) -> [Int32] {
        // Most names are one plain word ("Vladivostok"): fold and intern it without tokenizing.
        let single: Int32? = name.utf8.withContiguousStorageIfAvailable { b -> Int32? in
            guard !b.isEmpty else { return nil }
            for c in b where c < 0x80 ? !(c >= 0x41 && c <= 0x5A || c >= 0x61 && c <= 0x7A) : c == 0xE2 || c == 0xC2 {
                return nil
            }
            scratch.removeAll(keepingCapacity: true)
            _ = Folding.fold(b, 0, b.count, into: &scratch)
            return vocab.intern(scratch[...])
        } ?? nil
        if let single { return [single] }
        let (tokens, folded) = tokenizer.tokenize(Array(name.utf8))
        return tokens.map { vocab.intern(folded[Int($0.foldStart)..<Int($0.foldEnd)]) }
    }

    /// Per-word tables sized to the final vocabulary.
    mutating func freeze() -> Lexicon {
        let n = vocab.count
        var classArray = [WordClass](repeating: [], count: n)
        for (w, c) in classes { classArray[Int(w)] = c }
        var readingStart = [Int32](repeating: 0, count: n + 1)
        var readings = [VerbReading]()
        for w in 0..<n {
            readingStart[w] = Int32(readings.count)
            if let r = readingMap[Int32(w)] { readings.append(contentsOf: r) }
        }
        readingStart[n] = Int32(readings.count)
        var demonym = [Int32](repeating: -1, count: n)
        for (w, i) in demonymMap { demonym[Int(w)] = i }
        var month = [Int8](repeating: 0, count: n), weekday = [Int8](repeating: -1, count: n)
        for (w, m) in monthMap { month[Int(w)] = m }
        for (w, d) in weekdayMap { weekday[Int(w)] = d }
        actors.build(vocabularySize: n)
        return Lexicon(language: language, vocabulary: vocab, classes: classArray, readingStart: readingStart, readings: readings,
                       abbreviations: abbreviations, actors: actors, agents: trie(agentPhrases), agentEntries: agentEntries,
                       demonym: demonym, demonymCodes: demonymCodes, patterns: patterns, auxiliaries: auxiliaries,
                       places: places, cameo: codes!.events, cameoAgents: codes!.agents, month: month, weekday: weekday,
                       relativeDatePhrases: trie(relativePhrases), relativeDates: relativeDates, verbGuesses: verbGuesses,
                       discards: trie(discardPhrases), settings: settings, enclitics: enclitics, examples: examples,
                       files: finder.used, statements: statements)
    }

    private func trie(_ phrases: [([Int32], Int32)]) -> PhraseTrie {
        var t = PhraseTrie(vocabularySize: vocab.count)
        for (words, value) in phrases { t.insert(words, value: value) }
        return t
    }
}
