/// Stage 5. Reads tokens, words and mentions; writes `doc.verbs`.
///
/// Finds verb groups: a finite verb with its auxiliaries, clitics and negation
/// ("no se han reunido", "va a imponer", "fue detenido", "podría violar"), and
/// infinitives and gerunds that head clauses of their own ("para negociar", "derribando").
///
/// Noun readings win where Spanish grammar says so: no finite verb right after an article or
/// preposition ("la visita", "un acuerdo"), and first/second person forms only inside quotes.
///
/// ```swift
/// VerbGroupFinder(lexicon: lexicon).run(&doc)
/// doc.verbs.map { lexicon.vocabulary.form($0.lemma) }  // ["reunir", ...]
/// ```
public struct VerbGroupFinder: Stage {
    public let lexicon: Lexicon
    /// Enclitics that are also reflexive ("se" of "reunirse"), folded.
    private let reflexiveEnclitics: [[UInt8]]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        reflexiveEnclitics = lexicon.enclitics.filter { lexicon.word(lexicon.id(String(decoding: $0, as: UTF8.self)), is: .reflexive) }
    }

    public func run(_ doc: inout Document) {
        doc.verbs = groups(doc)
    }

    /// The document's verb groups. (Read from a borrowed document, not the `inout` one: each helper
    /// given the `inout` document got a copy of it, retaining all its arrays.)
    func groups(_ doc: Document) -> [VerbGroup] {
        var groups = [VerbGroup]()
        let tokens = doc.tokens
        // Words of an actor's name are not verbs ("Irán" is not "irán").
        var named = [Bool](repeating: false, count: tokens.count)
        for m in doc.mentions where m.kind != .modifier { for t in m.tokens { named[t] = true } }
        // Only a text that writes accents tells "medio" from "medió" by them.
        let writesAccents = tokens.contains { $0.flags.contains(.accented) }
        for (s, sentence) in doc.sentences.enumerated() {
            // In a headline in capitals, a capital does not mark a name.
            var words = 0, upper = 0
            for t in sentence.tokens where tokens[t].kind == .word {
                words += 1
                if tokens[t].flags.contains(.upper) { upper += 1 }
            }
            let shouting = words >= 3 && upper * 10 >= words * 7
            var inQuote = false
            var lastFiniteEnd = -1
            var t = sentence.tokens.lowerBound
            let end = sentence.tokens.upperBound
            while t < end {
                let tok = tokens[t]
                if tok.flags.contains(.openQuote) { inQuote = true }
                if tok.flags.contains(.closeQuote) { inQuote = false }
                // Right after a finite verb, a finite form is its object ("ofreció ayuda", "pidió apoyo").
                let word = tok.kind == .word && !named[t] && !tok.flags.contains(.fixedPhrase)
                var options = word ? readings(doc, t, sentenceStart: sentence.tokens.lowerBound, inQuote: inQuote, named: named,
                                              shouting: shouting, writesAccents: writesAccents) : []
                if t == lastFiniteEnd && !options.isEmpty { options = options.filter { !$0.tense.isFinite } }
                // Its first test here, not in a call for every word: a reduced passive follows an actor.
                let passive = word && !inQuote && t > sentence.tokens.lowerBound && named[t - 1]
                    ? reducedPassive(doc, t, sentence: s, end: end, named: named) : nil
                guard !options.isEmpty || passive != nil else {
                    t += 1
                    continue
                }
                var g = passive ?? choose(options, doc, t, sentence: s, end: end)
                attachLeft(&g, doc, sentenceStart: sentence.tokens.lowerBound)
                groups.append(g)
                t = g.tokens.upperBound
                lastFiniteEnd = g.finite ? t : -1
            }
        }
        return groups
    }

    /// "85 demonstrators arrested during a protest", "los estudiantes detenidos por la policía": a
    /// participle right after an actor, followed by a preposition or the end of the clause, is a
    /// passive without its auxiliary; the actor before it undergoes the event.
    func reducedPassive(_ doc: Document, _ t: Int, sentence s: Int, end: Int, named: [Bool]) -> VerbGroup? {
        // Cheap tests first: this runs for every word.
        guard t > doc.sentences[s].tokens.lowerBound, named[t - 1], !doc.tokens[t].flags.contains(.capitalized) else { return nil }
        let readings = lexicon.verbReadings(doc.tokens[t].word)
        guard let r = readings.first(where: { $0.tense == .participle }) else { return nil }
        // "Israel refused to …" is active: where the form is also finite, the actor must not be a
        // clause's subject, but follow a number, a preposition or a verb ("85 demonstrators
        // arrested", "of protesters detained", "were persons detained").
        if readings.contains(where: { $0.tense.isFinite }) && !objectMissing(doc, t, lemma: r.lemma, end: end) {
            var m = t - 1
            while m > doc.sentences[s].tokens.lowerBound && named[m - 1] { m -= 1 }
            guard m > doc.sentences[s].tokens.lowerBound else { return nil }
            // "The US commander in Iraq met with …", "the envoy from Beijing complained": after a
            // place or an origin ("in", "from") the name ends a modifier of the subject, and the
            // verb is finite.
            let before = doc.tokens[m - 1], classes = lexicon.wordClass(before.word)
            guard before.kind == .number || classes.contains(.preposition) && !classes.contains(.locative) && !classes.contains(.origin)
                || !lexicon.verbReadings(before.word).isEmpty else { return nil }
            if classes.contains(.genitive) && opensClause(doc, quantityAt: m - 2, sentence: s) { return nil }
        }
        if t + 1 < end {
            let next = doc.tokens[t + 1]
            guard next.kind == .punct || lexicon.wordClass(next.word).contains(.preposition) else { return nil }
        }
        var g = VerbGroup(sentence: s, tokens: t..<(t + 1), head: t, lemma: r.lemma, tense: .participle, person: 0,
                          plural: r.plural, finite: false)
        g.passive = true
        return g
    }

    /// "Thousands of students protested …": a quantity ("thousands", "decenas") opening the
    /// clause before "of" makes the actor after it the clause's subject, not a patient.
    func opensClause(_ doc: Document, quantityAt q: Int, sentence s: Int) -> Bool {
        let start = doc.sentences[s].tokens.lowerBound
        guard q >= start, lexicon.word(doc.tokens[q].word, is: .determiner) else { return false }
        return q == start || doc.tokens[q - 1].kind == .punct
    }

    /// "Vanuatu PM accused of assaulting envoy", "Three killed in blast": in a headline (no final
    /// stop), a verb whose every pattern takes a direct object, followed by a preposition none of
    /// them expects, has lost its object to a passive. (In running text the auxiliary is written.)
    func objectMissing(_ doc: Document, _ t: Int, lemma: Int32, end: Int) -> Bool {
        guard t + 1 < end, lexicon.word(doc.tokens[t + 1].word, is: .preposition),
              doc.tokens[end - 1].kind != .punct else { return false }
        let next = doc.tokens[t + 1].word
        var verbPatterns = 0
        for i in lexicon.patterns.candidates(head: lemma) {
            let p = lexicon.patterns.patterns[Int(i)]
            guard !p.noun else { continue }
            verbPatterns += 1
            let nextIsComplement = p.slots.first.map { $0.gapBefore == 0 && $0.words.contains(next) } ?? false
            guard p.objectTarget, !p.targetMarkers.contains(next), !nextIsComplement else { return false }
        }
        return verbPatterns > 0
    }

    /// Among equally good readings ("fue": ser or ir), the one that heads a longer group
    /// ("fue detenido"), else the one whose particle follows ("fue a"), else not a periphrasis.
    func choose(_ options: [VerbReading], _ doc: Document, _ t: Int, sentence s: Int, end: Int) -> VerbGroup {
        func group(_ r: VerbReading) -> VerbGroup {
            var g = VerbGroup(sentence: s, tokens: t..<(t + 1), head: t, lemma: r.lemma, tense: r.tense, person: r.person,
                              plural: r.plural, finite: r.tense.isFinite)
            extend(&g, doc, end: end)
            return g
        }
        // Most words have one best reading: nothing to choose, no list of groups made.
        if options.count == 1 { return group(options[0]) }
        let groups = options.map(group)
        if let g = groups.first(where: { $0.tokens.count > 1 }) { return g }
        let next = t + 1 < end ? doc.tokens[t + 1].word : -1
        // The particles of a group's auxiliary uses (-1: none), looked at in place.
        func hasParticle(_ g: VerbGroup, _ p: (Int32) -> Bool) -> Bool {
            lexicon.auxiliaries[g.lemma]?.contains { $0.particle >= 0 && p($0.particle) } ?? false
        }
        if let g = groups.first(where: { hasParticle($0) { $0 == next } }) { return g }
        return groups.first { !hasParticle($0) { _ in true } } ?? groups[0]
    }

    /// The best readings of token `t` as the start of a verb group (ties kept); empty when it is not one.
    func readings(_ doc: Document, _ t: Int, sentenceStart: Int, inQuote: Bool, named: [Bool], shouting: Bool = false,
                  writesAccents: Bool = false) -> [VerbReading] {
        let tok = doc.tokens[t]
        // Most words have no verb reading: asked without making (and retaining) the dictionary's slice.
        guard let readings = lexicon.hasVerbReadings(tok.word) ? lexicon.verbReadings(tok.word) : guess(doc, t).map({ [$0] }) else { return [] }
        let cls = lexicon.wordClass(tok.word)
        // Closed-class words ("de", "se", "como") are verbs only with an accent ("dé", "sé").
        if !cls.subtracting(.lemmaClasses).isEmpty && !tok.flags.contains(.accented) { return [] }
        if tok.flags.contains(.capitalized) && !shouting && t > sentenceStart && !doc.tokens[t - 1].flags.contains(.openQuote)
            && !tok.flags.contains(.accented) { return [] }  // a name, not a verb
        // "crítico", "última": where the language writes stress, an accent early in the word marks
        // a noun or an adjective, never a third-person verb form.
        let earlyStress = tok.flags.contains(.accented) && !tok.flags.contains(.enclitic)
            && lexicon.settings.unstressedVerbVowels.map { limit in
                doc.bytes.withUnsafeBufferPointer { (Folding.vowelsAfterAccent($0, Int(tok.start), Int(tok.end)) ?? 0) >= limit }
            } ?? false
        // "su primer viaje": the word before the adjectives decides, as if they were not there.
        let before = wordBefore(doc, t, sentenceStart: sentenceStart)
        let pastAdjectives = before < t - 1
        let prevClass = before >= sentenceStart ? lexicon.wordClass(doc.tokens[before].word) : []
        // "de la última captura": after a preposition, "la" is an article, not a pronoun; so it
        // is before an adjective ("la nueva visita").
        let articleAfterPreposition = prevClass.contains(.objClitic) && (pastAdjectives || before > sentenceStart
            && lexicon.wordClass(doc.tokens[before - 1].word).contains(.preposition))
        // "the union's strike": a possessive is read as an article.
        let afterArticle = prevClass.contains(.determiner) && (!prevClass.contains(.objClitic) || articleAfterPreposition)
            || prevClass.contains(.possessive)
        // "dozens were arrested", "decenas fueron detenidas": a number word alone is a subject
        // before an auxiliary (only there: "two attacks", "two killed in …" are no clauses of theirs).
        let countBefore = !pastAdjectives && before >= sentenceStart && lexicon.word(doc.tokens[before].word, is: .count)
        let afterPreposition = prevClass.contains(.preposition)
        let afterObjClitic = prevClass.contains(.objClitic) && !pastAdjectives
        let afterNounMarker = before >= sentenceStart && lexicon.word(doc.tokens[before].word, is: .nounMarker)
        let compoundNoun = isCompoundHead(doc, t, sentenceStart: sentenceStart, named: named)
        var best = [VerbReading]()
        var bestScore = -1
        let accentMissing = writesAccents && !shouting && !tok.flags.contains(.accented)
        for r in readings {
            var score: Int
            if r.accented && accentMissing { continue }  // "un mes y medio": no "medió"
            if r.tense.isFinite {
                // An auxiliary is never the head noun of a compound ("the farm were", "the south have").
                if afterArticle && !(countBefore && lexicon.auxiliaries[r.lemma] != nil) || afterPreposition || afterNounMarker
                    || (compoundNoun && lexicon.auxiliaries[r.lemma] == nil)
                    || (earlyStress && r.person == 3) { continue }
                if afterObjClitic && !tok.flags.contains(.accented)
                    && ![.preterite, .imperfect, .conditional, .future].contains(r.tense) { continue }
                if r.person != 3 && !inQuote { continue }
                if r.tense == .present && lexicon.auxiliaries[r.lemma] == nil && isBeforePastAuxiliary(doc, t) { continue }
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
            if score > bestScore { best = [r]; bestScore = score } else if score == bestScore && !best.contains(r) { best.append(r) }
        }
        return best
    }

    /// "a hunger strike": in languages whose nouns modify the next noun, a verb form after
    /// article + plain noun is the head noun. Actors do act ("the police arrested").
    func isCompoundHead(_ doc: Document, _ t: Int, sentenceStart: Int, named: [Bool]) -> Bool {
        lexicon.nounCompounds && t >= sentenceStart + 2 && (named[t - 1] == false
            && doc.tokens[t - 1].kind == .word && !doc.tokens[t - 1].flags.contains(.capitalized)
            && lexicon.wordClass(doc.tokens[t - 1].word).isEmpty && lexicon.verbReadings(doc.tokens[t - 1].word).isEmpty
            && lexicon.word(doc.tokens[t - 2].word, is: .determiner) || nameAfterIndefinite(doc, t, sentenceStart: sentenceStart, named: named))
    }

    /// "torture was practised", "la protesta fue …": a present form right before an auxiliary's
    /// past is that auxiliary's subject, a noun.
    func isBeforePastAuxiliary(_ doc: Document, _ t: Int) -> Bool {
        t + 1 < doc.tokens.count && lexicon.hasVerbReadings(doc.tokens[t + 1].word)
            && lexicon.verbReadings(doc.tokens[t + 1].word).contains { lexicon.auxiliaries[$0.lemma] != nil && $0.tense == .preterite }
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

    /// A verb the dictionaries do not know, told by its ending ("cubrían", "transportaron").
    func guess(_ doc: Document, _ t: Int) -> VerbReading? {
        let tok = doc.tokens[t]
        guard !lexicon.verbGuesses.isEmpty, tok.kind == .word, !tok.flags.contains(.capitalized),
              lexicon.wordClass(tok.word).isEmpty, !lexicon.agents.starts(with: tok.word) else { return nil }
        let f = doc.foldedForm(t)
        guard f.count > 5 else { return nil }
        for g in lexicon.verbGuesses where f.count > g.suffix.count + 2 && f.suffix(g.suffix.count).elementsEqual(g.suffix) {
            return VerbReading(lemma: -1, tense: g.tense, person: 3, plural: g.plural)
        }
        return nil
    }

    /// Follows auxiliaries to the main verb: haber + participle, ser + participle (passive),
    /// estar + gerund, ir a + infinitive, poder + infinitive.
    /// A plain lower-case word no dictionary gives a role or a verb reading: an adverb, as far as
    /// a verb group can tell.
    func isModifier(_ doc: Document, _ t: Int) -> Bool {
        let tok = doc.tokens[t]
        return tok.kind == .word && !tok.flags.contains(.capitalized) && lexicon.wordClass(tok.word).isEmpty
            && lexicon.verbReadings(tok.word).isEmpty && doc.mentionAt[t] < 0
    }

    func extend(_ g: inout VerbGroup, _ doc: Document, end: Int) {
        while let uses = lexicon.auxiliaries[g.lemma] {
            // Pronouns and (in English) negation may stand between: "se han", "did not condemn".
            var n = g.head + 1
            var negated = false
            while n < end {
                let c = lexicon.wordClass(doc.tokens[n].word)
                if c.contains(.clitic) {
                    n += 1
                } else if c.contains(.negation) {
                    negated = true
                    n += 1
                } else {
                    break
                }
            }
            var found: (Auxiliary, VerbReading, Int)?
            for aux in uses where found == nil {
                var m = n
                if aux.particle >= 0 {
                    guard m < end, doc.tokens[m].word == aux.particle else { continue }
                    m += 1
                }
                guard m < end else { continue }
                let wanted: Tense
                switch aux.role {
                case .perfect, .passive: wanted = .participle
                case .progressive: wanted = .gerund
                case .periphrasis, .modal: wanted = .infinitive
                }
                if let r = lexicon.verbReadings(doc.tokens[m].word).first(where: { $0.tense == wanted }) {
                    found = (aux, r, m)
                } else if wanted != .infinitive || aux.mode != nil, m + 1 < end, isModifier(doc, m),
                          let r = lexicon.verbReadings(doc.tokens[m + 1].word).first(where: { $0.tense == wanted }) {
                    // "were allegedly attacked", "fue brutalmente asesinado", "have been directly
                    // contributing", "will also meet": one word between (not after a modal of no
                    // mode: "did little damage" is no verb "damage").
                    found = (aux, r, m + 1)
                }
            }
            guard let (aux, r, n) = found else { return }
            if negated { g.negated = true }
            switch aux.role {
            case .perfect: if let p = g.tense.perfect { g.tense = p }
            case .passive: g.passive = true
            case .progressive: break
            case .periphrasis, .modal:
                if let m = aux.mode { g.mode = g.tense == .conditional ? .conditional : m }
                // "is expected to visit": the passive was the auxiliary's; the verb is active.
                if aux.role == .periphrasis { g.passive = false }
            }
            g.head = n
            g.lemma = r.lemma
            g.tokens = g.tokens.lowerBound..<(n + 1)
            if doc.tokens[n].flags.contains(.enclitic) { markEnclitic(&g, doc, n) }
        }
    }

    /// Takes in "no", "se", "le", "lo" before the verb, and an enclitic "se" on it (a reflexive enclitic).
    func attachLeft(_ g: inout VerbGroup, _ doc: Document, sentenceStart: Int) {
        var s = g.tokens.lowerBound
        while s > sentenceStart {
            let c = lexicon.wordClass(doc.tokens[s - 1].word)
            if c.contains(.clitic) || (c.contains(.objClitic) && g.finite) {
                if lexicon.word(doc.tokens[s - 1].word, is: .reflexive) { g.reflexive = true } else { g.clitic = s - 1 }
                s -= 1
            } else if c.contains(.negation) {
                g.negated = true
                s -= 1
                break
            } else if c.contains(.infinitiveMarker), g.tense == .infinitive, s - 2 >= sentenceStart,
                      lexicon.word(doc.tokens[s - 2].word, is: .negation) {
                g.negated = true  // "decided not to file": what was decided against did not happen
                s -= 2
                break
            } else { break }
        }
        g.tokens = s..<g.tokens.upperBound
        if doc.tokens[g.head].flags.contains(.enclitic) || doc.tokens[g.tokens.lowerBound].flags.contains(.enclitic) {
            markEnclitic(&g, doc, g.tokens.lowerBound)
            if doc.tokens[g.head].flags.contains(.enclitic) { markEnclitic(&g, doc, g.head) }
        }
        if g.mode == nil {
            switch g.tense {
            case .future, .futurePerfect: g.mode = .future
            case .conditional, .conditionalPerfect: g.mode = .conditional
            default: break
            }
        }
    }

    private func markEnclitic(_ g: inout VerbGroup, _ doc: Document, _ t: Int) {
        let f = doc.foldedForm(t)
        if reflexiveEnclitics.contains(where: { f.count > $0.count && f.suffix($0.count).elementsEqual($0) }) {
            g.reflexive = true
        } else { g.clitic = t }
    }
}
