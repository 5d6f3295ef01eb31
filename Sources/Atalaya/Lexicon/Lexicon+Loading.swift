import Foundation

extension Lexicon {
    /// Loads the bundled dictionaries of a language, then the same files from each of
    /// `extra` directories, which add entries (a user's own dictionaries).
    ///
    /// ```swift
    /// let lexicon = try Lexicon.load(language: "es", extra: [URL(fileURLWithPath: "mydicts")])
    /// ```
    public static func load(language: String = "es", extra: [URL] = []) throws -> Lexicon {
        guard let bundled = bundledData else {
            throw LexiconError(file: "Resources", line: 0, message: "bundled dictionaries not found")
        }
        return try load(language: language, directories: [bundled] + extra)
    }

    static func load(language: String, directories: [URL]) throws -> Lexicon {
        var used = [String]()
        // The copies of a data file, bundled first, then the user's; each one found is listed in `files`.
        func urls(_ rel: String) -> [URL] {
            let found = directories.map { $0.appendingPathComponent(rel) }.filter { FileManager.default.fileExists(atPath: $0.path) }
            used += found.map(\.path)
            return found
        }
        func files(_ rel: String) throws -> [DataFile] { try urls(rel).map { try DataFile(url: $0) } }
        let lang = language
        var vocab = Vocabulary(capacity: 1 << 17)

        var abbreviations = Set<[UInt8]>()
        for f in try files("\(lang)/abbreviations.txt") { for r in f.rows { abbreviations.insert(Folding.fold(r[0])) } }
        let tokenizer = Tokenizer(abbreviations: abbreviations)
        var scratch = [UInt8]()
        func phrase(_ name: String) -> [Int32] {
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
        func word(_ w: String) -> Int32 { vocab.intern(Folding.fold(w)) }

        // CAMEO codes first: everything else is checked against them.
        let codes = try CameoCodes.load(files: files)
        let cameo = codes.events, cameoAgents = codes.agents
        _ = urls("\(lang)/examples.tsv")  // not compiled, only listed: the linter reads it

        var classes = [Int32: WordClass]()
        for f in try files("\(lang)/words.tsv") {
            for r in f.rows {
                guard let c = WordClass.names[r[0]] else { throw f.error(r, "unknown word class '\(r[0])'") }
                for w in r[1].split(separator: " ") { classes[word(String(w)), default: []].insert(c) }
            }
        }

        var auxiliaries = [Int32: [Auxiliary]]()
        var lemmas = Set<String>()
        for f in try files("\(lang)/auxiliaries.tsv") {
            for r in f.rows {
                guard let role = Auxiliary.Role(rawValue: r[2]) else { throw f.error(r, "unknown role '\(r[2])'") }
                let mode = r[3] == "-" || r[3].isEmpty ? nil : EventMode(rawValue: r[3])
                if r[3] != "-" && !r[3].isEmpty && mode == nil { throw f.error(r, "unknown mode '\(r[3])'") }
                let lemma = String(decoding: Folding.fold(r[0]), as: UTF8.self)
                lemmas.insert(lemma)
                auxiliaries[word(lemma), default: []].append(Auxiliary(role: role, particle: r[1] == "-" ? -1 : word(r[1]), mode: mode))
            }
        }

        var patterns = PatternDictionary()
        for f in try files("\(lang)/patterns.tsv") {
            // Spanish infinitives end in -ar, -er, -ir; other languages' are checked by their conjugator.
            try patterns.load(f, name: "\(lang)/patterns.tsv", intern: word, validCode: cameo.isValid,
                              infinitive: { lang != "es" || $0.hasSuffix("ar") || $0.hasSuffix("er") || $0.hasSuffix("ir") },
                              equivalents: { w in
                                  let c = (classes[w] ?? []).intersection([.genitive, .objectMarker])
                                  return c.isEmpty ? [w] : [w] + classes.filter { $0.key != w && !$0.value.intersection(c).isEmpty }.map(\.key).sorted()
                              })
        }
        lemmas.formUnion(patterns.verbLemmas)
        for f in try files("\(lang)/verbs.txt") { for r in f.rows { lemmas.insert(String(decoding: Folding.fold(r[0]), as: UTF8.self)) } }
        for (w, c) in classes where c.contains(.speech) { lemmas.insert(vocab.form(w)) }

        // Verb forms from the language's conjugator.
        var readingMap = [Int32: [VerbReading]]()
        let irregular = try files("\(lang)/morphology/irregular.tsv").first
        var conjugate: ((String) -> [VerbForm])?
        if lang == "en" {
            let english = try EnglishConjugator(irregular: irregular)
            lemmas.formUnion(english.modalVerbs)
            conjugate = english.forms(of:)
        } else if let endings = try files("\(lang)/morphology/endings.tsv").first {
            let spanish = try SpanishConjugator(endings: endings, irregular: irregular ?? DataFile(path: "", text: ""))
            conjugate = spanish.forms(of:)
        }
        if let conjugate {
            for lemma in lemmas.sorted() {
                let l = word(lemma)
                for f in conjugate(lemma) {
                    let r = VerbReading(lemma: l, tense: f.tense, person: f.person, plural: f.plural)
                    let w = word(f.form)
                    if readingMap[w]?.contains(r) != true { readingMap[w, default: []].append(r) }
                }
            }
        }

        var agentPhrases = [([Int32], Int32)]()
        var agentEntries = [AgentEntry]()
        for f in try files("\(lang)/agents.tsv") {
            for r in f.rows {
                guard CameoTable.isActorCodeShape(r[0]) else { throw f.error(r, "bad agent code '\(r[0])'") }
                for form in r[1].split(separator: "|") {
                    let words = phrase(String(form))
                    let plural = Folding.fold(String(form.split(separator: " ").first ?? form)).last == UInt8(ascii: "s")
                    agentPhrases.append((words, Int32(agentEntries.count)))
                    agentEntries.append(AgentEntry(code: r[0], plural: plural, leader: r[2] == "leader"))
                }
            }
        }

        var demonymMap = [Int32: Int32]()
        var demonymCodes = [String]()
        for f in try files("\(lang)/demonyms.tsv") {
            for r in f.rows {
                guard CameoTable.isActorCodeShape(r[0]) else { throw f.error(r, "bad country code '\(r[0])'") }
                let i = Int32(demonymCodes.count)
                demonymCodes.append(r[0])
                for form in r[1].split(separator: "|") { demonymMap[word(String(form))] = i }
            }
        }

        var actors = ActorDictionary(vocabularySize: 0)
        let actorFiles: [(String, ActorEntry.Kind)] = [("countries", .country), ("country-variants", .country),
                                                       ("organizations", .organization), ("people", .person),
                                                       ("seats", .seat), ("groups", .group),
                                                       ("regions", .organization)]
        for (name, kind) in actorFiles {
            for rel in ["actors/\(name).tsv", "\(lang)/actors/\(name).tsv"] {
                for f in try files(rel) { try actors.load(f, kind: kind, phrase: phrase, valid: CameoTable.isActorCodeShape) }
            }
        }

        var places = PlaceDictionary(vocabularySize: 0)
        for rel in ["gazetteer/cities.tsv", "gazetteer/places.tsv", "\(lang)/places.tsv"] {
            for url in urls(rel) {
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw LexiconError(file: url.path, line: 0, message: "cannot read")
                }
                try places.load(url.path, bytes: [UInt8](data), phrase: phrase)
            }
        }
        for e in actors.entries where e.kind == .country {
            places.add(Place(name: e.name, country: e.roles[0].code, lat: nil, lon: nil, population: Int(Int32.max), isCountry: true),
                       words: phrase(e.name))
        }

        var monthMap = [Int32: Int8](), weekdayMap = [Int32: Int8]()
        var relativePhrases = [([Int32], Int32)]()
        var relativeDates = [(offset: Int, unit: DateMention.Precision)]()
        for f in try files("\(lang)/dates.tsv") {
            for r in f.rows {
                switch r[0] {
                case "month", "weekday":
                    guard let n = Int8(r[2]) else { throw f.error(r, "expected a number") }
                    for w in r[1].split(separator: " ") {
                        if r[0] == "month" { monthMap[word(String(w))] = n } else { weekdayMap[word(String(w))] = n }
                    }
                case "relative":
                    let parts = r[2].split(separator: " ")
                    guard parts.count == 2, let n = Int(parts[0]), let unit = DateMention.Precision(rawValue: String(parts[1])) else {
                        throw f.error(r, "expected an offset and a unit: '-1 day'")
                    }
                    relativePhrases.append((phrase(r[1]), Int32(relativeDates.count)))
                    relativeDates.append((n, unit))
                case "year-cue":
                    for w in r[1].split(separator: " ") { classes[word(String(w)), default: []].insert(.yearCue) }
                default: throw f.error(r, "unknown kind '\(r[0])'")
                }
            }
        }
        for (w, _) in monthMap { classes[w, default: []].insert(.month) }
        for (w, _) in weekdayMap { classes[w, default: []].insert(.weekday) }

        var discardPhrases = [([Int32], Int32)]()
        for f in try files("\(lang)/discards.tsv") {
            for r in f.rows {
                guard r[0] == "sentence" || r[0] == "story" else { throw f.error(r, "scope must be sentence or story") }
                for p in r[1].split(separator: "|") { discardPhrases.append((phrase(String(p)), r[0] == "story" ? 1 : 0)) }
            }
        }
        var verbGuesses = [(suffix: [UInt8], tense: Tense, plural: Bool)]()
        for f in try files("\(lang)/morphology/guesses.tsv") {
            for r in f.rows {
                guard let tense = Tense(name: r[1]), r[2] == "singular" || r[2] == "plural" else {
                    throw f.error(r, "expected: suffix, tense, singular or plural")
                }
                verbGuesses.append((Folding.fold(r[0]), tense, r[2] == "plural"))
            }
        }
        var nounCompounds = false
        for f in try files("\(lang)/settings.tsv") {
            for r in f.rows {
                switch r[0] {
                case "noun-compounds": nounCompounds = r[1] == "yes"
                default: throw f.error(r, "unknown setting '\(r[0])'")
                }
            }
        }

        // Freeze: per-word tables sized to the final vocabulary.
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
        var agents = PhraseTrie(vocabularySize: n)
        for (words, i) in agentPhrases { agents.insert(words, value: i) }
        var relativeTrie = PhraseTrie(vocabularySize: n)
        for (words, i) in relativePhrases { relativeTrie.insert(words, value: i) }
        var discards = PhraseTrie(vocabularySize: n)
        for (words, scope) in discardPhrases { discards.insert(words, value: scope) }
        actors.build(vocabularySize: n)

        return Lexicon(language: lang, vocabulary: vocab, classes: classArray, readingStart: readingStart, readings: readings,
                       abbreviations: abbreviations, actors: actors, agents: agents, agentEntries: agentEntries,
                       demonym: demonym, demonymCodes: demonymCodes, patterns: patterns, auxiliaries: auxiliaries,
                       places: places, cameo: cameo, cameoAgents: cameoAgents, month: month, weekday: weekday, relativeDatePhrases: relativeTrie,
                       relativeDates: relativeDates, verbGuesses: verbGuesses, discards: discards, nounCompounds: nounCompounds, files: used)
    }
}
