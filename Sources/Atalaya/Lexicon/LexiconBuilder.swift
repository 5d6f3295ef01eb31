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
    var vocab = Vocabulary(capacity: 1 << 16)
    /// Buffers reused by `word` and `phrase`.
    var scratch = [UInt8](), phraseTokens = [Token]()
    /// Whether no split suffix can end a word of letters, so that a name of such words and spaces
    /// is split at its spaces, as the tokenizer would split it.
    var spacedNamesSplitPlainly = true
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
    /// (word, reading) in the order made; `freeze` groups them by word, in that order, without repeats.
    var readingPairs = [(word: Int32, reading: VerbReading)]()
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

    /// Per-word tables sized to the final vocabulary.
    mutating func freeze() -> Lexicon {
        let n = vocab.count
        var classArray = [WordClass](repeating: [], count: n)
        for (w, c) in classes { classArray[Int(w)] = c }
        let (readingStart, readings) = groupReadings(words: n)
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

    /// The verb readings grouped by word (a counting sort, stable), each reading once per word:
    /// where each word's readings start, and the readings.
    private func groupReadings(words n: Int) -> ([Int32], [VerbReading]) {
        var slot = [Int32](repeating: 0, count: n + 1)
        for p in readingPairs { slot[Int(p.word) + 1] += 1 }
        for w in 0..<n { slot[w + 1] += slot[w] }
        var order = [Int32](repeating: 0, count: readingPairs.count)
        for (i, p) in readingPairs.enumerated() {
            order[Int(slot[Int(p.word)])] = Int32(i)
            slot[Int(p.word)] += 1
        }
        var readingStart = [Int32](repeating: 0, count: n + 1)
        var readings = [VerbReading]()
        readings.reserveCapacity(readingPairs.count)
        var k = 0
        for w in 0..<n {
            let start = readings.count
            readingStart[w] = Int32(start)
            while k < order.count && readingPairs[Int(order[k])].word == Int32(w) {
                let r = readingPairs[Int(order[k])].reading
                if !readings[start...].contains(r) { readings.append(r) }
                k += 1
            }
        }
        readingStart[n] = Int32(readings.count)
        return (readingStart, readings)
    }

    private func trie(_ phrases: [([Int32], Int32)]) -> PhraseTrie {
        // Its first-word table as long as its first words need (not the whole vocabulary): lookups
        // of later words miss alike, and untouched memory costs no page faults.
        var t = PhraseTrie(vocabularySize: phrases.reduce(0) { max($0, Int($1.0.first ?? -1) + 1) })
        for (words, value) in phrases { t.insert(words, value: value) }
        return t
    }
}
