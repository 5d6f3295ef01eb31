extension EventCoder {
    /// "229 were detained", "dozens were killed in Yangon", "thousands marched": a number (digits or
    /// a word of class `count`) right before a verb whose clause found no actor as subject stands
    /// for that many people: the civilians of the place the clause names, else of the story's
    /// country. Not after a preposition ("in 2004 were …", "of the 300 were").
    func countedPeople(_ doc: Document, _ group: VerbGroup, clause: Range<Int>) -> ActorMember? {
        let t = group.tokens.lowerBound - 1
        let floor = doc.sentences[group.sentence].content
        guard t >= floor else { return nil }
        let tok = doc.tokens[t]
        guard tok.kind == .number || tok.kind == .word && lexicon.word(tok.word, is: .count) else { return nil }
        if t > floor, lexicon.wordClass(doc.tokens[t - 1].word).contains(.preposition) { return nil }
        let country = locationFor(doc, clause: clause, evidenceEnd: group.tokens.upperBound)?.country ?? doc.country ?? ""
        return ActorMember(code: country + Self.countedAgent, tokens: t..<(t + 1))
    }

    /// The agent of people counted and not named: civilians (a CAMEO agent code, not a word).
    static let countedAgent = "CVL"
}
