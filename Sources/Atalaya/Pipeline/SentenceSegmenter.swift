/// Stage 2. Reads tokens; writes `doc.sentences` (each with where its words begin after a dateline).
///
/// Groups tokens into sentences, the way news text is written.
///
/// A sentence ends at `.`, `?`, `!` or `…` (with any closing quotes after it) when the next
/// token opens a new sentence (capital, digit, opening quote or mark), at a blank line, and
/// after a headline or subtitle line that has no final punctuation. Periods inside «…» quotations do
/// not end the sentence, so a quotation and its "dijo X" stay together.
///
/// ```swift
/// SentenceSegmenter().run(&doc)
/// doc.sentences.count
/// ```
public struct SentenceSegmenter: Stage {
    /// Folded words that never end a headline line (a wrapped line ends with them).
    public let continuationWords: Set<[UInt8]>

    public init(continuationWords: Set<[UInt8]> = []) {
        self.continuationWords = continuationWords
    }

    public func run(_ doc: inout Document) {
        var sentences = [Sentence]()
        sentences.reserveCapacity(doc.tokens.count / 16 + 1)  // news sentences run to twenty-odd tokens: seldom regrown
        let tokens = doc.tokens
        guard !tokens.isEmpty else { doc.sentences = []; return }
        var first = 0
        var quoteDepth = 0
        var quoteStart = 0
        var lineStartsParagraph = true  // the current line began a paragraph
        var lineFirstToken = 0
        func close(_ last: Int) {
            let range = first..<(last + 1)
            sentences.append(Sentence(start: tokens[first].start, end: tokens[last].end, tokens: range,
                                      content: Dateline.contentStart(tokens, doc.bytes, range)))
            first = last + 1
            quoteDepth = 0
        }
        doc.bytes.withUnsafeBufferPointer { b in
            var t = 0
            while t < tokens.count {
                let tok = tokens[t]
                if tok.flags.contains(.openQuote) {
                    if quoteDepth == 0 { quoteStart = Int(tok.start) }
                    quoteDepth += 1
                } else if tok.flags.contains(.closeQuote) {
                    quoteDepth = max(0, quoteDepth - 1)
                }
                // An unclosed quotation must not swallow the rest of the text.
                if quoteDepth > 0 && Int(tok.start) - quoteStart > 1500 { quoteDepth = 0 }
                guard t + 1 < tokens.count else { break }
                let next = tokens[t + 1]
                var newlines = 0
                for k in Int(tok.end)..<Int(next.start) where b[k] == 0x0A { newlines += 1 }
                if newlines >= 2 {
                    close(t)
                    lineStartsParagraph = true
                    lineFirstToken = t + 1
                    t += 1
                    continue
                }
                if tok.kind == .punct && isTerminal(b, tok) {
                    let last = closingQuotes(after: t, tokens)
                    quoteDepth = max(0, quoteDepth - (last - t))
                    if last + 1 < tokens.count && (quoteDepth == 0 || newlines > 0) && opensSentence(b, tokens[last + 1]) {
                        close(last)
                        t = last + 1
                        if newlines > 0 { lineFirstToken = t; lineStartsParagraph = false }
                        continue
                    }
                }
                if newlines == 1 {
                    // A headline: a paragraph's first line, no final punctuation, next line capitalised;
                    // or a subtitle: a line too long to be hard-wrapped text, likewise.
                    let long = Int(tok.end - tokens[lineFirstToken].start) > Self.longestWrappedLine
                    if (lineStartsParagraph && t - lineFirstToken < 25 || long) && endsHeadline(doc, tok, next) { close(t) }
                    lineStartsParagraph = false
                    lineFirstToken = t + 1
                }
                t += 1
            }
        }
        if first < tokens.count { close(tokens.count - 1) }
        doc.sentences = sentences
    }

    /// Bytes: text wrapped by hand or by a mail program keeps its lines shorter than this.
    static let longestWrappedLine = 100

    /// The last of the closing quotes glued to the mark at `t` ("fin.»"), or `t` when none.
    @inline(__always)
    private func closingQuotes(after t: Int, _ tokens: [Token]) -> Int {
        var last = t
        while last + 1 < tokens.count && tokens[last + 1].flags.contains(.closeQuote) && tokens[last + 1].start == tokens[last].end {
            last += 1
        }
        return last
    }

    /// A headline line ends at `tok` when it is a word that can end a line and the next line is capitalised.
    @inline(__always)
    private func endsHeadline(_ doc: Document, _ tok: Token, _ next: Token) -> Bool {
        tok.kind != .punct && next.flags.contains(.capitalized)
            && !continuationWords.contains(Array(doc.folded[Int(tok.foldStart)..<Int(tok.foldEnd)]))
    }

    @inline(__always)
    private func isTerminal(_ b: UnsafeBufferPointer<UInt8>, _ t: Token) -> Bool {
        let c = b[Int(t.start)]
        if t.end - t.start == 1 { return c == 0x2E || c == 0x3F || c == 0x21 }
        return t.end - t.start == 3 && c == 0xE2 && b[Int(t.start) + 1] == 0x80 && b[Int(t.start) + 2] == 0xA6
    }

    @inline(__always)
    private func opensSentence(_ b: UnsafeBufferPointer<UInt8>, _ t: Token) -> Bool {
        if t.flags.contains(.capitalized) || t.flags.contains(.openQuote) || t.kind == .number { return true }
        if t.kind == .punct {
            let c = b[Int(t.start)]
            if c == 0x2D || c == 0x28 { return true }  // - (
            if c == 0xC2 && (b[Int(t.start) + 1] == 0xBF || b[Int(t.start) + 1] == 0xA1) { return true }  // ¿ ¡
            if c == 0xE2 && b[Int(t.start) + 1] == 0x80 && (b[Int(t.start) + 2] == 0x94 || b[Int(t.start) + 2] == 0x93) { return true }
        }
        return false
    }
}
