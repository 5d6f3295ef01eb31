/// Stage 9. Reads tokens, mentions, referents, verb groups and clauses; writes `doc.quotes`.
///
/// Finds quotations in «», “” and "" marks and attributes each to its speaker: the actor
/// after "según", else the subject of the verb of saying that introduces the quotation
/// ("describió las conversaciones como «muy sustantivas»"), else of the one after it ("«…»,
/// dijo X"), never the nearest noun; a sentence that opens with a quotation and names no
/// speaker continues the previous sentence's statement.
///
/// ```swift
/// QuoteFinder(lexicon: lexicon).run(&doc)
/// doc.quotes.first?.speaker?.code  // "RUSGOV"
/// ```
public struct QuoteFinder: Stage {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func run(_ doc: inout Document) {
        doc.quotes = quotes(doc)
    }

    /// The document's quotations, read from a borrowed document (helpers given the `inout` one copy it).
    func quotes(_ doc: Document) -> [Quote] {
        var quotes = [Quote]()
        var v = 0
        for (s, sentence) in doc.sentences.enumerated() {
            let first = v
            while v < doc.verbs.count && doc.verbs[v].sentence == s { v += 1 }
            // The sentence's verbs of saying that have a subject, in text order, for binary search.
            let speaking = (first..<v).filter { speaks(doc, $0) }
            let according = lexicon.accordingTo(doc, sentence)
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                guard doc.tokens[t].flags.contains(.openQuote) else { t += 1; continue }
                var close = t + 1
                while close < sentence.tokens.upperBound && !doc.tokens[close].flags.contains(.closeQuote) { close += 1 }
                guard close < sentence.tokens.upperBound else { break }  // no quotation closes after here
                guard close > t + 1 else { t += 1; continue }
                var speaker = according
                if speaker == nil {
                    // The last verb ending before the quotation…
                    let before = Document.span(speaking, 0..<(t + 1)) { doc.verbs[$0].tokens.upperBound }
                    if let g = speaking[before].last { speaker = doc.clauses[g].subject.first }
                }
                if speaker == nil {
                    // …else the first verb after it ("…», dijo X").
                    let after = Document.span(speaking, (close + 1)..<Int.max) { doc.verbs[$0].tokens.lowerBound }
                    if let g = speaking[after].first { speaker = doc.clauses[g].subject.first }
                }
                // A sentence that opens with a quotation and names no speaker goes on with the
                // previous sentence's statement ("«…», dijo X. «…»."); elsewhere it stays unknown.
                if speaker == nil, t == sentence.tokens.lowerBound, let last = quotes.last, last.sentence == s - 1 {
                    speaker = last.speaker
                }
                quotes.append(Quote(sentence: s, start: Int(doc.tokens[t].end), end: Int(doc.tokens[close].start), speaker: speaker))
                t = close + 1
            }
        }
        return quotes
    }

    /// Whether verb group `g` is a verb of saying with a subject: the one who speaks is named
    /// (`StatementCoder` asks it too).
    func speaks(_ doc: Document, _ g: Int) -> Bool {
        !doc.clauses[g].subject.isEmpty && lexicon.wordClass(doc.verbs[g].lemma).contains(.speech)
    }
}
