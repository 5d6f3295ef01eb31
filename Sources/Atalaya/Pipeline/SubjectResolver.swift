/// Stage 6. Reads sentences, tokens, actor mentions and verb groups; writes `doc.clauses` (one a verb
/// group: subject, scope, subordination, mode) and `doc.referents` (what "ambos líderes" stands for).
///
/// Each clause's subject is the nearest actor before its verb that is not inside a prepositional
/// phrase; else, for a speech verb or a passive, the actor right after it ("…», dijo Peskov");
/// else the antecedent of a relative clause ("Paramilitares que … ejecutaron"); else (pro-drop)
/// the previous clause's or sentence's subject. A reference takes the last group of leaders named
/// ("Kim y Putin … ambos líderes"), else the last group that acted together.
///
/// ```swift
/// SubjectResolver(lexicon: lexicon).run(&doc)
/// doc.clauses[0].subject.map(\.code)  // ["PRKGOV", "RUSGOV"] for "Kim y Putin se reunieron."
/// ```
public struct SubjectResolver: Stage {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// How far (in tokens) a verb's complements and clause reach at most: real clauses are far
    /// shorter, and the bound keeps coding linear in a sentence of any length.
    public static let maxScope = 80

    public func run(_ doc: inout Document) {
        (doc.clauses, doc.referents) = clauses(doc)
    }

    /// The clauses and referents of a document. It works on a local copy of the document (the
    /// helpers given the `inout` one each got a copy, retaining all its arrays), whose referents
    /// are written as references are resolved, for the clauses after them to read.
    func clauses(_ document: Document) -> ([Clause], [Int: [ActorMember]]) {
        var doc = document
        let mentionAt = doc.mentionAt
        var memory = Discourse()
        // Only a sentence that opens with an unknown capitalised word asks whether it is a name.
        if doc.sentences.contains(where: { !$0.tokens.isEmpty && isNameWord(doc, $0.tokens.lowerBound) }) {
            memory.names = names(in: doc)
        }
        var clauses = [Clause]()
        clauses.reserveCapacity(doc.verbs.count)
        var leaders = [ActorMember]()  // the last group of leaders named, for references
        var v = 0, m = 0
        var scopes = [Int]()  // one buffer for every sentence's scope ends
        for (s, sentence) in doc.sentences.enumerated() {
            let first = v
            while v < doc.verbs.count && doc.verbs[v].sentence == s { v += 1 }
            // References of this sentence, against what earlier sentences (and earlier groups) said.
            let mentionsStart = m
            while m < doc.mentions.count && doc.mentions[m].sentence <= s {
                let mention = doc.mentions[m]
                if mention.kind == .reference {
                    // "El presidente de Chile recibió al de Perú. Los dos líderes …": a pair named one by one.
                    let pair = mention.code.isEmpty && memory.singles.count == 2 ? memory.singles : nil
                    let group = pair ?? (leaders.isEmpty ? memory.lastGroup : leaders)
                    if !group.isEmpty { doc.referents[m] = group.map { ActorMember(code: $0.code, tokens: mention.tokens) } }
                    // Nothing to refer back to: the code of the words themselves, if they have one.
                    else if !mention.code.isEmpty { doc.referents[m] = [ActorMember(code: mention.code, tokens: mention.tokens)] }
                }
                if mention.kind == .group {
                    if mention.members.allSatisfy({ !ActorCode($0.code).body.isEmpty }) { leaders = mention.members }
                    memory.singles.removeAll()  // a pair named together is the latest pair
                } else if mention.kind != .reference && mention.kind != .modifier {
                    note(mention, in: &memory.singles)
                }
                m += 1
            }
            memory.subjectBeforeSentence = memory.lastSubject
            scopeEnds(doc, first: first, last: v, sentence: sentence.tokens, into: &scopes)
            for g in first..<v {
                let clause = self.clause(doc, mentionAt, g, first: first, scopeEnd: scopes[g - first], memory: memory, clauses: clauses)
                if doc.verbs[g].finite && !clause.subordinate && !clause.subject.isEmpty { memory.lastSubject = clause.subject }
                clauses.append(clause)
            }
            // Remember who was named, and who acted together, for later sentences.
            // (`saw` keeps only pairs and groups: a mention of one actor is passed over without a list made for it.)
            for i in mentionsStart..<m where doc.mentions[i].kind != .reference && doc.mentions[i].kind != .modifier
                && doc.mentions[i].members.count >= 2 {
                memory.saw(doc.mentions[i].members)
            }
            for g in first..<v where clauses[g].subject.count >= 2 { memory.lastGroup = clauses[g].subject }
        }
        return (clauses, doc.referents)
    }

    /// Keeps the last two governments named (`singles`, newest last): a government named after
    /// the last one, under another code, joins it; the older goes.
    func note(_ mention: ActorMention, in singles: inout [ActorMember]) {
        // The mention's one actor and its code's last bytes, not a list of its actors nor a parsed
        // `ActorCode`: this is asked of every mention.
        let members = mention.members
        guard members.count <= 1 else { return }
        let actor = members.first ?? ActorMember(code: mention.code, tokens: mention.tokens)
        let code = actor.code.utf8, government = ActorRecognizer.government.utf8
        guard code.count >= government.count, code.suffix(government.count).elementsEqual(government),
              singles.last?.code != actor.code else { return }
        if singles.count == 2 { singles.removeFirst() }
        singles.append(actor)
    }

    /// The clause of verb group `g`, given the clauses found before it in the document.
    func clause(_ doc: Document, _ mentionAt: [Int32], _ g: Int, first: Int, scopeEnd: Int, memory: Discourse,
                clauses: [Clause]) -> Clause {
        let group = doc.verbs[g]
        let windowStart = g > first ? doc.verbs[g - 1].tokens.upperBound : doc.sentences[group.sentence].tokens.lowerBound
        let subordinate = isSubordinate(doc, from: windowStart, to: group.tokens.lowerBound)
        let quoted = afterQuotation(doc, group)
        var subject: [ActorMember]
        let named = namedBefore(doc, group, names: memory.names)
        if quoted {
            // «…», dijo el juez; «…», aseguró en ese momento: the one named after the verb, else who
            // spoke before the quotation — never anyone named in it.
            let opened = doc.tokens[doc.sentences[group.sentence].tokens.lowerBound].flags.contains(.openQuote)
            subject = speakerAfterQuotation(doc, mentionAt, group) ?? (opened ? memory.subjectBeforeSentence : [])
        } else if group.tense == .gerund, g > first, doc.isComma(group.tokens.lowerBound - 1) {
            // "shelled the Ukrainian city of Kharkiv, killing 12 civilians": a gerund set off by a
            // comma after a clause is that clause's subject's doing, not its object's.
            subject = []
        } else {
            subject = findSubject(doc, mentionAt, group, windowStart: windowStart, namedBefore: named)
        }
        if subject.isEmpty, !quoted, group.finite || group.tense == .gerund, !named {
            subject = relativeSubject(doc, mentionAt, group)
            if subject.isEmpty { subject = antecedentOfRelative(doc, mentionAt, g, first: first) }
            if subject.isEmpty {
                subject = inheritedSubject(doc, g, first: first, windowStart: windowStart, memory: memory,
                                           previous: g > first ? clauses[g - 1].subject : [])
            }
        }
        // "se manifestaron para exigir …": the one who acts is the one it is done for — unless a
        // personal object stands between ("pidió a los estudiantes para protestar": they protest).
        if subject.isEmpty, group.tense == .infinitive, g > first, group.tokens.lowerBound > windowStart,
           lexicon.word(doc.tokens[group.tokens.lowerBound - 1].word, is: .purpose),
           !personalObject(doc, mentionAt, in: windowStart..<group.tokens.lowerBound) {
            subject = purposeSubject(doc, g, first: first, clauses: clauses)
        }
        // "dijo estar de acuerdo con …": an infinitive right after a verb of saying is its speaker's.
        if subject.isEmpty, group.tense == .infinitive, g > first, group.tokens.lowerBound == doc.verbs[g - 1].tokens.upperBound,
           lexicon.wordClass(doc.verbs[g - 1].lemma).contains(.speech) {
            subject = clauses[g - 1].subject
        }
        let mode = self.mode(doc, g, first: first, subordinate: subordinate)
        return Clause(subject: subject, subordinate: subordinate, window: windowStart..<scopeEnd, mode: mode)
    }

    /// Who does what a purpose infinitive names: the subject of the clause it serves. Clauses
    /// between that name no subject of their own are passed over: infinitives and gerunds
    /// ("empezaron a llegar … para protestar") and relative clauses ("mantuvieron la huelga que
    /// iniciaron en mayo para protestar"). Another finite verb stops the search, with its subject
    /// or none; so does "que" right after a verb ("se demostró que hubo … para …"), whose clause the
    /// purpose may be of.
    func purposeSubject(_ doc: Document, _ g: Int, first: Int, clauses: [Clause]) -> [ActorMember] {
        var k = g - 1
        while k >= first {
            if !clauses[k].subject.isEmpty || doc.verbs[k].finite && !isRelative(doc, clauses[k], doc.verbs[k]) {
                return clauses[k].subject
            }
            k -= 1
        }
        return []
    }

    /// Whether a clause opens with "que" (or "quien") after a noun of the clause before it, not
    /// right after its verb.
    func isRelative(_ doc: Document, _ clause: Clause, _ group: VerbGroup) -> Bool {
        guard clause.subordinate, clause.window.lowerBound < group.tokens.lowerBound else { return false }
        let opener = (clause.window.lowerBound..<group.tokens.lowerBound).first { lexicon.word(doc.tokens[$0].word, is: .complementizer) }
        return opener.map { $0 > clause.window.lowerBound } ?? false
    }

    /// "DeBatto reported …", "… y Bellver criticó": a name no dictionary knows right before the
    /// verb is its subject, someone we cannot code: the verb takes no subject from elsewhere. At a
    /// sentence's start a capital proves a name only where the story writes the word capitalised
    /// elsewhere too (`names`): "Finalmente criticó …" is an adverb.
    func namedBefore(_ doc: Document, _ group: VerbGroup, names: Set<Int>) -> Bool {
        let floor = doc.sentences[group.sentence].tokens.lowerBound
        let t = group.tokens.lowerBound - 1
        guard t >= floor, isNameWord(doc, t) else { return false }
        return t > floor || names.contains(Self.hash(doc, t))
    }

    /// The names of `doc`: words no dictionary gives a role, capitalised after a sentence's first
    /// word and outside any actor mention (hashes of their folded forms).
    func names(in doc: Document) -> Set<Int> {
        var out = Set<Int>()
        for sentence in doc.sentences where sentence.tokens.count > 1 {
            for t in (sentence.tokens.lowerBound + 1)..<sentence.tokens.upperBound where isNameWord(doc, t)
                && !doc.tokens[t - 1].flags.contains(.openQuote) {
                out.insert(Self.hash(doc, t))
            }
        }
        return out
    }

    /// A token's folded form hashed as the vocabulary does: cheaper than through `Hasher` byte by byte.
    static func hash(_ doc: Document, _ t: Int) -> Int {
        doc.foldedForm(t).withUnsafeBufferPointer { Vocabulary.hash($0) }
    }

    /// A capitalised word (not in capitals) with no word class, no verb reading and no actor.
    func isNameWord(_ doc: Document, _ t: Int) -> Bool {
        let tok = doc.tokens[t]
        return tok.kind == .word && tok.flags.contains(.capitalized) && !tok.flags.contains(.upper) && doc.mentionAt[t] < 0
            && lexicon.wordClass(tok.word).isEmpty && lexicon.verbReadings(tok.word).isEmpty
    }
}
