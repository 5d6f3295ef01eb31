/// How a word reads as the start of a verb group: its best verb readings, and the context that
/// rules some out (an article or preposition before it, a compound noun, an accent).
extension VerbGroupFinder {
    /// The best readings of token `t` as the start of a verb group (ties kept), in `best` (emptied
    /// first); none when it is not one. (Into a list the caller keeps: most words are asked.)
    func readings(_ doc: Document, _ t: Int, sentenceStart: Int, inQuote: Bool, named: [Bool], shouting: Bool = false,
                  writesAccents: Bool = false, into best: inout [VerbReading]) {
        if !best.isEmpty { best.removeAll(keepingCapacity: true) }
        let tok = doc.tokens[t]
        guard case let (range, guessed)? = readingSource(doc, t) else { return }
        let cls = lexicon.wordClass(tok.word)
        // Closed-class words ("de", "se", "como") are verbs only with an accent ("dé", "sé").
        if !cls.subtracting(.lemmaClasses).isEmpty && !tok.flags.contains(.accented) { return }
        if tok.flags.contains(.capitalized) && !shouting && t > sentenceStart && !doc.tokens[t - 1].flags.contains(.openQuote)
            && !tok.flags.contains(.accented) { return }  // a name, not a verb
        // "crítico", "última": where the language writes stress, an accent early in the word marks
        // a noun or an adjective, never a third-person verb form.
        let earlyStress = tok.flags.contains(.accented) && !tok.flags.contains(.enclitic)
            && lexicon.settings.unstressedVerbVowels.map { limit in
                doc.bytes.withUnsafeBufferPointer { (Folding.vowelsAfterAccent($0, Int(tok.start), Int(tok.end)) ?? 0) >= limit }
            } ?? false
        // "su primer viaje": the word before the adjectives decides, as if they were not there.
        let before = wordBefore(doc, t, sentenceStart: sentenceStart)
        let pastAdjectives = before < t - 1
        let prevClass = before >= sentenceStart ? classBefore(doc, before) : []
        // "de la última captura": after a preposition, "la" is an article, not a pronoun; so it
        // is before an adjective ("la nueva visita").
        let articleAfterPreposition = prevClass.contains(.objClitic) && (pastAdjectives || before > sentenceStart
            && lexicon.wordClass(doc.tokens[before - 1].word).contains(.preposition))
        // "the union's strike": a possessive is read as an article.
        let afterArticle = prevClass.contains(.determiner) && (!prevClass.contains(.objClitic) || articleAfterPreposition)
            || prevClass.contains(.possessive)
        // "dozens were arrested": a number word alone is a subject before an auxiliary (only there).
        let countBefore = !pastAdjectives && before >= sentenceStart && lexicon.word(doc.tokens[before].word, is: .count)
        let afterPreposition = prevClass.contains(.preposition)
        let afterObjClitic = prevClass.contains(.objClitic) && !pastAdjectives
        let afterNounMarker = before >= sentenceStart && lexicon.word(doc.tokens[before].word, is: .nounMarker)
        let compoundNoun = isCompoundHead(doc, t, sentenceStart: sentenceStart, named: named) && !pastOnly(doc, t, range, guessed)
        var bestScore = -1
        let accentMissing = writesAccents && !shouting && !tok.flags.contains(.accented)
        for k in range {
            let r = guessed ?? lexicon.verbReading(at: k)
            var score: Int
            if r.accented && accentMissing { continue }  // "un mes y medio": no "medió"
            if r.tense.isFinite {
                // An auxiliary is never the head noun of a compound ("the farm were", "the south have").
                if afterArticle && !(countBefore && lexicon.isAuxiliary(r.lemma)) || afterPreposition || afterNounMarker
                    || (compoundNoun && !lexicon.isAuxiliary(r.lemma))
                    || (earlyStress && r.person == 3) { continue }
                if afterObjClitic && !tok.flags.contains(.accented) && !Self.followsObjectClitic(r.tense) { continue }
                if r.person != 3 && !inQuote { continue }
                if r.tense == .present && !lexicon.isAuxiliary(r.lemma) && isBeforePastAuxiliary(doc, t) { continue }
                score = r.person == 3 ? 10 : 5
                if r.tense == .imperative { score -= 4 }
            } else {
                // "a sovereign state": nor is a bare infinitive the head noun after article + adjective.
                if afterArticle || (afterNounMarker && r.tense != .gerund) || (compoundNoun && r.tense == .infinitive) { continue }
                switch r.tense {
                case .infinitive: score = 4
                case .gerund: score = 3
                default: continue  // participles alone are adjectives
                }
            }
            if score > bestScore { if !best.isEmpty { best.removeAll(keepingCapacity: true) }; best.append(r); bestScore = score }
            else if score == bestScore && !best.contains(r) { best.append(r) }
        }
    }

    /// The classes of the word before a verb form: "Luego él firmó", an accent makes the article a
    /// pronoun where articles have none (`unaccented-articles`).
    @inline(__always)
    func classBefore(_ doc: Document, _ t: Int) -> WordClass {
        var classes = lexicon.wordClass(doc.tokens[t].word)
        if doc.tokens[t].flags.contains(.accented) && lexicon.settings.unaccentedArticles { classes.subtract([.determiner, .possessive]) }
        return classes
    }

    /// Where token `t`'s verb readings are: the dictionary's, read in place by index (no slice made
    /// and retained), else a guess as the one reading of 0..<1; nil when it has none.
    @inline(__always)
    func readingSource(_ doc: Document, _ t: Int) -> (range: Range<Int>, guessed: VerbReading?)? {
        let w = doc.tokens[t].word
        if lexicon.hasVerbReadings(w) { return (lexicon.verbReadingRange(w), nil) }
        return guess(doc, t).map { (0..<1, $0) }
    }

    /// The tenses a finite form may have right after an object clitic unaccented ("la", "lo").
    @inline(__always)
    static func followsObjectClitic(_ tense: Tense) -> Bool {
        switch tense {
        case .preterite, .imperfect, .conditional, .future: true
        default: false
        }
    }

    /// "a hunger strike": in languages whose nouns modify the next noun, a verb form after
    /// article + plain noun is the head noun. Actors do act ("the police arrested").
    func isCompoundHead(_ doc: Document, _ t: Int, sentenceStart: Int, named: [Bool]) -> Bool {
        lexicon.nounCompounds && t >= sentenceStart + 2 && (named[t - 1] == false
            && doc.tokens[t - 1].kind == .word && !doc.tokens[t - 1].flags.contains(.capitalized)
            && lexicon.wordClass(doc.tokens[t - 1].word).isEmpty && lexicon.verbReadings(doc.tokens[t - 1].word).isEmpty
            && lexicon.word(doc.tokens[t - 2].word, is: .determiner) || nameAfterIndefinite(doc, t, sentenceStart: sentenceStart, named: named))
    }

    /// "the countries signed an agreement": a form that is only a past (no present, no infinitive)
    /// heads no compound noun; it is the verb, unless "by" follows ("the weapons seized by …").
    func pastOnly(_ doc: Document, _ t: Int, _ range: Range<Int>, _ guessed: VerbReading?) -> Bool {
        guard t + 1 < doc.tokens.count, !lexicon.word(doc.tokens[t + 1].word, is: .agentMarker) else { return false }
        return range.allSatisfy { k in
            let r = guessed ?? lexicon.verbReading(at: k)
            return r.tense == .preterite || r.tense == .participle
        }
    }

    /// "torture was practised", "la protesta fue …": a present form right before an auxiliary's
    /// past is that auxiliary's subject, a noun.
    func isBeforePastAuxiliary(_ doc: Document, _ t: Int) -> Bool {
        t + 1 < doc.tokens.count && lexicon.hasVerbReadings(doc.tokens[t + 1].word)
            && lexicon.verbReadings(doc.tokens[t + 1].word).contains { $0.tense == .preterite && lexicon.isAuxiliary($0.lemma) }
    }

    /// "a Taliban attack", "an Israeli raid": a name right before `t`, after an indefinite article
    /// (a name takes none of its own), qualifies the noun at `t`. Not an agent's phrase: "a
    /// Russian soldier stabbed …".
    func nameAfterIndefinite(_ doc: Document, _ t: Int, sentenceStart: Int, named: [Bool]) -> Bool {
        guard named[t - 1], doc.mentionAt[t - 1] >= 0 else { return false }
        let m = doc.mentions[Int(doc.mentionAt[t - 1])]
        return m.kind == .named && m.tokens.upperBound == t && m.tokens.lowerBound > sentenceStart
            && lexicon.word(doc.tokens[m.tokens.lowerBound - 1].word, is: .indefinite)
    }

    /// The word before token `t`, or, where adjectives of class `prenominal` stand right before it
    /// after a determiner or preposition ("su primer viaje", "for new attacks"), the word before
    /// them; `sentenceStart - 1` at the start of the sentence.
    func wordBefore(_ doc: Document, _ t: Int, sentenceStart: Int) -> Int {
        var k = t - 1
        // An idiom's adjective ("de nuevo atacaron": again) is no noun's.
        while k > sentenceStart, doc.tokens[k].kind == .word, !doc.tokens[k].flags.contains(.fixedPhrase),
              lexicon.word(doc.tokens[k].word, is: .prenominal) { k -= 1 }
        guard k < t - 1, !lexicon.wordClass(doc.tokens[k].word).intersection([.determiner, .preposition]).isEmpty
                || lexicon.word(doc.tokens[k].word, is: .nounMarker) else { return t - 1 }
        return k
    }

    /// Whether `guess` may find a reading for `tok`: long enough, and ending with the last byte of some guess.
    @inline(__always)
    func mayGuess(_ doc: Document, _ tok: Token) -> Bool {
        tok.foldEnd - tok.foldStart > 5 && guessEnds[Int(doc.folded[Int(tok.foldEnd) - 1])]
    }

    /// A verb the dictionaries do not know, told by its ending ("cubrían", "transportaron").
    func guess(_ doc: Document, _ t: Int) -> VerbReading? {
        let tok = doc.tokens[t]
        // Cheap tests first: most words end with no guess's last byte.
        guard mayGuess(doc, tok), tok.kind == .word,
              !tok.flags.contains(.capitalized), lexicon.wordClass(tok.word).isEmpty, !lexicon.agents.starts(with: tok.word) else { return nil }
        let f = doc.foldedForm(t)
        for g in lexicon.verbGuesses where f.count > g.suffix.count + 2 && f.suffix(g.suffix.count).elementsEqual(g.suffix) {
            return VerbReading(lemma: -1, tense: g.tense, person: 3, plural: g.plural)
        }
        return nil
    }
}
