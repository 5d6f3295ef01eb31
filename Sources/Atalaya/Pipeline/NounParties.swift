/// Part of the nominal event coder: who does the event a noun names, and to whom. Reads tokens,
/// mentions, verb groups and clauses.
///
/// The parties are looked for in this order:
/// - the genitive: "la visita de Kim a Vladivostok" (the source), or for a `target=genitive`
///   pattern the one who undergoes it: "la detención de X por la policía";
/// - the pair after a pair marker: "la reunión entre A y B", "clashes between A and B";
/// - the agent after "por parte de": "las investigaciones por parte del Congreso";
/// - the subject of a support verb the noun is the object of: "Putin realizó una visita a
///   Pyongyang", "Canada filed a complaint against the United States" (and the subject of an
///   undergo verb is the target: "la Casa Blanca enfrenta críticas de la prensa");
/// - a nationality or country beside the noun: "las sanciones estadounidenses", "US sanctions";
/// - after a possessive determiner, the subject of the clause: "defendió su visita a Taiwán";
/// - the crowd of the place named after the noun (`crowd`): "protestas en Israel".
///
/// ```swift
/// let found = NounParties(lexicon: lexicon).find(pattern, doc, index, noun: t, range: sentence.tokens, verb: nil)
/// ```
struct NounParties: Sendable {
    let lexicon: Lexicon

    struct Found {
        var sources: [ActorMember]
        var targets: [ActorMember]
        /// The token after the pattern's last complement word: the event's evidence ends there.
        var complementEnd: Int
        /// Where the noun phrase's arguments may end.
        var end: Int
    }

    /// `verb`: the verb group whose object the noun is (`NominalEventCoder.governingVerb`), if any.
    func find(_ p: Pattern, _ doc: Document, _ index: EventCoder.Index, noun t: Int, range: Range<Int>, verb: Int?) -> Found? {
        let matcher = PatternMatcher(lexicon: lexicon)
        // "received help from the government": what one undergoes comes from its origin as from a
        // genitive; so do words and deeds short of force ("amid protests from the opposition"), not
        // a retreat or an attack ("the withdrawal from Iraq").
        let undergone = verb.map { lexicon.wordClass(doc.verbs[$0].lemma).contains(.undergo) } ?? false
        let origin = undergone || Self.comesFromOrigin(p.code)
        if let g = genitive(doc, index, noun: t, end: range.upperBound, origin: origin) ?? possessor(doc, index, noun: t, start: range.lowerBound) {
            let end = min(range.upperBound, max(g.tokens.upperBound, t + 1) + 10)
            // The complement may stand before the genitive ("la limpieza étnica de …") or after it
            // ("el interés de Corea del Norte en desarrollar relaciones"); a possessor stands before the noun.
            let c = g.tokens.lowerBound < t ? matcher.complement(p, doc, after: t, scopeEnd: end)
                : matcher.complement(p, doc, after: t, scopeEnd: g.tokens.lowerBound).map({ _ in g.tokens.upperBound })
                    ?? matcher.complement(p, doc, after: g.tokens.upperBound - 1, scopeEnd: end)
            guard let c else { return nil }
            if p.targetAfterGenitive {
                let targets = g.actors
                let sources = agent(doc, index, from: max(g.tokens.upperBound, t + 1), to: end)
                    ?? namedAgent(doc, index, from: g.tokens.upperBound, to: end)
                    ?? subject(doc, verb: verb, class: .support) ?? doer(p, doc, patients: targets, noun: t)
                    ?? [ActorMember(code: EventCoder.unknownActor, tokens: t..<(t + 1))]
                return Found(sources: sources, targets: targets, complementEnd: c, end: end)
            }
            var targets = matcher.target(p, doc, index, from: c, to: end, excluding: g.actors)
            if targets.isEmpty, let subject = subject(doc, verb: verb, class: .undergo) {
                targets = subject.filter { a in !g.actors.contains { $0.code == a.code } }
            }
            return Found(sources: g.actors, targets: targets, complementEnd: c, end: end)
        }
        let end = min(range.upperBound, t + 12)
        guard let c = matcher.complement(p, doc, after: t, scopeEnd: end) else { return nil }
        // "carried out killings", "torture was practised by the army": with no genitive to undergo
        // it, the noun tells its event only as the object of a support verb, done by that verb's
        // subject or the agent named after the noun.
        if p.targetAfterGenitive {
            let supported = verb.map { lexicon.wordClass(doc.verbs[$0].lemma).contains(.support) } ?? false
            guard supported || passiveSupport(doc, after: t),
                  let doer = explicitAgent(doc, index, noun: t, end: end) ?? subject(doc, verb: verb, class: .support) else { return nil }
            return Found(sources: doer, targets: [], complementEnd: c, end: end)
        }
        if let (a, b) = pair(doc, index, noun: t, end: end) { return Found(sources: a, targets: b, complementEnd: c, end: end) }
        if let subject = explicitAgent(doc, index, noun: t, end: end) ?? subject(doc, verb: verb, class: .support)
            ?? beside(doc, index, noun: t, range: range) ?? owner(doc, noun: t, range: range, verb: verb)
            ?? adjunctSubject(doc, noun: t, range: range) {
            let targets = matcher.target(p, doc, index, from: c, to: end, excluding: subject)
            return Found(sources: subject, targets: targets, complementEnd: c, end: end)
        }
        guard p.crowdSource else { return nil }
        let near = min(range.upperBound, t + 10)
        guard let cc = matcher.complement(p, doc, after: t, scopeEnd: near) else { return nil }
        let sources = [ActorMember(code: crowd(doc, after: t, end: near) + "CVL", tokens: t..<(t + 1))]
        let targets = matcher.target(p, doc, index, from: cc, to: near, excluding: sources)
        return Found(sources: sources, targets: targets, complementEnd: cc, end: near)
    }

    /// Whether a noun event of this CAMEO code comes from the actor named after "from": its root
    /// is a statement, appeal, cooperation, aid, demand, disapproval, rejection, threat or protest
    /// (01–07, 09–14), not a yielding (08) nor force (15–20).
    static func comesFromOrigin(_ code: String) -> Bool {
        // The root's two digits read from the bytes: asked for every noun pattern tried.
        var u = code.utf8.makeIterator()
        guard let a = u.next(), let b = u.next(), (48...57).contains(a), (48...57).contains(b) else { return false }
        let root = Int(a - 48) * 10 + Int(b - 48)
        return root <= 14 && root != 8
    }

    /// Whether the verb group right after the noun is a support verb's passive ("torture was
    /// practised by …"): the noun is what it did.
    func passiveSupport(_ doc: Document, after t: Int) -> Bool {
        guard let g = Document.span(doc.verbs, (t + 1)..<(t + 2), key: { $0.tokens.lowerBound }).first else { return false }
        return doc.verbs[g].passive && lexicon.wordClass(doc.verbs[g].lemma).contains(.support)
    }

    /// The actor after "de" within a few words of the noun (past adjectives, a closing quote); with
    /// `origin`, after "from" too.
    func genitive(_ doc: Document, _ index: EventCoder.Index, noun t: Int, end: Int, origin: Bool = false) -> ActorMention? {
        var k = t + 1
        while k < min(end, t + 4) && index.mentionAt[k] < 0 {
            if lexicon.word(doc.tokens[k].word, is: .genitive) || origin && lexicon.word(doc.tokens[k].word, is: .origin) {
                let m = skipDeterminers(doc, from: k + 1, end: end)
                guard m < end, index.mentionAt[m] >= 0 else { return nil }
                let mention = doc.mentions[Int(index.mentionAt[m])]
                return mention.kind != .reference ? mention : nil
            }
            k += 1
        }
        return nil
    }

    /// "Putin's visit", "Navalny's arrest": the actor before a possessive, past an adjective or two.
    func possessor(_ doc: Document, _ index: EventCoder.Index, noun t: Int, start: Int) -> ActorMention? {
        var k = t - 1
        // Lower-case adjectives only: "the Army's Criminal Investigation Division" is a name.
        while k > start && t - k <= 2 && index.mentionAt[k] < 0 && doc.tokens[k].kind == .word
                && !doc.tokens[k].flags.contains(.capitalized) && lexicon.wordClass(doc.tokens[k].word).isEmpty { k -= 1 }
        guard k > start, lexicon.word(doc.tokens[k].word, is: .possessive), index.mentionAt[k - 1] >= 0 else { return nil }
        let mention = doc.mentions[Int(index.mentionAt[k - 1])]
        return mention.kind != .reference && mention.kind != .modifier ? mention : nil
    }

    /// "las sanciones estadounidenses", "US sanctions", "Israeli tank shelling": a nationality
    /// right after the noun, or a country or nationality just before it (a nationality past
    /// lower-case words that are no verb), does it.
    func beside(_ doc: Document, _ index: EventCoder.Index, noun t: Int, range: Range<Int>) -> [ActorMember]? {
        if t + 1 < range.upperBound, index.mentionAt[t + 1] >= 0, doc.mentions[Int(index.mentionAt[t + 1])].kind == .modifier {
            return doc.actors(ofMention: Int(index.mentionAt[t + 1]))
        }
        var k = t - 1
        while k > range.lowerBound && t - k <= 2 && index.mentionAt[k] < 0 && doc.tokens[k].kind == .word
                && !doc.tokens[k].flags.contains(.capitalized) && lexicon.wordClass(doc.tokens[k].word).isEmpty
                && lexicon.verbReadings(doc.tokens[k].word).isEmpty { k -= 1 }
        guard k >= range.lowerBound, index.mentionAt[k] >= 0 else { return nil }
        let m = doc.mentions[Int(index.mentionAt[k])]
        // Words between only after a nationality ("Israeli tank shelling"): after a name they may
        // be a verb no dictionary knows ("la policía venezolana provocó críticas").
        guard m.tokens.upperBound == k + 1, m.kind != .reference, k == t - 1 || m.kind == .modifier else { return nil }
        let actors = doc.actors(ofMention: Int(index.mentionAt[k]))
        return actors.isEmpty ? nil : actors
    }

    /// "entre A y B": both parties, as a group mention or as two mentions joined by a conjunction.
    /// Not a reference ("el encuentro entre los dos líderes"): like a genitive one, it points back
    /// to an event already told.
    func pair(_ doc: Document, _ index: EventCoder.Index, noun t: Int, end: Int) -> ([ActorMember], [ActorMember])? {
        // Past a complement: "la firma del acuerdo entre Perú y Chile".
        guard let k = (t + 1..<min(end, t + 5)).first(where: { lexicon.word(doc.tokens[$0].word, is: .pairMarker) }) else { return nil }
        let m = skipDeterminers(doc, from: k + 1, end: end)
        guard m < end, index.mentionAt[m] >= 0, doc.mentions[Int(index.mentionAt[m])].kind != .reference else { return nil }
        let first = doc.actors(ofMention: Int(index.mentionAt[m]))
        if first.count >= 2 { return ([first[0]], Array(first.dropFirst())) }
        let after = pastPlace(doc, index, from: doc.mentions[Int(index.mentionAt[m])].tokens.upperBound, end: end)
        guard !first.isEmpty, after < end, lexicon.word(doc.tokens[after].word, is: .conjunction) else { return nil }
        let n = skipDeterminers(doc, from: after + 1, end: end)
        guard n < end, index.mentionAt[n] >= 0 else { return nil }
        let second = doc.actors(ofMention: Int(index.mentionAt[n]))
        return second.isEmpty ? nil : (first, second)
    }

    /// "between the rebels in the south and the government": past a short place phrase after a
    /// party, up to the conjunction (no actor inside it); `t` itself when none.
    func pastPlace(_ doc: Document, _ index: EventCoder.Index, from t: Int, end: Int) -> Int {
        guard t < end, lexicon.word(doc.tokens[t].word, is: .locative) else { return t }
        var k = t + 1
        while k < min(end, t + 5), index.mentionAt[k] < 0, doc.tokens[k].kind == .word,
              !lexicon.word(doc.tokens[k].word, is: .conjunction) { k += 1 }
        return k < end && lexicon.word(doc.tokens[k].word, is: .conjunction) ? k : t
    }

    /// "las investigaciones (de la trama rusa) por parte de dos comités del Congreso", "the attack
    /// on the convoy by rebels": the agent a few words after the noun, an actor right after the
    /// agent marker (a bare "por" before a thing says why: "protestas por la crisis").
    func explicitAgent(_ doc: Document, _ index: EventCoder.Index, noun t: Int, end: Int) -> [ActorMember]? {
        // "fue ejecutado en combate por tropas del ejército": after a bare locative the agent is the verb's.
        if t > 0, lexicon.word(doc.tokens[t - 1].word, is: .locative) { return nil }
        var k = t + 1
        while k + 1 < min(end, t + 9) {
            if lexicon.word(doc.tokens[k].word, is: .agentMarker), let found = agent(doc, index, from: k, to: end),
               named(doc, agentAt: k) || found.allSatisfy({ !lexicon.actorCode($0.code).agents.isEmpty }) { return found }
            if PatternMatcher.isBreak(doc, k) { return nil }
            k += 1
        }
        return nil
    }

    /// "la ejecución de cuatro campesinos, por parte de un grupo paramilitar": an agent named as
    /// one ("por parte de") a few words past the patient, a comma between or not.
    func namedAgent(_ doc: Document, _ index: EventCoder.Index, from: Int, to: Int) -> [ActorMember]? {
        for k in from..<min(to, from + 8) where lexicon.word(doc.tokens[k].word, is: .agentMarker) {
            return named(doc, agentAt: k) ? agent(doc, index, from: k, to: to) : nil
        }
        return nil
    }

    /// "por parte de": the agent named as one; after a bare "por" a country may be a cause ("marchas
    /// por Venezuela"), so only an actor with an agent code is taken there.
    func named(_ doc: Document, agentAt k: Int) -> Bool {
        k + 2 < doc.tokens.count && lexicon.word(doc.tokens[k + 1].word, is: .partitive) && lexicon.word(doc.tokens[k + 2].word, is: .genitive)
    }

    /// "… (liderada) por (parte de) la policía" right after the patient: the agent.
    func agent(_ doc: Document, _ index: EventCoder.Index, from: Int, to: Int) -> [ActorMember]? {
        var by = from
        // A participle between: "la invasión de Irak liderada por Estados Unidos".
        if by + 1 < to, doc.tokens[by].kind == .word, index.mentionAt[by] < 0, lexicon.wordClass(doc.tokens[by].word).isEmpty { by += 1 }
        return PatternMatcher(lexicon: lexicon).actor(afterAgentMarker: by, doc, index, to: to)
    }

    /// The subject of the verb of `verbClass` whose object the noun is: a support verb's does
    /// it ("Putin realizó una visita"), an undergo verb's undergoes it ("enfrenta críticas de …").
    func subject(_ doc: Document, verb g: Int?, class verbClass: WordClass) -> [ActorMember]? {
        guard let g, !doc.verbs[g].passive, lexicon.wordClass(doc.verbs[g].lemma).contains(verbClass) else { return nil }
        let subject = known(doc.clauses[g].subject)
        return subject.isEmpty ? nil : subject
    }

    /// "defendió su visita a Taiwán", "during his visit to Moscow, the president …": after a
    /// possessive determiner (past an adjective or two) the noun's owner is the subject of the verb
    /// whose object the noun is, else of the sentence's verb nearest to it.
    func owner(_ doc: Document, noun t: Int, range: Range<Int>, verb g: Int?) -> [ActorMember]? {
        var k = t - 1
        while k > range.lowerBound && t - k <= 2 && doc.tokens[k].kind == .word && !doc.tokens[k].flags.contains(.capitalized)
                && lexicon.wordClass(doc.tokens[k].word).isEmpty && lexicon.verbReadings(doc.tokens[k].word).isEmpty { k -= 1 }
        guard k >= range.lowerBound, lexicon.word(doc.tokens[k].word, is: .owner) else { return nil }
        // Verbs near the noun only: a long sentence stays linear.
        let near = max(range.lowerBound, t - EventCoder.maxScope)..<min(range.upperBound, t + EventCoder.maxScope)
        let verbs = Document.span(doc.verbs, near, key: { $0.tokens.lowerBound })
        let nearest = g ?? verbs.filter { !known(doc.clauses[$0].subject).isEmpty }
            .min { abs(doc.verbs[$0].head - t) < abs(doc.verbs[$1].head - t) }
        guard let v = nearest ?? (opensSentence(doc, k, range: range) ? previousSubject(doc, before: range.lowerBound) : nil) else { return nil }
        let subject = known(doc.clauses[v].subject)
        return subject.isEmpty ? nil : subject
    }

    /// "los médicos siguen en huelga", "permanecen en la huelga": a noun after a locative after
    /// a verb of the `remain` class tells what that verb's subject is doing, not a crowd's event.
    func adjunctSubject(_ doc: Document, noun t: Int, range: Range<Int>) -> [ActorMember]? {
        guard let g = remainVerb(doc, noun: t, range: range) else { return nil }
        let subject = known(doc.clauses[g].subject)
        return subject.isEmpty ? nil : subject
    }

    /// The verb group of the `remain` class right before the locative before the noun `t`, past
    /// determiners ("siguen en huelga", "permanecen en la huelga"), if any.
    func remainVerb(_ doc: Document, noun t: Int, range: Range<Int>) -> Int? {
        var k = t - 1
        while k > range.lowerBound && t - k <= 2 && lexicon.word(doc.tokens[k].word, is: .determiner) { k -= 1 }
        guard k > range.lowerBound, lexicon.word(doc.tokens[k].word, is: .locative) else { return nil }
        let near = max(range.lowerBound, k - 3)..<k
        guard let g = Document.span(doc.verbs, near, key: { $0.tokens.lowerBound }).last,
              doc.verbs[g].tokens.upperBound == k, lexicon.wordClass(doc.verbs[g].lemma).contains(.remain) else { return nil }
        return g
    }

    /// Whether the possessive at `k` comes before any verb or name of its sentence ("Su visita a
    /// Taiwán …", "During his visit …"): only then may its owner be in the sentences before
    /// ("Mr. Vohor … after his visit" is Vohor's, named or not).
    func opensSentence(_ doc: Document, _ k: Int, range: Range<Int>) -> Bool {
        Document.span(doc.verbs, range.lowerBound..<k, key: { $0.tokens.lowerBound }).isEmpty
            && (min(range.lowerBound + 1, k)..<k).allSatisfy { !doc.tokens[$0].flags.contains(.capitalized) }
    }

    /// "El primer ministro regresó a su país. Su visita a Taiwán enfureció a China": when no verb
    /// of the sentence has a subject, the possessive's owner is the last one named before it
    /// (the verb of the sentences before, within reach, that has one).
    func previousSubject(_ doc: Document, before start: Int) -> Int? {
        let before = Document.span(doc.verbs, max(0, start - EventCoder.maxScope)..<start, key: { $0.tokens.lowerBound })
        return before.reversed().first { !known(doc.clauses[$0].subject).isEmpty }
    }

    /// The members of a subject the text names (not the unknown doer `---`).
    private func known(_ subject: [ActorMember]) -> [ActorMember] {
        subject.filter { $0.code != EventCoder.unknownActor }
    }

    /// The pattern's doer when no one is named (`doer=COP`): the police of the patient's country.
    func doer(_ p: Pattern, _ doc: Document, patients: [ActorMember], noun t: Int) -> [ActorMember]? {
        guard let doer = p.passiveDoer,
              let country = patients.first.map({ lexicon.actorCode($0.code).root }) ?? doc.country,
              lexicon.places.isCountryCode(country) else { return nil }
        return [ActorMember(code: country + doer, tokens: t..<(t + 1))]
    }

    func skipDeterminers(_ doc: Document, from: Int, end: Int) -> Int {
        var m = from
        while m < end && lexicon.wordClass(doc.tokens[m].word).contains(.determiner) { m += 1 }
        return m
    }

    /// The country of the crowd: a place named right after the noun ("protestas en Israel"), else
    /// the story's country, else none.
    func crowd(_ doc: Document, after t: Int, end: Int) -> String {
        if let p = doc.places(startingIn: (t + 1)..<max(t + 1, min(end, t + 6))).first(where: {
            lexicon.word(doc.tokens[$0.tokens.lowerBound - 1].word, is: .locative) }) {
            return p.place.country
        }
        return doc.country ?? ""
    }
}
