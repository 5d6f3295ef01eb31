/// Finds quotations in «», “” and "" marks and attributes each to its speaker: the actor
/// after "según", else the subject of the verb that introduces the quotation ("describió
/// las conversaciones como «muy sustantivas»"), else of the verb after it ("«…», dijo X").
///
/// ```swift
/// QuoteFinder(lexicon: lexicon).find(&doc)
/// doc.quotes.first?.speaker?.code  // "RUSGOV"
/// ```
public struct QuoteFinder: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func find(_ doc: inout Document) {
        var quotes = [Quote]()
        var v = 0
        var mentionAt: [Int32]?  // built on the first "según": keeps each lookup O(1)
        for (s, sentence) in doc.sentences.enumerated() {
            while v < doc.verbs.count && doc.verbs[v].sentence < s { v += 1 }
            var vEnd = v
            while vEnd < doc.verbs.count && doc.verbs[vEnd].sentence == s { vEnd += 1 }
            let according = accordingTo(doc, sentence, mentionAt: &mentionAt)
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                guard doc.tokens[t].flags.contains(.openQuote) else { t += 1; continue }
                var close = t + 1
                while close < sentence.tokens.upperBound && !doc.tokens[close].flags.contains(.closeQuote) { close += 1 }
                // No closing mark left in the sentence: no later opening mark can close either.
                guard close < sentence.tokens.upperBound else { break }
                guard close > t + 1 else { t += 1; continue }
                var speaker = according
                if speaker == nil {
                    speaker = doc.verbs[v..<vEnd].last { $0.tokens.upperBound <= t && !$0.subject.isEmpty }?.subject.first
                }
                if speaker == nil {
                    speaker = doc.verbs[v..<vEnd].first { $0.tokens.lowerBound > close && !$0.subject.isEmpty }?.subject.first
                }
                quotes.append(Quote(sentence: s, start: Int(doc.tokens[t].end), end: Int(doc.tokens[close].start), speaker: speaker))
                t = close + 1
            }
        }
        doc.quotes = quotes
    }

    /// "según el portavoz" names the speaker of the whole sentence.
    func accordingTo(_ doc: Document, _ sentence: Sentence, mentionAt: inout [Int32]?) -> ActorMember? {
        var t = sentence.tokens.lowerBound
        while t < sentence.tokens.upperBound {
            guard lexicon.wordClass(doc.tokens[t].word).contains(.according) else { t += 1; continue }
            var k = t + 1
            // "según el portavoz", "according to the Kremlin"
            while k < sentence.tokens.upperBound
                    && !lexicon.wordClass(doc.tokens[k].word).intersection([.determiner, .preposition]).isEmpty { k += 1 }
            if mentionAt == nil { mentionAt = Self.firstMentions(doc) }
            if k < doc.tokens.count, let m = mentionAt?[k], m >= 0 { return doc.mentions[Int(m)].actors.first }
            // "según" is also a preposition: one after t up to k ends at the same k ("según según X").
            t = k
        }
        return nil
    }

    /// For each token, the first mention (in `doc.mentions` order) that holds it, or -1.
    static func firstMentions(_ doc: Document) -> [Int32] {
        var at = [Int32](repeating: -1, count: doc.tokens.count)
        for (i, m) in doc.mentions.enumerated() {
            for t in m.tokens where t < at.count && at[t] < 0 { at[t] = Int32(i) }
        }
        return at
    }
}
