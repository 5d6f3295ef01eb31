extension EventCoder {
    /// Words before a passive verb group its pattern's noun may stand at: "New sanctions were
    /// imposed", "el premio fue otorgado", "aid worth millions was sent".
    static let passiveNounReach = 4

    /// "New sanctions were imposed on Iran by the European Union", "el premio fue otorgado a …":
    /// in a passive, a verb-and-noun pattern's noun is the subject, before the verb. The doer is
    /// the agent ("by", "por"), else unknown; the target, the actor the pattern's prepositions
    /// mark after the verb. Returns whether a pattern matched.
    @discardableResult
    func codePassiveNoun(_ doc: Document, _ c: VerbClause, clause: Range<Int>, mode: EventMode?, into out: inout [Event]) -> Bool {
        let group = c.group
        let floor = max(clause.lowerBound, doc.sentences[c.sentence].content, group.tokens.lowerBound - Self.passiveNounReach)
        guard group.passive, floor < group.tokens.lowerBound else { return false }
        for pi in lexicon.patterns.candidates(head: group.lemma) {
            let p = lexicon.patterns.patterns[Int(pi)]
            guard !p.noun, !p.reflexive, p.slots.count == 1,
                  let noun = (floor..<group.tokens.lowerBound).last(where: { p.slots[0].words.contains(doc.tokens[$0].word) })
            else { continue }
            let doer = c.matcher.agent(doc, c.index, from: group.head + 1, to: c.scopeEnd)
            var marked = p
            marked.objectTarget = false  // the object is the noun, already before the verb
            let targets = p.targetMarkers.isEmpty ? []
                : c.target(marked, doc, from: group.head + 1, to: c.scopeEnd, excluding: doer ?? [])
            // Someone must be named: a doer or a target ("aid was sent" alone tells of no one).
            guard doer != nil || !targets.isEmpty,
                  let pairs = Self.pairs(p, sources: doer ?? [ActorMember(code: EventCoder.unknownActor, tokens: group.tokens)],
                                         targets: targets) else { continue }
            append(p, pairs, doc, c, clause: clause, evidence: noun..<group.tokens.upperBound, mode: mode, into: &out)
            return true
        }
        return false
    }
}
