extension Lexicon {
    /// "según el portavoz", "according to the Kremlin" names the speaker of the whole sentence; so
    /// does a name after a colon that ends it, as headlines attribute a quote ("Soy duro con el
    /// TLCAN …: Trump").
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
        return colonSpeaker(doc, sentence)
    }

    /// "…: Trump", "…: AMLO.": the actor named after the sentence's last colon, up to its end.
    func colonSpeaker(_ doc: Document, _ sentence: Sentence) -> ActorMember? {
        var end = sentence.tokens.upperBound
        if end > sentence.tokens.lowerBound, doc.tokens[end - 1].kind == .punct, doc.tokens[end - 1].end - doc.tokens[end - 1].start == 1,
           doc.bytes[Int(doc.tokens[end - 1].start)] == UInt8(ascii: ".") { end -= 1 }
        guard end - 1 > sentence.tokens.lowerBound, doc.mentionAt[end - 1] >= 0 else { return nil }
        let m = doc.mentions[Int(doc.mentionAt[end - 1])]
        let colon = m.tokens.lowerBound - 1
        guard m.tokens.upperBound == end, colon > sentence.tokens.lowerBound, doc.tokens[colon].kind == .punct,
              doc.bytes[Int(doc.tokens[colon].start)] == UInt8(ascii: ":") else { return nil }
        return doc.actors(ofMention: Int(doc.mentionAt[end - 1])).first
    }
}
