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
    /// By byte: whether some verb guess's suffix ends with it. Most words end otherwise, and are
    /// not guessed at.
    let guessEnds: [Bool]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        reflexiveEnclitics = lexicon.enclitics.filter { lexicon.word(lexicon.id(String(decoding: $0, as: UTF8.self)), is: .reflexive) }
        var ends = [Bool](repeating: false, count: 256)
        for g in lexicon.verbGuesses {
            if let c = g.suffix.last { ends[Int(c)] = true } else { ends = [Bool](repeating: true, count: 256) }
        }
        guessEnds = ends
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
        // One list of readings for the document's words, emptied for each: not one made per word.
        // (Emptied only when it has some: `removeAll` is a call, most words have none.)
        var options = [VerbReading]()
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
                if !options.isEmpty { options.removeAll(keepingCapacity: true) }
                // Most words have no verb reading and end like no guess: not asked (a call each, and one to `guess`).
                if word && (lexicon.hasVerbReadings(tok.word) || mayGuess(doc, tok)) {
                    readings(doc, t, sentenceStart: sentence.tokens.lowerBound, inQuote: inQuote, named: named,
                             shouting: shouting, writesAccents: writesAccents, into: &options)
                }
                if t == lastFiniteEnd && !options.isEmpty { options.removeAll { $0.tense.isFinite } }
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
        while lexicon.isAuxiliary(g.lemma), let uses = lexicon.auxiliaries[g.lemma] {
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
