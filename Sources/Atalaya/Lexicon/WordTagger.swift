/// Gives each token its vocabulary id, cutting enclitic pronouns off verb forms
/// ("reunirse" → "reunir", "anunciándolo" → "anunciando") when the whole word is unknown.
///
/// ```swift
/// WordTagger(lexicon: lexicon).tag(&doc)
/// lexicon.vocabulary.form(doc.tokens[0].word)
/// ```
public struct WordTagger: Sendable {
    public let lexicon: Lexicon
    /// Enclitic pronouns, folded, longest first.
    private let enclitics: [[UInt8]]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        enclitics = ["nos", "les", "los", "las", "se", "le", "lo", "la", "me", "te", "os"].map { Array($0.utf8) }
    }

    public func tag(_ doc: inout Document) {
        let vocab = lexicon.vocabulary
        for t in doc.tokens.indices where doc.tokens[t].kind == .word {
            let fs = Int(doc.tokens[t].foldStart), fe = Int(doc.tokens[t].foldEnd)
            var w = doc.folded.withUnsafeBufferPointer { vocab.lookup(UnsafeBufferPointer(rebasing: $0[fs..<fe])) }
            // Unknown, or known only as a pattern word ("reunirse" in a complement): try the verb inside.
            if fe - fs > 4 && (w < 0 || (lexicon.verbReadings(w).isEmpty && lexicon.wordClass(w).isEmpty)) {
                let v = stripEnclitics(doc.folded, fs, fe)
                if v >= 0 {
                    w = v
                    doc.tokens[t].flags.insert(.enclitic)
                }
            }
            doc.tokens[t].word = w
        }
    }

    /// Tries one or two enclitics off the end; accepts the rest only if it is an infinitive,
    /// gerund or imperative, the forms that take enclitics.
    private func stripEnclitics(_ folded: [UInt8], _ start: Int, _ end: Int) -> Int32 {
        var ends = [end]
        for _ in 0..<2 {
            var next = [Int]()
            for e in ends {
                for c in enclitics where e - start > c.count + 2 {
                    if folded[(e - c.count)..<e].elementsEqual(c) { next.append(e - c.count) }
                }
            }
            for e in next {
                let w = lexicon.vocabulary.lookup(folded[start..<e])
                if w >= 0 && lexicon.verbReadings(w).contains(where: {
                    $0.tense == .infinitive || $0.tense == .gerund || $0.tense == .imperative
                }) { return w }
            }
            ends = next
        }
        return -1
    }
}
