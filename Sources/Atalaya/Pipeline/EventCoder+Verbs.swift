extension EventCoder {
    /// Whether a verb pattern can match `group`: a verb's (not a noun's), reflexive where it must
    /// be or must not be, passive where it asks for one.
    static func fits(_ p: Pattern, _ group: VerbGroup) -> Bool {
        !p.noun && (!p.reflexive || group.reflexive) && (!p.nonReflexive || !group.reflexive) && (!p.passiveOnly || group.passive)
    }

    /// What coding one verb group reads besides the document: its lookups, the clause and the
    /// memory. (The document is passed beside it: a copy in here would retain each of its arrays.)
    struct VerbClause {
        let index: Index
        let group: VerbGroup
        let subject: [ActorMember]
        let scopeEnd: Int
        let sentence: Int
        let memory: EventMemory
        let matcher: PatternMatcher

        /// The actors after `from` that the pattern's markers point at.
        func target(_ p: Pattern, _ doc: Document, from: Int, to: Int, excluding: [ActorMember]) -> [ActorMember] {
            matcher.target(p, doc, index, from: from, to: to, excluding: excluding)
        }
    }

    /// Events from one verb group, appended to `out`: the first of its patterns whose complement is there.
    func codeVerb(_ doc: Document, _ index: Index, _ group: VerbGroup, subject: [ActorMember], scopeEnd: Int,
                  clause: Range<Int>, sentence: Int, memory: EventMemory, mode: EventMode?, into out: inout [Event]) {
        let c = VerbClause(index: index, group: group, subject: subject, scopeEnd: scopeEnd, sentence: sentence,
                           memory: memory, matcher: PatternMatcher(lexicon: lexicon))
        var subjectAgents: [String]?
        var relative: Range<Int>??
        for pi in lexicon.patterns.candidates(head: group.lemma) {
            let p = lexicon.patterns.patterns[Int(pi)]
            guard Self.fits(p, group) else { continue }
            var end = c.matcher.complement(p, doc, after: group.head, scopeEnd: scopeEnd)
            if end == nil, !p.slots.isEmpty {
                // The noun a relative clause is on, looked for once a verb group, when a pattern first asks.
                if relative == nil { relative = .some(relativeNoun(doc, index, group, floor: clause.lowerBound)) }
                if let phrase = relative! { end = antecedentComplement(p, doc, group, phrase: phrase, scopeEnd: scopeEnd, matcher: c.matcher) }
            }
            guard let complementEnd = end else { continue }
            // `by=`: the subject's agents, worked out once a verb group, when a pattern first asks;
            // a passive's subject undergoes the event, so its doer ("por …") is checked below.
            if !p.sourceAgents.isEmpty && !group.passive {
                if subjectAgents == nil { subjectAgents = subject.flatMap { lexicon.actorCode($0.code).actors.flatMap(\.agents) } }
                if !subjectAgents!.contains(where: p.sourceAgents.contains) { continue }
            }
            let (sources, targets) = parties(p, c, doc, complementEnd: complementEnd)
            if !p.sourceAgents.isEmpty && group.passive && !sources.contains(where: { hasAgent($0, of: p.sourceAgents) }) { continue }
            if !p.excludedAgents.isEmpty && sources.contains(where: { hasAgent($0, of: p.excludedAgents) }) { continue }
            // A passive with neither a patient nor a doer names nobody, nor an impersonal verb with no target.
            if subject.isEmpty && sources.allSatisfy({ $0.code == EventCoder.unknownActor }) && (group.passive || targets.isEmpty) { continue }
            // "cinco iraníes acusados del atentado": a participle alone with no doer names a state;
            // a statement (a verbal code) is only coded with the one who made it.
            if group.tense == .participle && sources.allSatisfy({ $0.code == EventCoder.unknownActor }) && isVerbal(p.code) { continue }
            // `who`: the object must be an actor, so with none found there is no such event
            // ("recibió el 30% de los votos" hosts nobody).
            if targets.isEmpty && !group.passive && (p.actorObject || objectIsNoActor(p, c, doc)) { continue }
            // …and in a passive, the patient is the subject: "the deal had been killed by the Pentagon".
            if p.actorObject && group.passive && subject.isEmpty { continue }
            guard let found = Self.pairs(p, sources: sources, targets: targets) else { continue }
            let host = p.defaultTarget == nil ? nil : Self.host(locationFor(doc, clause: clause, evidenceEnd: complementEnd))
            let pairs = Self.defaultTargets(p, found, lexicon: lexicon, storyCountry: doc.country, host: host, at: group.tokens)
            append(p, pairs, doc, c, clause: clause, evidence: group.tokens.lowerBound..<complementEnd, mode: mode, into: &out)
            return
        }
        if group.passive { codePassiveNoun(doc, c, clause: clause, mode: mode, into: &out) }
    }

    /// The events of a matched pattern, one a pair (none between an actor and itself), dated and
    /// placed by the clause.
    func append(_ p: Pattern, _ pairs: [(ActorMember, ActorMember?)], _ doc: Document, _ c: VerbClause, clause: Range<Int>,
                evidence: Range<Int>, mode: EventMode?, into out: inout [Event]) {
        let (date, precision) = dateFor(doc, clause: clause, near: c.group.head)
        let location = locationFor(doc, clause: clause, evidenceEnd: evidence.upperBound)
        for pair in pairs {
            if let t = pair.1?.code, lexicon.isSelf(t, pair.0.code) { continue }
            out.append(Event(sentence: c.sentence, code: p.code, source: pair.0, target: pair.1, evidence: evidence,
                             pattern: p.text, negated: c.group.negated, mode: mode, date: date, datePrecision: precision,
                             location: location))
        }
    }

    /// Whether an actor has one of these agents (`by=`, `not-by=`).
    func hasAgent(_ a: ActorMember, of agents: [String]) -> Bool {
        lexicon.actorCode(a.code).actors.contains { $0.agents.contains(where: agents.contains) }
    }

    /// A finite verb whose form can only be third person plural ("detienen", "asesinaron") and
    /// that found no subject: "they" of no one in particular.
    func isImpersonal(_ doc: Document, _ group: VerbGroup) -> Bool {
        guard !group.passive, group.person == 3, group.plural else { return false }
        let readings = lexicon.finiteReadings(doc, group)
        return !readings.isEmpty && readings.allSatisfy { $0.person == 3 && $0.plural }
    }

    /// "se detuvo a tres militantes", "se acusó al gobierno": a verb with "se", no subject and a
    /// personal object right after it is impersonal (someone did it to them), not reflexive.
    func isImpersonalSe(_ doc: Document, _ group: VerbGroup) -> Bool {
        guard group.reflexive, !group.passive, group.person == 3 else { return false }
        let next = group.tokens.upperBound
        return next < doc.sentences[group.sentence].tokens.upperBound && lexicon.word(doc.tokens[next].word, is: .objectMarker)
    }

    /// Verbal cooperation or conflict (CAMEO quad classes 1 and 3): something said, not done.
    func isVerbal(_ code: String) -> Bool {
        let quad = lexicon.cameo.info(code)?.quad
        return quad == 1 || quad == 3
    }

    /// Who does it and to whom. In a passive ("fue detenido por la policía") the agent does it
    /// and the subject undergoes it; a passive with no agent has PETRARCH's unknown source "---".
    func parties(_ p: Pattern, _ c: VerbClause, _ doc: Document, complementEnd: Int) -> (sources: [ActorMember], targets: [ActorMember]) {
        if c.subject.isEmpty && !c.group.passive && !p.patientSubject {
            // Impersonal: the doer is unknown, or the one the pattern names (arrests: the police of the patient's country).
            let found = targets(p, c, doc, complementEnd: complementEnd)
            if let doer = p.passiveDoer, let country = found.first.map({ lexicon.actorCode($0.code).root }) ?? doc.country,
               lexicon.places.isCountryCode(country) {
                return ([ActorMember(code: country + doer, tokens: c.group.tokens)], found)
            }
            return ([ActorMember(code: EventCoder.unknownActor, tokens: c.group.tokens)], found)
        }
        guard c.group.passive || p.patientSubject else { return (c.subject, targets(p, c, doc, complementEnd: complementEnd)) }
        // The doer after the complement, or before it: "fue acusada por el PRI de corrupción".
        let sources = c.matcher.agent(doc, c.index, from: complementEnd, to: c.scopeEnd)
            ?? c.matcher.agent(doc, c.index, from: c.group.head + 1, to: complementEnd)
            ?? (NominalEventCoder.isViolent(p.code) && c.group.head + 1 < c.scopeEnd
                ? nominal.attackDoer(doc, c.index, in: (c.group.head + 1)..<c.scopeEnd, sentence: c.sentence, patients: c.subject) : nil)
            ?? []
        if sources.isEmpty, let doer = p.passiveDoer, let country = (c.subject.first.map { lexicon.actorCode($0.code).root } ?? doc.country),
           lexicon.places.isCountryCode(country) {
            return ([ActorMember(code: country + doer, tokens: c.group.tokens)], c.subject)
        }
        return (sources.isEmpty ? [ActorMember(code: EventCoder.unknownActor, tokens: c.group.tokens)] : sources, c.subject)
    }

    /// The target of an active verb: after the pattern's markers; else the actor a clitic stands
    /// for ("Putin le presentaba …"); else further on (far targets); else, for "este acto", the
    /// sources of the previous sentence's events.
    func targets(_ p: Pattern, _ c: VerbClause, _ doc: Document, complementEnd: Int) -> [ActorMember] {
        let group = c.group
        let found = c.target(p, doc, from: group.head + 1, to: c.scopeEnd, excluding: c.subject)
        if !found.isEmpty { return found }
        // The object may follow the complement: "calificó de inaceptable la decisión de Washington".
        if p.objectTarget, complementEnd > group.head + 1 {
            let after = c.target(p, doc, from: complementEnd, to: c.scopeEnd, excluding: c.subject)
            if !after.isEmpty { return after }
        }
        let personal = p.objectTarget || p.targetMarkers.contains(where: { lexicon.word($0, is: .objectMarker) })
        if personal, let antecedent = objectRelativeAntecedent(c, doc), !antecedent.isEmpty { return antecedent }
        if let clitic = group.clitic, p.objectTarget || p.targetMarkers.contains(where: { lexicon.word($0, is: .objectMarker) }),
           !lexicon.wordClass(doc.tokens[clitic].word).contains(.objClitic) || p.objectTarget,
           let other = lastActor(doc, c.index, before: group.tokens.lowerBound, sentence: c.sentence, excluding: c.subject,
                                 memory: c.memory) {
            return [other]
        }
        // "the government blamed them for …", "blamed their deaths on …": an object pronoun after
        // the verb, or a possessive whose owner the object's noun is about.
        if p.objectTarget, group.tokens.upperBound < c.scopeEnd, lexicon.word(doc.tokens[group.tokens.upperBound].word, is: .objectPronoun)
            || lexicon.word(doc.tokens[group.tokens.upperBound].word, is: .owner),
           let other = lastActor(doc, c.index, before: group.tokens.lowerBound, sentence: c.sentence, excluding: c.subject,
                                 memory: c.memory) {
            return [other]
        }
        if p.farTarget {
            var far = p
            far.targetMarkers = []
            far.objectTarget = false
            let farEnd = min(doc.sentences[c.sentence].tokens.upperBound, c.scopeEnd + EventCoder.maxScope)
            let found = c.target(far, doc, from: c.scopeEnd, to: farEnd, excluding: c.subject)
            if !found.isEmpty { return found }
        }
        if p.objectTarget, complementEnd < c.scopeEnd, lexicon.wordClass(doc.tokens[group.head + 1].word).contains(.anaphor)
            || objectIsDeed(doc, after: group.tokens.upperBound, end: c.scopeEnd) {
            return c.memory.previousEventSources.filter { s in !c.subject.contains { $0.code == s.code } }
        }
        return []
    }

    /// "welcomed the goodwill gesture", "criticó la medida": the object is a deed (past an article
    /// and an adjective or two), whose doers the previous sentence told of.
    func objectIsDeed(_ doc: Document, after t: Int, end: Int) -> Bool {
        guard t < end, lexicon.word(doc.tokens[t].word, is: .determiner) else { return false }
        var k = t + 1
        while k < min(end, t + 4) {
            if lexicon.word(doc.tokens[k].word, is: .deed) { return k + 1 >= end || !lexicon.word(doc.tokens[k + 1].word, is: .genitive) }
            guard doc.tokens[k].kind == .word, !doc.tokens[k].flags.contains(.capitalized), lexicon.wordClass(doc.tokens[k].word).isEmpty else { return false }
            k += 1
        }
        return false
    }

    /// "el Kremlin, a quien una investigación … acusó": the actor before "a quien" ("al que") that
    /// opens the verb's clause is its object.
    func objectRelativeAntecedent(_ c: VerbClause, _ doc: Document) -> [ActorMember]? {
        let floor = max(doc.sentences[c.sentence].tokens.lowerBound, c.group.tokens.lowerBound - EventCoder.maxScope)
        var k = c.group.tokens.lowerBound - 1
        while k > floor {
            if lexicon.word(doc.tokens[k].word, is: .complementizer), lexicon.word(doc.tokens[k - 1].word, is: .objectMarker) {
                var a = k - 2
                if a >= floor, doc.tokens[a].kind == .punct { a -= 1 }
                guard a >= floor, c.index.mentionAt[a] >= 0 else { return nil }
                let found = doc.actors(ofMention: Int(c.index.mentionAt[a]))
                return found.filter { m in !c.subject.contains { $0.code == m.code } }
            }
            if doc.tokens[k].kind == .punct && k < c.group.tokens.lowerBound - 1 && !lexicon.word(doc.tokens[k + 1].word, is: .objectMarker) {
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// An object that rules the pattern out: the source's own ("Ucrania … derribando drones
    /// ucranianos": a self-directed reading is more likely a misreading than news), or a thing,
    /// not an actor ("detuvo una serie de campañas").
    func objectIsNoActor(_ p: Pattern, _ c: VerbClause, _ doc: Document) -> Bool {
        if p.objectTarget {
            var objectOnly = p
            objectOnly.targetMarkers = []
            if !c.target(objectOnly, doc, from: c.group.head + 1, to: c.scopeEnd, excluding: []).isEmpty { return true }
        }
        return p.actorObject && thingAsObject(doc, c.index, after: c.group.head, end: c.scopeEnd)
    }

    /// Source → target pairs; reciprocal patterns go both ways, and a reciprocal event with no
    /// target needs two sources (a meeting needs two parties): nil when it has fewer.
    static func pairs(_ p: Pattern, sources: [ActorMember], targets: [ActorMember]) -> [(ActorMember, ActorMember?)]? {
        var pairs = [(ActorMember, ActorMember?)]()
        // Room for all of them at once, not grown pair by pair.
        pairs.reserveCapacity(sources.count * max(1, targets.count) * (p.reciprocal ? 2 : 1))
        if p.reciprocal {
            if targets.isEmpty {
                guard sources.count >= 2 else { return nil }
                for a in sources { for b in sources where a.code != b.code { pairs.append((a, b)) } }
            } else {
                for a in sources { for b in targets { pairs.append((a, b)); pairs.append((b, a)) } }
            }
        } else {
            for a in sources {
                if targets.isEmpty { pairs.append((a, nil)) } else { for b in targets { pairs.append((a, b)) } }
            }
        }
        return pairs
    }

    /// Pairs with no target given the pattern's `target=` agent: the source's country (the
    /// story's when the source is unknown) with that agent, never the source itself. The text
    /// names no such actor: its words are the event's head (`at`), as for a pattern's doer.
    /// Abroad (`host`, the country of the place the clause names, is another), it is the host's:
    /// "US activists staged a protest in Beijing" is against China's government.
    static func defaultTargets(_ p: Pattern, _ pairs: [(ActorMember, ActorMember?)], lexicon: Lexicon,
                               storyCountry: String?, host: String? = nil, at head: Range<Int>) -> [(ActorMember, ActorMember?)] {
        guard let agent = p.defaultTarget else { return pairs }
        return pairs.map { pair in
            guard pair.1 == nil else { return pair }
            let source = lexicon.actorCode(pair.0.code)
            guard let country = source.isUnknown ? storyCountry : source.country, !source.agents.contains(agent) else { return pair }
            // "Guatemala" protesting is its people: not the same actor as its government, but
            // `sameActor` would drop the event, so such a source keeps no target.
            let abroad = host.map { $0 != country && lexicon.places.isCountryCode($0) } ?? false
            let target = (abroad ? host! : country) + agent
            return EventCoder.sameActor(pair.0.code, target) ? pair : (pair.0, ActorMember(code: target, tokens: head))
        }
    }

    /// The country a place puts an event abroad in: a country named, or a city of a million (a
    /// small town's name is too often another country's town: "San Pedro").
    static func host(_ place: Place?) -> String? {
        guard let place, place.isCountry || place.population >= 1_000_000 else { return nil }
        return place.country
    }

    /// Whether the verb's direct object is a plain noun phrase naming no actor.
    func thingAsObject(_ doc: Document, _ index: Index, after head: Int, end: Int) -> Bool {
        var t = head + 1
        while t < end && (lexicon.word(doc.tokens[t].word, is: .determiner) || doc.tokens[t].kind == .number) { t += 1 }
        guard t < end else { return false }
        let tok = doc.tokens[t]
        return tok.kind == .word && index.mentionAt[t] < 0 && index.placeAt[t] < 0 && lexicon.wordClass(tok.word).isEmpty
            && !tok.flags.contains(.capitalized)
    }

    /// The last actor before `before` in this sentence, else from earlier sentences, that is not the
    /// subject, nor a place named as where ("desde Corea del Norte").
    func lastActor(_ doc: Document, _ index: Index, before: Int, sentence: Int, excluding: [ActorMember],
                   memory: EventMemory) -> ActorMember? {
        // A few actors to exclude: searched in place, not hashed into a set.
        let excluded = { (code: String) in excluding.contains { $0.code == code } }
        var t = before - 1
        let floor = max(doc.sentences[sentence].tokens.lowerBound, before - 2 * EventCoder.maxScope)
        while t >= floor {
            if index.mentionAt[t] >= 0 {
                let m = doc.mentions[Int(index.mentionAt[t])]
                // "viajó desde Corea del Norte": a place where something happens is no one a
                // clitic or an object pronoun stands for.
                let placeNamedAsWhere = index.placeAt[m.tokens.lowerBound] >= 0 && m.tokens.lowerBound > 0
                    && lexicon.word(doc.tokens[m.tokens.lowerBound - 1].word, is: .placeMarker)
                if m.kind != .modifier, !placeNamedAsWhere, let a = doc.actors(ofMention: Int(index.mentionAt[t])).last(where: { !excluded($0.code) }) {
                    return a
                }
                t = m.tokens.lowerBound
            }
            t -= 1
        }
        return memory.lastOther(than: excluding)
    }

    /// The date named in the clause nearest the verb, or the document's date.
    func dateFor(_ doc: Document, clause: Range<Int>, near head: Int) -> (Day, DateMention.Precision) {
        doc.eventDate(doc.nearestDate(in: clause, to: head))
    }

    /// A city or landmark named in the clause; a country only right after the evidence ("… en Siria").
    func locationFor(_ doc: Document, clause: Range<Int>, evidenceEnd: Int) -> Place? {
        var country: Place?
        // Read in place: a copy of each mention would retain its place's strings.
        let places = doc.places(startingIn: clause)
        for i in places.indices {
            if !places[i].place.isCountry { return places[i].place }
            let start = places[i].tokens.lowerBound
            if country == nil, start > evidenceEnd, start - evidenceEnd <= 3,
               lexicon.word(doc.tokens[start - 1].word, is: .locative) { country = places[i].place }
        }
        return country
    }
}
