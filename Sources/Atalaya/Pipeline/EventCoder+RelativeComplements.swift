extension EventCoder {
    /// The noun phrase a relative clause opening before `group` is on, when it names a thing, not
    /// an actor: "acuerdo" in "el acuerdo que Chile y Perú firmaron" (see `RelativeAntecedent`).
    func relativeNoun(_ doc: Document, _ index: Index, _ group: VerbGroup, floor: Int) -> Range<Int>? {
        guard group.finite, !group.passive else { return nil }
        return RelativeAntecedent(lexicon: lexicon).nounPhrase(doc, index.mentionAt, relativeAt: group.tokens.lowerBound,
                                                               floor: floor, adjacent: false)
    }

    /// "el acuerdo que firmaron Rusia y China", "las sanciones que impuso Washington a Irán", "the
    /// talks that Argentina held with Iran": a verb whose pattern's first complement word is in
    /// the noun `phrase` its relative clause is on has that complement before it; the rest of the
    /// complement follows the verb as usual. The token after the complement, or nil.
    func antecedentComplement(_ p: Pattern, _ doc: Document, _ group: VerbGroup, phrase: Range<Int>, scopeEnd: Int,
                              matcher: PatternMatcher) -> Int? {
        guard let first = p.slots.first, phrase.contains(where: { first.words.contains(doc.tokens[$0].word) }) else { return nil }
        return matcher.complement(p, doc, after: group.head, scopeEnd: scopeEnd, firstSlot: 1)
    }

    /// The subject of such a clause, where the language puts it after the verb
    /// (`relative-inversion`): "el acuerdo que firmaron Rusia y China". Only when the noun is the
    /// complement of one of the verb's patterns: that noun is then the verb's object, and the
    /// actor after the verb its subject ("las bombas que destruyeron Alepo" are no such clause).
    func invertedSubject(_ doc: Document, _ index: Index, _ group: VerbGroup, floor: Int) -> [ActorMember]? {
        guard lexicon.settings.relativeInversion, group.finite, !group.passive,
              let phrase = RelativeAntecedent(lexicon: lexicon).nounPhrase(doc, index.mentionAt, relativeAt: group.tokens.lowerBound,
                                                                           floor: floor, adjacent: true),
              lexicon.patterns.candidates(head: group.lemma).contains(where: { pi in
                  let p = lexicon.patterns.patterns[Int(pi)]
                  return Self.fits(p, group) && p.slots.first.map { slot in phrase.contains { slot.words.contains(doc.tokens[$0].word) } } == true
              }) else { return nil }
        var t = group.tokens.upperBound
        let end = doc.sentences[group.sentence].tokens.upperBound
        while t < end && (lexicon.word(doc.tokens[t].word, is: .determiner) || doc.tokens[t].kind == .number) { t += 1 }
        guard t < end, index.mentionAt[t] >= 0, doc.mentions[Int(index.mentionAt[t])].kind != .modifier else { return nil }
        let found = doc.actors(ofMention: Int(index.mentionAt[t]))
        return found.isEmpty ? nil : found
    }
}
