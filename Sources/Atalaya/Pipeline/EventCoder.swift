/// Stage 9. Reads tokens, mentions, verb groups and their clauses (subjects), dates and places; writes
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
        func state(_ text: String) -> String? {
            let c = ActorCode(text)
            if c.isOrganization || c.kind == .unknown || c.isRootAlone { return text }
            return c.isState && c.body == "GOV" ? c.root : nil
        }
        guard let x = state(a), let y = state(b) else { return false }
        return x == y
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
        let index = Index(doc)
        let skip = discarded(doc)
        var memory = EventMemory()
        var events = [Event]()
        var v = 0
        var mentionCursor = 0
        for (s, sentence) in doc.sentences.enumerated() {
            let first = v
            while v < doc.verbs.count && doc.verbs[v].sentence == s { v += 1 }
            var sentenceEvents = [Event]()
            // A passive needs no subject: "fue asesinado por un grupo armado" names the doer.
            // "Detienen a la expresidenta": a third person plural with no subject is impersonal, as is
            // "se detuvo a …".
            for g in first..<v where !doc.clauses[g].subject.isEmpty || doc.verbs[g].passive
                || !doc.clauses[g].subordinate && (isImpersonal(doc, doc.verbs[g]) || isImpersonalSe(doc, doc.verbs[g])) {
                let group = doc.verbs[g], clause = doc.clauses[g]
                let scopeEnd = clause.window.upperBound
                sentenceEvents += codeVerb(doc, index, group, subject: clause.subject, scopeEnd: scopeEnd,
                                           clause: max(clause.window.lowerBound, group.head - Self.maxScope)..<scopeEnd,
                                           sentence: s, memory: memory, mode: clause.mode)
            }
            // A noun already coded as a verb's complement ("convocaron una huelga") is not coded again,
            // nor a verb of saying coded as an event of its own ("denunció", "acusó"). What else an
            // actor says is a statement, beside the other events of the sentence ("calificó de
            // inaceptables las medidas … al tiempo que anunciaba un gravamen").
            var covered = [Bool](repeating: false, count: sentence.tokens.count)
            for e in sentenceEvents { for t in e.evidence { covered[t - sentence.tokens.lowerBound] = true } }
            sentenceEvents += nominal.code(doc, index, sentence: s).filter { !covered[$0.evidence.lowerBound - sentence.tokens.lowerBound] }
            sentenceEvents += statements.code(doc, groups: first..<v, sentence: s, alone: sentenceEvents.isEmpty).filter { !covered[$0.evidence.lowerBound - sentence.tokens.lowerBound] }
            // Remember who was named, for clitics in later sentences.
            while mentionCursor < doc.mentions.count && doc.mentions[mentionCursor].sentence <= s {
                let m = doc.mentions[mentionCursor]
                if m.kind != .reference && m.kind != .modifier { memory.saw(m.actors) }
                mentionCursor += 1
            }
            memory.previousEventSources = sentenceEvents.map(\.source)
            if !skip.contains(s) { events += dedupe(sentenceEvents.map(announced)) }
        }
        doc.events = events
    }

    /// A meeting or visit to come is coded as the intent CAMEO gives it ("visitará Colombia": 036).
    func announced(_ e: Event) -> Event {
        guard e.mode == .future else { return e }
        var out = e
        out.code = lexicon.cameo.intent(of: e.code)
        return out
    }

    /// How far (in tokens) a verb's clause reaches back at most (see `SubjectResolver.maxScope`).
    static let maxScope = SubjectResolver.maxScope

    /// One sentence tells of an event once, even when it names it twice ("se declararon en huelga
    /// … en protesta"): one event per root and dyad, the most specific code kept.
    func dedupe(_ events: [Event]) -> [Event] {
        guard events.count > 1 else { return events }  // most sentences: nothing to compare
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
        let out = kept.map { events[$0.event] }
        // The same event told twice, once without its target: "killed in a Taliban attack" is the
        // attack, and the killing whose doer it names.
        guard out.contains(where: { $0.target == nil }) else { return out }
        let targeted = Set(out.compactMap { e in e.target.map { _ in DedupeKey(root: e.root, source: e.source.code, target: "", negated: e.negated) } })
        return out.filter { e in e.target != nil || !targeted.contains(DedupeKey(root: e.root, source: e.source.code, target: "", negated: e.negated)) }
    }

    /// What makes two events of a sentence the same event for `dedupe` (a struct, not a joined string:
    /// no string is built for every event).
    struct DedupeKey: Hashable {
        let root: String
        let source: String
        let target: String
        let negated: Bool
    }

    /// "0841" > "084" > "080": longer codes and codes that do not end in 0 say more.
    func specificity(_ code: String) -> Int { code.count * 2 + (code.hasSuffix("0") ? 0 : 1) }
}
