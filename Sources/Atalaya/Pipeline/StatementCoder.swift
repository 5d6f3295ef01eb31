/// Part of the event coder: reads tokens, mentions, verb groups, clauses and dates; returns events.
///
/// Codes what an actor says, in a sentence that names no other event: "X dijo que …", "«…»,
/// afirmó X", "… es un fraude, según X". The words of the content tell what kind of comment it is (`StatementCues`: "fraude"
/// → 111 against the first other actor named); with none, a plain statement (010) about the
/// first other actor named, when the sentence tells of no other event. A negated or
/// unattributed verb of saying is no statement.
///
/// ```swift
/// StatementCoder(lexicon: lexicon).code(doc, groups: 0..<doc.verbs.count, sentence: 0, alone: true)
/// ```
struct StatementCoder: Sendable {
    let lexicon: Lexicon

    /// `alone`: the sentence has no other event, so a statement without a cue may be coded.
    /// `coded`: the sentence's verb events; one by another actor than the speaker is no cue of
    /// what the speaker says ("WikiLeaks niega … el Kremlin, a quien EE UU acusó": the accusation
    /// is the US's event, not what WikiLeaks says).
    func code(_ doc: Document, groups: Range<Int>, sentence s: Int, alone: Bool, coded: ArraySlice<Event> = []) -> [Event] {
        guard lexicon.statements.fallback != nil || !lexicon.statements.codes.isEmpty else { return [] }
        let range = doc.sentences[s].tokens
        // What is said is the sentence: its cue is looked up once a speaker, when one is first found.
        var cue: (speaker: String, content: (code: String, cued: Bool)?)?
        func content(_ speaker: ActorMember) -> (code: String, cued: Bool)? {
            if cue?.speaker != speaker.code {
                let others = coded.contains { $0.source.code != speaker.code } ? coded.filter { $0.source.code != speaker.code }[...] : []
                cue = (speaker.code, lexicon.statements.code(doc, in: range, coded: others))
            }
            return cue!.content
        }
        for g in groups {
            let group = doc.verbs[g], clause = doc.clauses[g]
            // "se informó que …" is impersonal: no one in particular speaks.
            guard !group.negated, !group.passive, !group.reflexive, lexicon.wordClass(group.lemma).contains(.speech),
                  let speaker = clause.subject.first, speaker.code != EventCoder.unknownActor,
                  clause.mode != .hypothetical, clause.mode != .conditional,
                  let (code, cued) = content(speaker) else { continue }
            // Without a cue, a plain statement (010) about another actor, in a main clause of a
            // sentence that tells of nothing else: what is said of no one, or in an aside ("como
            // subrayó Trudeau"), is seldom coded.
            let target = firstOther(doc, than: clause.subject, verb: group, in: range)
            guard cued || (alone && target != nil && !clause.subordinate) else { continue }
            let (date, precision) = doc.eventDate(doc.nearestDate(in: range, to: group.head))
            return [Event(sentence: s, code: code, source: speaker, target: target, evidence: group.tokens,
                          pattern: "statement", negated: false, mode: clause.mode, date: date, datePrecision: precision)]
        }
        // "…, según Wylie": the speaker of the whole sentence; only with a cue in what is said. A
        // quotation's speaker named in an earlier sentence is evidenced by the quotation's mark.
        let according = lexicon.accordingTo(doc, doc.sentences[s])
        guard let speaker = according ?? quoted(doc, groups: groups, sentence: s),
              speaker.code != EventCoder.unknownActor, let (code, cued) = content(speaker), cued else { return [] }
        let evidence = according != nil ? speaker.tokens : range.lowerBound..<(range.lowerBound + 1)
        let target = first(doc, than: [speaker], in: range)
        let (date, precision) = doc.eventDate(doc.nearestDate(in: range, to: evidence.lowerBound))
        return [Event(sentence: s, code: code, source: speaker, target: target, evidence: evidence,
                      pattern: "statement", negated: false, mode: nil, date: date, datePrecision: precision)]
    }

    /// "«…», dijo X. «La mafia tiene dos candidatos»": a sentence that opens with a quotation and has
    /// no verb of saying with a subject goes on with the speaker `QuoteFinder` gave the quotation.
    func quoted(_ doc: Document, groups: Range<Int>, sentence s: Int) -> ActorMember? {
        let quotes = Document.span(doc.quotes, s..<(s + 1), key: \.sentence)
        guard let q = quotes.first.map({ doc.quotes[$0] }), let speaker = q.speaker,
              q.start <= Int(doc.tokens[doc.sentences[s].tokens.lowerBound].end),
              !groups.contains(where: { QuoteFinder(lexicon: lexicon).speaks(doc, $0) })
        else { return nil }
        return speaker
    }

    /// Whom the comment is about: the first actor after the verb that is not the speaker nor the
    /// one spoken to ("dijo a la prensa que …", "said to deputies"), else the first before it.
    func firstOther(_ doc: Document, than speaker: [ActorMember], verb group: VerbGroup, in range: Range<Int>) -> ActorMember? {
        var start = group.tokens.upperBound
        if start < range.upperBound, lexicon.word(doc.tokens[start].word, is: .preposition) {
            var k = start + 1
            while k < min(range.upperBound, start + 3) && doc.mentionAt[k] < 0 { k += 1 }
            if k < range.upperBound, doc.mentionAt[k] >= 0 { start = doc.mentions[Int(doc.mentionAt[k])].tokens.upperBound }
        }
        return first(doc, than: speaker, in: start..<max(start, range.upperBound))
            ?? first(doc, than: speaker, in: range.lowerBound..<group.tokens.lowerBound)
    }

    func first(_ doc: Document, than speaker: [ActorMember], in range: Range<Int>) -> ActorMember? {
        var t = range.lowerBound
        while t < range.upperBound {
            let m = doc.mentionAt[t]
            guard m >= 0 else { t += 1; continue }
            for a in doc.actors(ofMention: Int(m)) where !speaker.contains(where: { EventCoder.sameActor($0.code, a.code) || $0.code == a.code }) {
                return a
            }
            t = doc.mentions[Int(m)].tokens.upperBound
        }
        return nil
    }
}
