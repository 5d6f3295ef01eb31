/// Part of the event coder: reads tokens, mentions, clauses, dates and places; returns events.
///
/// Codes events named by nouns: "la visita de Kim Jong-un a Vladivostok en 2019" (042),
/// "el interés de Corea del Norte en desarrollar relaciones con Rusia" (030), "la detención de
/// X por la policía" (173). `NounParties` finds who does it and to whom.
struct NominalEventCoder: Sendable {
    let lexicon: Lexicon
    /// By word id: the word heads a noun pattern. Read for every token, so an array, not a dictionary.
    let nounHead: [Bool]

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var heads = [Bool](repeating: false, count: lexicon.vocabulary.count)
        for p in lexicon.patterns.patterns where p.noun && Self.isNominal(p) {
            for h in p.heads where h >= 0 && Int(h) < heads.count { heads[Int(h)] = true }
        }
        nounHead = heads
    }

    /// "March 1990" is a date, and "en marcha", "puesta en marcha" an idiom: a noun right after a
    /// locative with no article names no event of its own (it may still say why the clause's
    /// subject acts: "marcharon en protesta por …"); a month name before a number is a month.
    func isIdiomOrDate(_ doc: Document, _ t: Int, range: Range<Int>) -> Bool {
        if lexicon.monthNumber(doc.tokens[t].word) != nil, t + 1 < range.upperBound, doc.tokens[t + 1].kind == .number { return true }
        guard isAdjunct(doc, t, range: range) else { return false }
        // "en protesta por …", "en protesta contra …" still name the protest.
        if t + 1 < range.upperBound && lexicon.word(doc.tokens[t + 1].word, is: .preposition) { return false }
        // "siguen en huelga": after a verb of remaining, the noun is what its subject does.
        return NounParties(lexicon: lexicon).remainVerb(doc, noun: t, range: range) == nil
    }

    /// A noun right after a locative with no article ("en protesta por …").
    func isAdjunct(_ doc: Document, _ t: Int, range: Range<Int>) -> Bool {
        t > range.lowerBound && lexicon.word(doc.tokens[t - 1].word, is: .locative)
    }

    /// The candidates with `source=clause` patterns first, the order of each kept.
    func clauseFirst(_ candidates: [Int32]) -> [Int32] {
        candidates.filter { lexicon.patterns.patterns[Int($0)].sourceFromClause }
            + candidates.filter { !lexicon.patterns.patterns[Int($0)].sourceFromClause }
    }

    func code(_ doc: Document, _ index: EventCoder.Index, sentence s: Int) -> [Event] {
        let matcher = PatternMatcher(lexicon: lexicon)
        let parties = NounParties(lexicon: lexicon)
        let range = doc.sentences[s].tokens
        var events = [Event]()
        for t in range {
            let w = doc.tokens[t].word
            // Only words with a noun pattern can start a nominal event: skip the rest without a lookup.
            guard w >= 0 && Int(w) < nounHead.count && nounHead[Int(w)], !doc.tokens[t].flags.contains(.fixedPhrase) else { continue }
            let candidates = lexicon.patterns.candidates(head: w)
            guard !candidates.isEmpty else { continue }
            let idiom = isIdiomOrDate(doc, t, range: range)  // read once a token, for every pattern
            // "bloquean las carreteras en protesta por …": a bare noun after a locative says why the
            // clause's subject acts, so the clause's patterns go first (its own parties only when
            // the clause has no subject).
            let adjunct = !idiom && isAdjunct(doc, t, range: range)
            for pi in adjunct ? clauseFirst(candidates) : candidates {
                let p = lexicon.patterns.patterns[Int(pi)]
                guard p.noun, Self.isNominal(p), !idiom || p.sourceFromClause else { continue }
                if p.sourceFromClause {
                    if let e = clauseEvent(p, doc, index, matcher, noun: t, sentence: s) {
                        events.append(e)
                        break
                    }
                    if adjunct { continue }
                    break
                }
                let g = Self.governingVerb(lexicon, doc, noun: t, sentenceStart: range.lowerBound)
                // `who`: the noun's event needs its other party ("China's assistance" helps no one named).
                guard let found = parties.find(p, doc, index, noun: t, range: range, verb: g), agentsFit(p, found),
                      !p.actorObject || !found.targets.isEmpty else { continue }
                let clause = t..<found.end
                let date = doc.eventDate(doc.dates(startingIn: clause).first)
                let location = doc.places(startingIn: clause).first { !$0.place.isCountry }?.place
                let verb = g.map { doc.verbs[$0] }
                // "prohibió las protestas", "cancelled the meeting": what is banned or called off did not happen.
                let prevented = verb.map { lexicon.wordClass($0.lemma).contains(.prevent) } ?? false
                // Without a verb of its own the noun is told in a clause: "En su primer viaje a …, asistirá a …" is to come.
                let mode = verb?.mode ?? clauseMode(doc, noun: t, range: range)
                let pairs = EventCoder.defaultTargets(p, EventCoder.pairs(p, sources: found.sources, targets: found.targets)
                    ?? found.sources.map { ($0, nil) },  // a meeting of one named party still happened
                    lexicon: lexicon, storyCountry: doc.country, host: EventCoder.host(location), at: t..<(t + 1))
                for (a, b) in pairs where !lexicon.isSelf(a.code, b?.code ?? "") {
                    events.append(Event(sentence: s, code: p.code, source: a, target: b, evidence: t..<found.complementEnd,
                                        pattern: p.text, negated: (verb?.negated ?? false) || prevented, mode: mode, date: date.0, datePrecision: date.1,
                                        location: location))
                }
                break
            }
        }
        return events
    }

    /// Whether the clause whose window holds the noun is about the future ("la reunión será el
    /// jueves"); a purpose or a condition ("para protestar", "si hay una huelga") is left to the
    /// noun's own verb, as protest datasets code the protests called for.
    func clauseMode(_ doc: Document, noun t: Int, range: Range<Int>) -> EventMode? {
        // A window reaches `maxScope` back from its verb: verbs further from the noun are not
        // looked at, and a long sentence stays linear.
        let near = max(range.lowerBound, t - 2 * EventCoder.maxScope)..<min(range.upperBound, t + EventCoder.maxScope + 1)
        for g in Document.span(doc.verbs, near, key: { $0.tokens.lowerBound }) where doc.clauses[g].window.contains(t) {
            let mode = doc.clauses[g].mode
            return mode == .future || mode == .conditional ? mode : nil
        }
        return nil
    }

    /// `by=CVL,…`: a party (either, for a reciprocal noun) must be one of these agents;
    /// `not-by=REB,…`: none may be.
    func agentsFit(_ p: Pattern, _ found: NounParties.Found) -> Bool {
        let parties = p.reciprocal ? found.sources + found.targets : found.sources
        let has = { (agents: [String]) in
            parties.contains { lexicon.actorCode($0.code).actors.flatMap(\.agents).contains(where: agents.contains) }
        }
        return (p.sourceAgents.isEmpty || has(p.sourceAgents)) && (p.excludedAgents.isEmpty || !has(p.excludedAgents))
    }

    /// Patterns this coder reads: nouns with a source or target marked after them, or in their clause.
    /// "killed in an Israeli air strike", "murieron en un bombardeo israelí", "died in a Taliban
    /// attack": the doer of the first attack named by a noun in `span`, for a passive or a
    /// victim's verb that names no doer of its own; nil when the attack's doer is not named, or
    /// is one of the `patients`.
    func attackDoer(_ doc: Document, _ index: EventCoder.Index, in span: Range<Int>, sentence s: Int,
                    patients: [ActorMember]) -> [ActorMember]? {
        let parties = NounParties(lexicon: lexicon)
        for t in span {
            let w = doc.tokens[t].word
            guard w >= 0 && Int(w) < nounHead.count && nounHead[Int(w)] else { continue }
            for pi in lexicon.patterns.candidates(head: w) {
                let p = lexicon.patterns.patterns[Int(pi)]
                guard p.noun, p.sourceAfterGenitive, Self.isViolent(p.code) else { continue }
                let doers = parties.find(p, doc, index, noun: t, range: doc.sentences[s].tokens, verb: nil)?.sources.filter { a in
                    a.code != EventCoder.unknownActor && !patients.contains { $0.code == a.code || EventCoder.sameActor($0.code, a.code) }
                }
                return doers?.isEmpty == false ? doers : nil
            }
        }
        return nil
    }

    /// Assaults, fights and mass violence: CAMEO roots 18, 19 and 20.
    static func isViolent(_ code: String) -> Bool {
        var u = code.utf8.makeIterator()
        guard let a = u.next(), let b = u.next() else { return false }
        return a == UInt8(ascii: "1") && (b == UInt8(ascii: "8") || b == UInt8(ascii: "9")) || a == UInt8(ascii: "2") && b == UInt8(ascii: "0")
    }

    static func isNominal(_ p: Pattern) -> Bool { p.sourceAfterGenitive || p.sourceFromClause || p.targetAfterGenitive }

    /// The verb group whose object the noun is ("not to file a formal protest", "convocarán una marcha"):
    /// the verb group right before it, with at most a few articles and adjectives between. It
    /// says whether the event happened (negation), when (future, conditional), and with a
    /// support verb who did it ("realizó una visita").
    static func governingVerb(_ lexicon: Lexicon, _ doc: Document, noun t: Int, sentenceStart: Int) -> Int? {
        let floor = max(sentenceStart, t - 8)
        guard let g = Document.span(doc.verbs, floor..<t, key: { $0.tokens.lowerBound }).last else { return nil }
        let verb = doc.verbs[g]
        guard verb.tokens.upperBound <= t, t - verb.tokens.upperBound <= 3 else { return nil }
        for k in verb.tokens.upperBound..<t where !doc.tokens[k].flags.contains(.fixedPhrase) {  // "enfrenta a diario críticas"
            let c = lexicon.wordClass(doc.tokens[k].word)
            // "la", "las" are articles here though they may be object pronouns ("suspendió las negociaciones").
            guard doc.tokens[k].kind == .word, c.isSubset(of: [.determiner, .noVerb, .objClitic, .enclitic]) else { return nil }
        }
        return g
    }

    /// "… en señal de protesta por las pruebas nucleares francesas": the subject of the last verb
    /// before the noun protests, against the actor after the pattern's preposition.
    func clauseEvent(_ p: Pattern, _ doc: Document, _ index: EventCoder.Index, _ matcher: PatternMatcher, noun t: Int,
                     sentence s: Int) -> Event? {
        let floor = max(doc.sentences[s].tokens.lowerBound, t - EventCoder.maxScope)
        guard let g = Document.span(doc.verbs, floor..<max(floor, t), key: { $0.tokens.lowerBound })
                .last(where: { doc.verbs[$0].tokens.upperBound <= t && !doc.clauses[$0].subject.isEmpty }),
              let source = doc.clauses[g].subject.first else { return nil }
        let end = min(doc.sentences[s].tokens.upperBound, t + 12)
        guard let complementEnd = matcher.complement(p, doc, after: t, scopeEnd: end) else { return nil }
        let found = matcher.target(p, doc, index, from: complementEnd, to: end, excluding: [source]).first
        // `target=GOV`: a protest that names no one is against the government, as the verbs' are.
        let target = found ?? EventCoder.defaultTargets(p, [(source, nil)], lexicon: lexicon, storyCountry: doc.country,
                                                        at: t..<(t + 1)).first?.1
        if let target, EventCoder.sameActor(source.code, target.code) { return nil }
        let date = doc.eventDate(nil)
        return Event(sentence: s, code: p.code, source: source, target: target, evidence: t..<complementEnd, pattern: p.text,
                     negated: false, mode: nil, date: date.0, datePrecision: date.1)
    }
}
