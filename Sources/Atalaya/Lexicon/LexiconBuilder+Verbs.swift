/// The loaders of a language's verb tables: auxiliaries, patterns, verb lists, morphology.
extension LexiconBuilder {
    /// `<lang>/auxiliaries.tsv`: lemma, particle, role, mode.
    mutating func loadAuxiliaries() throws {
        for f in try finder.files("\(language)/auxiliaries.tsv") {
            for r in f.rows {
                guard let role = Auxiliary.Role(rawValue: r[2]) else { throw f.error(r, "unknown role '\(r[2])'") }
                let mode = r[3] == "-" || r[3].isEmpty ? nil : EventMode(rawValue: r[3])
                if r[3] != "-" && !r[3].isEmpty && mode == nil { throw f.error(r, "unknown mode '\(r[3])'") }
                let lemma = String(decoding: Folding.fold(r[0]), as: UTF8.self)
                lemmas.insert(lemma)
                let l = word(lemma)
                let particle = r[1] == "-" ? -1 : word(r[1])
                auxiliaries[l, default: []].append(Auxiliary(role: role, particle: particle, mode: mode))
            }
        }
    }

    /// `<lang>/patterns.tsv`, then `<lang>/patterns-*.tsv` in name order (the same format, for
    /// more patterns than one file holds well); `infinitive` checks a head verb is one (by the
    /// language's conjugator).
    mutating func loadPatterns(infinitive: (String) -> Bool) throws {
        let valid = codes!.events.isValid
        var loaded = PatternDictionary()
        var known = [Int32: [Int32]]()  // each marker's equivalents found once, not for every pattern
        let files = try finder.files("\(language)/patterns.tsv") + finder.files(in: language, prefix: "patterns-", suffix: ".tsv")
        for f in files {
            try loaded.load(f, name: "\(language)/\(f.path.split(separator: "/").last ?? "")", intern: { word($0) }, validCode: valid, infinitive: infinitive,
                            equivalents: { w in
                                if let e = known[w] { return e }
                                let e = equivalents(w)
                                known[w] = e
                                return e
                            })
        }
        patterns = loaded
        lemmas.formUnion(patterns.verbLemmas)
    }

    /// Words a pattern's complement word stands for: all words sharing its genitive or object-marker class.
    private func equivalents(_ w: Int32) -> [Int32] {
        let c = (classes[w] ?? []).intersection([.genitive, .objectMarker])
        return c.isEmpty ? [w] : [w] + classes.filter { $0.key != w && !$0.value.intersection(c).isEmpty }.map(\.key).sorted()
    }

    /// `<lang>/verbs.txt`, and the verbs of `words.tsv` (speech, support, undergo): more verbs to conjugate.
    mutating func loadVerbList() throws {
        for f in try finder.files("\(language)/verbs.txt") { for r in f.rows { lemmas.insert(String(decoding: Folding.fold(r[0]), as: UTF8.self)) } }
        for (w, c) in classes where !c.intersection(.lemmaClasses).isEmpty { lemmas.insert(vocab.form(w)) }
    }

    /// The conjugator `<lang>/settings.tsv` names, built from `<lang>/morphology/*`.
    mutating func makeConjugator() throws -> (any VerbConjugator)? {
        let irregular = try finder.files("\(language)/morphology/irregular.tsv").first
        switch settings.conjugator {
        case .english?:
            return try EnglishConjugator(irregular: irregular)
        case .spanish?:
            let rel = "\(language)/morphology/endings.tsv"
            guard let endings = try finder.files(rel).first else {
                throw LexiconError(file: rel, line: 0, message: "missing: the spanish conjugator needs regular endings")
            }
            return try SpanishConjugator(endings: endings, irregular: irregular ?? DataFile(path: "", text: ""))
        case nil:
            return nil
        }
    }

    /// Every form of every lemma, as verb readings of its word.
    mutating func conjugate(with conjugator: (any VerbConjugator)?) {
        guard let conjugator else { return }
        lemmas.formUnion(conjugator.extraLemmas)
        for lemma in lemmas.sorted() {
            let l = word(lemma)
            for f in conjugator.forms(of: lemma) {
                let w = word(f.form)
                if w >= 0 { readingPairs.append((w, VerbReading(lemma: l, tense: f.tense, person: f.person, plural: f.plural, accented: f.accented))) }
            }
        }
    }

    /// `<lang>/morphology/guesses.tsv`: suffix, tense, number of unknown verbs.
    mutating func loadVerbGuesses() throws {
        for f in try finder.files("\(language)/morphology/guesses.tsv") {
            for r in f.rows {
                guard let tense = Tense(name: r[1]), r[2] == "singular" || r[2] == "plural" else {
                    throw f.error(r, "expected: suffix, tense, singular or plural")
                }
                verbGuesses.append((Folding.fold(r[0]), tense, r[2] == "plural"))
            }
        }
    }
}
