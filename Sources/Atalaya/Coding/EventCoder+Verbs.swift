extension EventCoder {
    /// Events from one verb group: the first of its patterns whose complement is there.
    func codeVerb(_ doc: Document, _ index: Index, _ group: VerbGroup, subject: [ActorMember], scopeEnd: Int,
                  clause: Range<Int>, sentence: Int, memory: EventMemory, mode: EventMode?) -> [Event] {
        let matcher = PatternMatcher(lexicon: lexicon)
        for pi in lexicon.patterns.candidates(head: group.lemma) {
            let p = lexicon.patterns.patterns[Int(pi)]
            if p.noun || (p.reflexive && !group.reflexive) || (p.passiveOnly && !group.passive) { continue }
            guard let complementEnd = matcher.complement(p, doc, after: group.head, scopeEnd: scopeEnd) else { continue }
            if !p.sourceAgents.isEmpty && !subject.contains(where: { s in
                stride(from: 0, to: s.code.count, by: 3).contains { p.sourceAgents.contains(String(s.code.dropFirst($0).prefix(3))) }
            }) { continue }
            var sources = subject
            var targets: [ActorMember]
            let resolver: (Int) -> [ActorMember] = { doc.actors(ofMention: $0) }
            if group.passive || p.patientSubject {
                // "fue detenido por la policía": the agent does it, the subject undergoes it.
                var byAgent = p
                byAgent.targetMarkers = agentMarkers
                byAgent.objectTarget = false
                sources = matcher.target(byAgent, doc, index, from: complementEnd, to: scopeEnd, excluding: [], resolve: resolver)
                if sources.isEmpty {
                    // "fue asesinado": the text does not say who; PETRARCH's "---" marks the unknown actor.
                    sources = [ActorMember(code: EventCoder.unknownActor, tokens: group.tokens)]
                }
                targets = subject
            } else {
                targets = matcher.target(p, doc, index, from: group.head + 1, to: scopeEnd, excluding: subject, resolve: resolver)
                if targets.isEmpty, let c = group.clitic, p.objectTarget || p.targetMarkers.contains(where: { lexicon.word($0, is: .objectMarker) }),
                   !lexicon.wordClass(doc.tokens[c].word).contains(.objClitic) || p.objectTarget,
                   let other = lastActor(doc, index, before: group.tokens.lowerBound, sentence: sentence, excluding: subject, memory: memory) {
                    targets = [other]  // "Putin le presentaba …": "le" is the last other actor
                }
                if targets.isEmpty, p.farTarget {
                    var far = p
                    far.targetMarkers = []
                    far.objectTarget = false
                    let farEnd = min(doc.sentences[sentence].tokens.upperBound, scopeEnd + EventCoder.maxScope)
                    targets = matcher.target(far, doc, index, from: scopeEnd, to: farEnd, excluding: subject, resolve: resolver)
                }
                if targets.isEmpty, p.objectTarget, complementEnd < scopeEnd,
                   lexicon.wordClass(doc.tokens[group.head + 1].word).contains(.anaphor) {
                    // "consideró este acto …": the act of the previous sentence, done by its source.
                    let codes = Set(subject.map(\.code))
                    targets = memory.previousEventSources.filter { !codes.contains($0.code) }
                }
            }
            // The object is the source's own ("Ucrania … derribando drones ucranianos"): a self-directed
            // reading is more likely a misreading than news.
            if targets.isEmpty && !group.passive && p.objectTarget {
                var objectOnly = p
                objectOnly.targetMarkers = []
                if !matcher.target(objectOnly, doc, index, from: group.head + 1, to: scopeEnd, excluding: [], resolve: resolver).isEmpty {
                    continue
                }
            }
            // "detuvo una serie de campañas": the object is a thing, not an actor; no political event.
            if targets.isEmpty && !group.passive && p.actorObject && thingAsObject(doc, index, after: group.head, end: scopeEnd) {
                continue
            }
            var pairs = [(ActorMember, ActorMember?)]()
            if p.reciprocal {
                if targets.isEmpty {
                    guard sources.count >= 2 else { continue }  // a meeting needs two parties
                    for a in sources { for b in sources where a.code != b.code { pairs.append((a, b)) } }
                } else {
                    for a in sources { for b in targets { pairs.append((a, b)); pairs.append((b, a)) } }
                }
            } else {
                for a in sources {
                    if targets.isEmpty { pairs.append((a, nil)) } else { for b in targets { pairs.append((a, b)) } }
                }
            }
            let (date, precision) = dateFor(doc, clause: clause, near: group.head)
            let location = locationFor(doc, clause: clause, evidenceEnd: complementEnd)
            return pairs.compactMap { pair in
                if let t = pair.1?.code, EventCoder.sameActor(t, pair.0.code) { return nil }
                return Event(sentence: sentence, code: p.code, source: pair.0, target: pair.1,
                             evidence: group.tokens.lowerBound..<complementEnd, pattern: p.text, negated: group.negated,
                             mode: mode, date: date, datePrecision: precision, location: location)
            }
        }
        return []
    }

    /// Whether the verb's direct object is a plain noun phrase naming no actor.
    func thingAsObject(_ doc: Document, _ index: Index, after head: Int, end: Int) -> Bool {
        var t = head + 1
        while t < end && (lexicon.word(doc.tokens[t].word, is: .determiner) || doc.tokens[t].kind == .number) { t += 1 }
        guard t < end, t > head + 1 || lexicon.word(doc.tokens[head + 1].word, is: .determiner) else { return false }
        let tok = doc.tokens[t]
        return tok.kind == .word && index.mentionAt[t] < 0 && index.placeAt[t] < 0 && lexicon.wordClass(tok.word).isEmpty
            && !tok.flags.contains(.capitalized)
    }

    /// The last actor before `before` in this sentence, else from earlier sentences, that is not the subject.
    func lastActor(_ doc: Document, _ index: Index, before: Int, sentence: Int, excluding: [ActorMember],
                   memory: EventMemory) -> ActorMember? {
        let codes = Set(excluding.map(\.code))
        var t = before - 1
        let floor = max(doc.sentences[sentence].tokens.lowerBound, before - 2 * EventCoder.maxScope)
        while t >= floor {
            if index.mentionAt[t] >= 0 {
                let m = doc.mentions[Int(index.mentionAt[t])]
                if m.kind != .modifier, let a = doc.actors(ofMention: Int(index.mentionAt[t])).last(where: { !codes.contains($0.code) }) {
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
        var best: DateMention?
        for d in doc.dates(startingIn: clause) {
            if best == nil || abs(d.tokens.lowerBound - head) < abs(best!.tokens.lowerBound - head) { best = d }
        }
        return best.map { ($0.day, $0.precision) } ?? (doc.date, .day)
    }

    /// A city or landmark named in the clause; a country only right after the evidence ("… en Siria").
    func locationFor(_ doc: Document, clause: Range<Int>, evidenceEnd: Int) -> Place? {
        var country: Place?
        for p in doc.places(startingIn: clause) {
            if !p.place.isCountry { return p.place }
            if country == nil, p.tokens.lowerBound > evidenceEnd, p.tokens.lowerBound - evidenceEnd <= 3,
               lexicon.word(doc.tokens[p.tokens.lowerBound - 1].word, is: .locative) { country = p.place }
        }
        return country
    }
}
