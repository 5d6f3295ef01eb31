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
        for (s, sentence) in doc.sentences.enumerated() {
            while v < doc.verbs.count && doc.verbs[v].sentence < s { v += 1 }
            var vEnd = v
            while vEnd < doc.verbs.count && doc.verbs[vEnd].sentence == s { vEnd += 1 }
            let according = accordingTo(doc, sentence)
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                guard doc.tokens[t].flags.contains(.openQuote) else { t += 1; continue }
                var close = t + 1
                while close < sentence.tokens.upperBound && !doc.tokens[close].flags.contains(.closeQuote) { close += 1 }
                guard close < sentence.tokens.upperBound, close > t + 1 else { t += 1; continue }
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
    func accordingTo(_ doc: Document, _ sentence: Sentence) -> ActorMember? {
        for t in sentence.tokens where lexicon.wordClass(doc.tokens[t].word).contains(.according) {
            var k = t + 1
            // "según el portavoz", "according to the Kremlin"
            while k < sentence.tokens.upperBound
                    && !lexicon.wordClass(doc.tokens[k].word).intersection([.determiner, .preposition]).isEmpty { k += 1 }
            if let m = doc.mentions.first(where: { $0.tokens.contains(k) }) { return m.actors.first }
        }
        return nil
    }
}
