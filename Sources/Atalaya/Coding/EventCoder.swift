/// Codes events from verb groups and actor mentions: finds each clause's subject (also
/// pro-drop and passive "por" agents), matches the verb's patterns, finds the target
/// after the pattern's prepositions, and adds negation, mode, date and location.
///
/// ```swift
/// EventCoder(lexicon: lexicon).code(&doc)
/// doc.events.map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")" }
/// ```
public struct EventCoder: Sendable {
    public let lexicon: Lexicon
    let nominal: NominalEventCoder
    /// "por", "by": computed once, used for every passive.
    let agentMarkers: [Int32]

    /// The source of an event whose doer the text does not name (a passive without "por …").
    public static let unknownActor = "---"

    /// A state and its government are one actor ("RUS", "RUSGOV"), and so is an organisation with
    /// itself; two civilians, rebels or police ("COLCVL", "CVL") are different people.
    public static func sameActor(_ a: String, _ b: String) -> Bool {
        func state(_ c: String) -> Substring? {
            if c.count == 3 || c.hasPrefix("IGO") || c.hasPrefix("NGO") { return Substring(c) }
            return c.count == 6 && c.hasSuffix("GOV") ? c.prefix(3) : nil
        }
        guard let x = state(a), let y = state(b) else { return false }
        return x == y
    }

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        nominal = NominalEventCoder(lexicon: lexicon)
        agentMarkers = lexicon.words(in: .agentMarker)
    }

    /// Token → mention index lookups for one document.
    struct Index {
        var mentionAt: [Int32]
        var placeAt: [Int32]
        init(_ doc: Document) {
            mentionAt = [Int32](repeating: -1, count: doc.tokens.count)
            for (i, m) in doc.mentions.enumerated() { for t in m.tokens { mentionAt[t] = Int32(i) } }
            placeAt = [Int32](repeating: -1, count: doc.tokens.count)
            for (i, p) in doc.places.enumerated() { for t in p.tokens { placeAt[t] = Int32(i) } }
        }
    }

    /// Sentences not to code: those with a discard phrase, or all when the story has one.
    func discarded(_ doc: Document) -> Set<Int> {
        var out = Set<Int>()
        let tokens = doc.tokens
        let word: (Int) -> Int32 = { tokens[$0].word }
        for (s, sentence) in doc.sentences.enumerated() {
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                if let m = lexicon.discards.longestMatch(word, from: t, limit: sentence.tokens.upperBound) {
                    if m.value == 1 { return Set(doc.sentences.indices) }
                    out.insert(s)
                    t += m.length
                } else {
                    t += 1
                }
            }
        }
        return out
    }

    public func code(_ doc: inout Document) {
        let index = Index(doc)
        let skip = discarded(doc)
        var memory = Discourse()
        var events = [Event]()
        var v = 0
        var mentionCursor = 0
        for (s, sentence) in doc.sentences.enumerated() {
            var first = v
            while first < doc.verbs.count && doc.verbs[first].sentence < s { first += 1 }
            var last = first
            while last < doc.verbs.count && doc.verbs[last].sentence == s { last += 1 }
            v = last
            var sentenceEvents = [Event]()
            let scopes = scopeEnds(doc, first: first, last: last, sentence: sentence.tokens)
            for g in first..<last {
                var group = doc.verbs[g]
                let windowStart = g > first ? doc.verbs[g - 1].tokens.upperBound : sentence.tokens.lowerBound
                let scopeEnd = scopes[g - first]
                group.subordinate = isSubordinate(doc, from: windowStart, to: group.tokens.lowerBound)
                var subject = findSubject(doc, index, group, windowStart: windowStart, memory: memory)
                if subject.isEmpty, group.finite || group.tense == .gerund {
                    subject = antecedentOfRelative(doc, index, g, first: first, memory: memory)
                    if subject.isEmpty {
                        subject = inheritedSubject(doc, g, first: first, group: group, windowStart: windowStart, memory: memory)
                    }
                }
                doc.verbs[g].subject = subject
                doc.verbs[g].subordinate = group.subordinate
                guard !subject.isEmpty else { continue }
                if group.finite && !group.subordinate { memory.lastSubject = subject }
                let clause = max(windowStart, group.head - Self.maxScope)..<scopeEnd
                sentenceEvents += codeVerb(doc, index, group, subject: subject, scopeEnd: scopeEnd, clause: clause,
                                           sentence: s, memory: memory, mode: mode(doc, g, first: first, windowStart: windowStart))
            }
            // A noun already coded as a verb's complement ("convocaron una huelga") is not coded again.
            var covered = [Bool](repeating: false, count: sentence.tokens.count)
            for e in sentenceEvents { for t in e.evidence { covered[t - sentence.tokens.lowerBound] = true } }
            sentenceEvents += nominal.code(doc, index, sentence: s).filter { !covered[$0.evidence.lowerBound - sentence.tokens.lowerBound] }
            // Remember who was named, for references in later sentences.
            while mentionCursor < doc.mentions.count && doc.mentions[mentionCursor].sentence <= s {
                let m = doc.mentions[mentionCursor]
                if m.kind != .reference && m.kind != .modifier { memory.saw(m.actors) }
                mentionCursor += 1
            }
            for g in first..<last where doc.verbs[g].subject.count >= 2 { memory.lastGroup = doc.verbs[g].subject }
            memory.previousEventSources = sentenceEvents.map(\.source)
            if !skip.contains(s) { events += dedupe(sentenceEvents) }
        }
        doc.events = events
    }

    /// How far (in tokens) a verb's complements and clause reach at most: real clauses are far
    /// shorter, and the bound keeps coding linear in a sentence of any length.
    static let maxScope = 80

    /// Where each verb group's complements end (indexed from `first`): at the first later finite
    /// verb that starts a clause of its own, or at ";" or ":"; verbs in subordinate clauses ("de que
    /// esta reunión resulte") and infinitives do not end it. One pass over the sentence.
    func scopeEnds(_ doc: Document, first: Int, last: Int, sentence: Range<Int>) -> [Int] {
        var stops = [Int](), complementizers = [Int]()
        for t in sentence {
            let tok = doc.tokens[t]
            if tok.kind == .punct, doc.bytes[Int(tok.start)] == UInt8(ascii: ";") || doc.bytes[Int(tok.start)] == UInt8(ascii: ":") {
                stops.append(t)
            }
            if lexicon.word(tok.word, is: .complementizer) { complementizers.append(t) }
        }
        // The first position in a sorted list after `t`.
        func after(_ list: [Int], _ t: Int) -> Int? {
            let i = Document.span(list, (t + 1)..<Int.max) { $0 }.lowerBound
            return i < list.count ? list[i] : nil
        }
        var ends = [Int](repeating: sentence.upperBound, count: max(0, last - first))
        var nextFinite: Int?
        for g in stride(from: last - 1, through: first, by: -1) {
            let head = doc.verbs[g].head
            let limit = after(stops, head) ?? sentence.upperBound
            var end = limit
            if let k = nextFinite {
                let start = doc.verbs[k].tokens.lowerBound
                // A "que" between the verbs makes the next one subordinate to this one.
                if start < limit && (after(complementizers, head) ?? Int.max) >= start { end = start }
            }
            ends[g - first] = min(end, head + 1 + Self.maxScope)
            if doc.verbs[g].finite { nextFinite = g }
        }
        return ends
    }

    func isSubordinate(_ doc: Document, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return (from..<to).contains { lexicon.wordClass(doc.tokens[$0].word).contains(.subordinator) }
    }

    /// Is the mention at `m` inside a prepositional phrase ("de la ONU", "con Rusia")?
    func prepositionBefore(_ doc: Document, _ start: Int, floor: Int) -> Int32? {
        var t = start - 1
        while t >= floor && lexicon.wordClass(doc.tokens[t].word).contains(.determiner)
            && !lexicon.wordClass(doc.tokens[t].word).contains(.preposition) { t -= 1 }
        guard t >= floor else { return nil }
        let w = doc.tokens[t].word
        // "miles de estudiantes", "miembros de un grupo armado": a quantity or a part, not a
        // prepositional phrase.
        if lexicon.word(w, is: .genitive), t > floor,
           !lexicon.wordClass(doc.tokens[t - 1].word).intersection([.determiner, .partitive]).isEmpty { return nil }
        return lexicon.wordClass(w).contains(.preposition) || lexicon.wordClass(w).contains(.according) ? w : nil
    }

    /// The nearest actor before the verb, in its clause, that is not in a prepositional phrase;
    /// for a speech verb with none, the actor right after it ("…», dijo Peskov").
    func findSubject(_ doc: Document, _ index: Index, _ g: VerbGroup, windowStart: Int, memory: Discourse) -> [ActorMember] {
        var t = g.tokens.lowerBound - 1
        let floor = doc.sentences[g.sentence].tokens.lowerBound
        while t >= windowStart {
            let mi = index.mentionAt[t]
            if mi >= 0 {
                let m = doc.mentions[Int(mi)]
                if m.kind != .modifier && prepositionBefore(doc, m.tokens.lowerBound, floor: floor) == nil {
                    return resolve(m, memory)
                }
                t = m.tokens.lowerBound - 1
                continue
            }
            if lexicon.wordClass(doc.tokens[t].word).contains(.subordinator) { break }
            t -= 1
        }
        // After the verb: speakers ("…», dijo Peskov") and the patients of passives ("fue asesinado el alcalde").
        if lexicon.wordClass(g.lemma).contains(.speech) || g.passive {
            var after = g.tokens.upperBound
            while after < doc.tokens.count && (lexicon.wordClass(doc.tokens[after].word).contains(.determiner)
                                               || doc.tokens[after].kind == .number) { after += 1 }
            if after < doc.tokens.count, index.mentionAt[after] >= 0 {
                let m = doc.mentions[Int(index.mentionAt[after])]
                if m.kind != .modifier { return resolve(m, memory) }
            }
        }
        return []
    }

    /// "Paramilitares que se movilizaban en una motocicleta ejecutaron a …": after a relative clause,
    /// the subject is the actor the relative pronoun follows.
    func antecedentOfRelative(_ doc: Document, _ index: Index, _ g: Int, first: Int, memory: Discourse) -> [ActorMember] {
        guard g > first, doc.verbs[g].finite else { return [] }
        let floor = doc.sentences[doc.verbs[g].sentence].tokens.lowerBound
        var q = doc.verbs[g - 1].tokens.lowerBound - 1
        guard q > floor, lexicon.word(doc.tokens[q].word, is: .complementizer) else { return [] }
        q -= 1
        if doc.tokens[q].kind == .punct && q > floor { q -= 1 }
        guard index.mentionAt[q] >= 0 else { return [] }
        let m = doc.mentions[Int(index.mentionAt[q])]
        guard m.kind != .modifier, prepositionBefore(doc, m.tokens.lowerBound, floor: floor) == nil else { return [] }
        return resolve(m, memory)
    }

    /// Pro-drop: the subject of the previous verb of the sentence, or of the previous sentence.
    func inheritedSubject(_ doc: Document, _ g: Int, first: Int, group: VerbGroup, windowStart: Int,
                          memory: Discourse) -> [ActorMember] {
        let relativeQue = (windowStart..<group.tokens.lowerBound).contains { lexicon.word(doc.tokens[$0].word, is: .complementizer) }
        // "que incluyó": the subject is the noun before "que" — unless "que" follows a speech verb
        // ("mencionó que ya tiene …"), whose subject goes on.
        if relativeQue && !(g > first && lexicon.wordClass(doc.verbs[g - 1].lemma).contains(.speech)) { return [] }
        if g > first {
            return doc.verbs[g - 1].subject
        }
        guard group.person == 3, !memory.lastSubject.isEmpty else { return [] }
        return group.plural == (memory.lastSubject.count > 1) ? memory.lastSubject : []
    }

    /// Actors a mention stands for; a reference the recognizer could not resolve takes the
    /// last pair that acted together ("X se reunió con Y … ambos líderes").
    func resolve(_ m: ActorMention, _ memory: Discourse) -> [ActorMember] {
        if m.kind == .reference && m.members.isEmpty {
            return memory.lastGroup.map { ActorMember(code: $0.code, tokens: m.tokens) }
        }
        return m.actors.filter { !$0.code.isEmpty }
    }

    /// Hypothetical ("si", "en caso de que"), reported ("dijo que …"), or the verb's own mode.
    func mode(_ doc: Document, _ g: Int, first: Int, windowStart: Int) -> EventMode? {
        let group = doc.verbs[g]
        let lo = max(doc.sentences[group.sentence].tokens.lowerBound, group.tokens.lowerBound - 8)
        for t in lo..<group.tokens.lowerBound {
            let w = doc.tokens[t].word
            if lexicon.word(w, is: .condition) { return .hypothetical }
        }
        if group.subordinate, g > first, lexicon.wordClass(doc.verbs[g - 1].lemma).contains(.speech) { return .reported }
        return group.mode
    }

    /// One sentence tells of an event once, even when it names it twice ("se declararon en huelga
    /// … en protesta"): one event per root and dyad, the most specific code kept.
    func dedupe(_ events: [Event]) -> [Event] {
        var best = [String: Int]()
        var order = [String]()
        for (i, e) in events.enumerated() {
            let key = "\(e.root)|\(e.source.code)|\(e.target?.code ?? "")|\(e.negated)"
            if let j = best[key] {
                if specificity(e.code) > specificity(events[j].code) { best[key] = i }
            } else {
                best[key] = i
                order.append(key)
            }
        }
        return order.map { events[best[$0]!] }
    }

    /// "0841" > "084" > "080": longer codes and codes that do not end in 0 say more.
    func specificity(_ code: String) -> Int { code.count * 2 + (code.hasSuffix("0") ? 0 : 1) }
}
