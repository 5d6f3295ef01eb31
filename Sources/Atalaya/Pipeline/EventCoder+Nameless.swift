/// Verbs that tell their event whoever does it (`nameless` patterns).
extension EventCoder {
    /// "El abogado del acusado protestó contra la sentencia": a verb whose subject is no actor we
    /// know (and that is no passive or impersonal verb, coded as such) still tells its event when
    /// the first of its patterns that matches is `nameless`; the unknown "---" does it, and its
    /// target is found as for any verb.
    func codeNameless(_ doc: Document, _ index: Index, _ group: VerbGroup, scopeEnd: Int, clause: Range<Int>,
                      sentence: Int, memory: EventMemory, mode: EventMode?, into out: inout [Event]) {
        let c = VerbClause(index: index, group: group, subject: [], scopeEnd: scopeEnd, sentence: sentence,
                           memory: memory, matcher: PatternMatcher(lexicon: lexicon))
        for pi in lexicon.patterns.candidates(head: group.lemma) {
            let p = lexicon.patterns.patterns[Int(pi)]
            guard Self.fits(p, group) else { continue }
            guard let complementEnd = c.matcher.complement(p, doc, after: group.head, scopeEnd: scopeEnd) else { continue }
            guard p.namelessSource, p.sourceAgents.isEmpty else { return }
            let unknown = ActorMember(code: EventCoder.unknownActor, tokens: group.tokens)
            guard let found = Self.pairs(p, sources: [unknown], targets: targets(p, c, doc, complementEnd: complementEnd)) else { return }
            let pairs = Self.defaultTargets(p, found, lexicon: lexicon, storyCountry: doc.country, at: group.tokens)
            return append(p, pairs, doc, c, clause: clause, evidence: group.tokens.lowerBound..<complementEnd, mode: mode, into: &out)
        }
    }
}
