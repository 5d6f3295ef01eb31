extension Lexicon {
    /// "según el portavoz", "according to the Kremlin" names the speaker of the whole sentence.
    ///
    /// ```swift
    /// lexicon.accordingTo(doc, doc.sentences[0])?.code  // "RUSGOV"
    /// ```
    public func accordingTo(_ doc: Document, _ sentence: Sentence) -> ActorMember? {
        let mentionAt = doc.mentionAt
        let end = sentence.tokens.upperBound
        var t = sentence.tokens.lowerBound
        while t < end {
            guard wordClass(doc.tokens[t].word).contains(.according) else { t += 1; continue }
            var k = t + 1
            // "según el portavoz", "according to the Kremlin"
            while k < end && !wordClass(doc.tokens[k].word).intersection([.determiner, .preposition]).isEmpty { k += 1 }
            if k < end, mentionAt[k] >= 0 { return doc.actors(ofMention: Int(mentionAt[k])).first }
            // The words skipped hold no mention to find ("según según …"): go on after them.
            t = max(t + 1, k)
        }
        return nil
    }
}
