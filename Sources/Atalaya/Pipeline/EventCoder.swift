/// Stage 10. Reads tokens, mentions, verb groups and their clauses (subjects), dates, places and quotations; writes
/// `doc.events`.
///
/// Matches each verb's patterns, takes the passive "por" agent as source, finds the target after
/// the pattern's prepositions, adds negation, mode, date and location; nouns can carry events
/// too (`NominalEventCoder`).
///
/// ```swift
/// EventCoder(lexicon: lexicon).run(&doc)
/// doc.events.map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")" }
/// ```
public struct EventCoder: Stage {
    public let lexicon: Lexicon
    let nominal: NominalEventCoder
    let statements: StatementCoder

    /// The source of an event whose doer the text does not name (a passive without "por …").
    public static let unknownActor = ActorCode.unknown.description

    /// A state and its government are one actor ("RUS", "RUSGOV"), and so is an organisation with
    /// itself; two civilians, rebels or police ("COLCVL", "CVL") are different people.
    public static func sameActor(_ a: String, _ b: String) -> Bool {
        // Asked for every pair of every event: codes of printable ASCII are compared on their
        // bytes, without parsing them; any other text the slow way below.
        let fast: Bool?? = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool? in
                let kx = stateKey(x), ky = stateKey(y)
                guard kx >= 0 && ky >= 0 else { return nil }
                guard kx > 0 && ky > 0 else { return false }
                let nx = kx == 2 ? 3 : x.count, ny = ky == 2 ? 3 : y.count
                return nx == ny && (0..<nx).allSatisfy { x[$0] == y[$0] }
            } ?? nil
        }
        if let known = fast ?? nil { return known }
        func state(_ text: String) -> String? {
            let c = ActorCode(text)
            if c.isOrganization || c.kind == .unknown || c.isRootAlone { return text }
            return c.isState && c.body == "GOV" ? c.root : nil
        }
        guard let x = state(a), let y = state(b) else { return false }
        return x == y
    }

    /// What `sameActor` compares a code of printable ASCII by, read off its bytes as `ActorCode`
    /// would parse it: 1 the whole code (an organisation, "---", a root alone), 2 its first three
    /// bytes (a government, "RUSGOV"), 0 nothing (never the same actor), -1 not such a code.
    static func stateKey(_ u: UnsafeBufferPointer<UInt8>) -> Int {
        guard !u.isEmpty else { return 0 }
        guard u.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return -1 }
        if u.allSatisfy({ $0 == UInt8(ascii: "-") }) { return 1 }
        if u[0] == UInt8(ascii: "~") || u.contains(UInt8(ascii: "+")) { return 0 }
        if u.count <= 3 || ActorCode.isOrganizationRoot(u[0], u[1], u[2]) { return 1 }
        return u.count == 6 && u[3] == UInt8(ascii: "G") && u[4] == UInt8(ascii: "O") && u[5] == UInt8(ascii: "V") ? 2 : 0
    }

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        nominal = NominalEventCoder(lexicon: lexicon)
        statements = StatementCoder(lexicon: lexicon)
    }

    /// Token → mention index lookups for one document.
    struct Index {
        var mentionAt: [Int32]
        var placeAt: [Int32]
        init(_ doc: Document) {
            mentionAt = doc.mentionAt
            placeAt = [Int32](repeating: -1, count: doc.tokens.count)
            for (i, p) in doc.places.enumerated() { for t in p.tokens { placeAt[t] = Int32(i) } }
        }
    }

    /// Sentences not to code: those with a discard phrase, or all when the story has one.
    func discarded(_ doc: Document) -> Set<Int> {
        var out = Set<Int>()
        let tokens = doc.tokens
        let word: (Int) -> Int32 = { tokens[$0].word }
        var wholeStory = false
        for (s, sentence) in doc.sentences.enumerated() {
            lexicon.discards.forEachMatch(word, in: sentence.tokens) { _, _, value in
                if value == Lexicon.discardStory { wholeStory = true }
                if value == Lexicon.discardSentence { out.insert(s) }
                return !wholeStory
            }
            if wholeStory { return Set(doc.sentences.indices) }
        }
        return out
    }

    public func run(_ doc: inout Document) {
        doc.events = events(doc)
    }

    /// The document's events. (Read from a borrowed document, not the `inout` one: each helper
    /// given the `inout` document got a copy of it, retaining all its arrays.)
    func events(_ doc: Document) -> [Event] {
        let index = Index(doc)
        let skip = discarded(doc)
        var memory = EventMemory()
        var events = [Event]()
        events.reserveCapacity(doc.verbs.count)  // about one event a verb group: seldom regrown
        var v = 0
        var mentionCursor = 0
        // A sentence's events are coded straight onto the document's list, from `start` on, and one
        // buffer of covered tokens serves all sentences: no arrays made, copied and freed a sentence.
        var covered = [Bool]()
        for (s, sentence) in doc.sentences.enumerated() {
            let first = v
            while v < doc.verbs.count && doc.verbs[v].sentence == s { v += 1 }
            let start = events.count
            codeVerbs(doc, index, first..<v, sentence: s, memory: memory, into: &events)
            // A noun already coded as a verb's complement ("convocaron una huelga") is not coded again,
            // nor a verb of saying coded as an event of its own ("denunció", "acusó"). What else an
            // actor says is a statement, beside the other events of the sentence ("calificó de
            // inaceptables las medidas … al tiempo que anunciaba un gravamen").
            let lower = sentence.tokens.lowerBound
            let verbEvents = events.count - start
            if verbEvents > 0 {
                covered.removeAll(keepingCapacity: true)
                covered.append(contentsOf: repeatElement(false, count: sentence.tokens.count))
                for i in start..<events.count { for t in events[i].evidence { covered[t - lower] = true } }
            }
            // With no verb event nothing is covered: the lists are taken whole.
            for e in nominal.code(doc, index, sentence: s) where verbEvents == 0 || !covered[e.evidence.lowerBound - lower] {
                events.append(e)
            }
            for e in statements.code(doc, groups: first..<v, sentence: s, alone: events.count == start,
                                     coded: events[start..<(start + verbEvents)])
            where verbEvents == 0 || !covered[e.evidence.lowerBound - lower] {
                events.append(e)
            }
            // Remember who was named, for clitics in later sentences.
            while mentionCursor < doc.mentions.count && doc.mentions[mentionCursor].sentence <= s {
                if doc.mentions[mentionCursor].kind != .reference && doc.mentions[mentionCursor].kind != .modifier {
                    memory.saw(doc.mentions[mentionCursor])
                }
                mentionCursor += 1
            }
            impliedTargets(&events, from: start, memory: memory)
            // Refilled in place: no list made a sentence, most of them with no event.
            memory.previousEventSources.removeAll(keepingCapacity: true)
            memory.previousEventTargets.removeAll(keepingCapacity: true)
            for i in start..<events.count {
                memory.previousEventSources.append(events[i].source)
                if let t = events[i].target { memory.previousEventTargets.append(t) }
            }
            settle(&events, from: start, discarded: skip.contains(s))
            addressedTargets(&events, from: start)
        }
        return events
    }

    /// The events of a sentence's verb groups `groups`, appended to `out`. A passive needs no
    /// subject: "fue asesinado por un grupo armado" names the doer. "Detienen a la expresidenta": a
    /// third person plural with no subject is impersonal, as is "se detuvo a …". A number alone as
    /// subject is that many people ("229 were detained"). Any other verb with no actor as subject
    /// tells only a `nameless` pattern's event.
    func codeVerbs(_ doc: Document, _ index: Index, _ groups: Range<Int>, sentence s: Int, memory: EventMemory,
                   into events: inout [Event]) {
        for g in groups {
            let group = doc.verbs[g], clause = doc.clauses[g]
            let scopeEnd = clause.window.upperBound
            let window = max(clause.window.lowerBound, group.head - Self.maxScope)..<scopeEnd
            var subject = clause.subject
            if subject.isEmpty, let people = countedPeople(doc, group, clause: window) { subject = [people] }
            if subject.isEmpty, clause.subordinate, let inverted = invertedSubject(doc, index, group, floor: window.lowerBound) {
                subject = inverted
            }
            if !subject.isEmpty || group.passive
                || !clause.subordinate && (isImpersonal(doc, group) || isImpersonalSe(doc, group)) {
                codeVerb(doc, index, group, subject: subject, scopeEnd: scopeEnd, clause: window,
                         sentence: s, memory: memory, mode: clause.mode, into: &events)
            } else if lexicon.patterns.hasNameless(head: group.lemma) {
                codeNameless(doc, index, group, scopeEnd: scopeEnd, clause: window, sentence: s, memory: memory,
                             mode: clause.mode, into: &events)
            }
        }
    }

    /// A sentence's events, from `start` on, as the document keeps them: none from a discarded
    /// sentence; a meeting or visit to come coded as the intent CAMEO gives it ("visitará
    /// Colombia": 036); then `dedupe`d.
    func settle(_ events: inout [Event], from start: Int, discarded: Bool) {
        guard !discarded else { return events.removeSubrange(start...) }
        for i in start..<events.count where events[i].mode == .future {
            events[i].code = lexicon.cameo.intent(of: events[i].code)
        }
        // Most sentences tell of one event at most: nothing to dedupe, nothing moved.
        guard events.count - start > 1 else { return }
        let told = Array(events[start...])
        events.removeSubrange(start...)
        dedupe(told, into: &events)
    }

    /// How far (in tokens) a verb's clause reaches back at most (see `SubjectResolver.maxScope`).
    static let maxScope = SubjectResolver.maxScope

    /// One sentence tells of an event once, even when it names it twice ("se declararon en huelga
    /// … en protesta"): one event per root and dyad, the most specific code kept.
    func dedupe(_ events: [Event]) -> [Event] {
        var out = [Event]()
        dedupe(events, into: &out)
        return out
    }

    /// `dedupe(_:)`, appending what it keeps to `out` (no array of its own for each sentence).
    func dedupe(_ events: [Event], into out: inout [Event]) {
        guard events.count > 1 else { return out.append(contentsOf: events) }  // most sentences: nothing to compare
        // A sentence has a few events: a linear search beats hashing three strings per event. Past
        // a few (a sentence of a whole document), a hash table keeps it linear.
        var kept = [(key: DedupeKey, event: Int)]()
        var index = [DedupeKey: Int]()
        for (i, e) in events.enumerated() {
            let key = DedupeKey(root: e.root, source: e.source.code, target: e.target?.code ?? "", negated: e.negated)
            if let k = kept.count > 8 ? index[key] : kept.firstIndex(where: { $0.key == key }) {
                if specificity(e.code) > specificity(events[kept[k].event].code) { kept[k].event = i }
                continue
            }
            kept.append((key, i))
            if kept.count > 8 {
                if index.isEmpty { for (k, x) in kept.enumerated() { index[x.key] = k } } else { index[key] = kept.count - 1 }
            }
        }
        // The same event told twice, once without its target: "killed in a Taliban attack" is the
        // attack, and the killing whose doer it names.
        var targeted = Set<DedupeKey>()
        if kept.contains(where: { events[$0.event].target == nil }) {
            for k in kept where events[k.event].target != nil { targeted.insert(untargetedKey(events[k.event])) }
        }
        let anyUnsourced = kept.contains { events[$0.event].source.code == Self.unknownActor }
        for k in kept where events[k.event].target != nil || !targeted.contains(untargetedKey(events[k.event])) {
            if anyUnsourced && kept.contains(where: { toldWithDoer(events[k.event], by: events[$0.event]) }) { continue }
            out.append(events[k.event])
        }
    }

    /// The same event told twice, once without its doer: in "se declararon en huelga para
    /// protestar contra el Gobierno" the purpose clause's protest by "---" is the strikers'. An
    /// event `e` whose source is unknown goes when the sentence has one `o` of the same root,
    /// negation and target (or any target, when `e` names none) whose source is known.
    func toldWithDoer(_ e: Event, by o: Event) -> Bool {
        e.source.code == Self.unknownActor && o.source.code != Self.unknownActor && o.negated == e.negated
            && o.root == e.root && (e.target == nil || o.target?.code == e.target?.code)
    }

    /// An event's dedupe key without its target.
    func untargetedKey(_ e: Event) -> DedupeKey { DedupeKey(root: e.root, source: e.source.code, target: "", negated: e.negated) }

    /// What makes two events of a sentence the same event for `dedupe` (a struct, not a joined string:
    /// no string is built for every event).
    struct DedupeKey: Hashable {
        let root: String
        let source: String
        let target: String
        let negated: Bool
    }

    /// "0841" > "084" > "080": longer codes and codes that do not end in 0 say more.
    func specificity(_ code: String) -> Int {
        // ASCII codes (all of CAMEO's) are measured on their bytes, not as Characters.
        let u = code.utf8
        if u.allSatisfy({ $0 < 0x80 }) { return u.count * 2 + (u.last == UInt8(ascii: "0") ? 0 : 1) }
        return code.count * 2 + (code.hasSuffix("0") ? 0 : 1)
    }
}
