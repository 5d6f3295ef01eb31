/// Stage 3. Reads tokens and their folded forms; writes each token's `word` (vocabulary id) and
/// marks the words of fixed phrases (`Token.Flags.fixedPhrase`).
///
/// Gives each token its vocabulary id, cutting enclitic pronouns off verb forms
/// ("reunirse" → "reunir", "anunciándolo" → "anunciando") when the whole word is not a verb.
/// The enclitics are the words of class `enclitic` in `<lang>/words.tsv`; a language without them
/// (English) has nothing cut.
///
/// ```swift
/// WordTagger(lexicon: lexicon).run(&doc)
/// lexicon.vocabulary.form(doc.tokens[0].word)
/// ```
public struct WordTagger: Stage {
    public let lexicon: Lexicon
    /// Enclitic pronouns, folded, by their last byte, each list in the order tried: a word is
    /// tried only against those it could end with.
    private let encliticsByLast: [[[UInt8]]]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var byLast = [[[UInt8]]](repeating: [], count: 256)
        for e in lexicon.enclitics { if let c = e.last { byLast[Int(c)].append(e) } }
        encliticsByLast = byLast
    }

    public func run(_ doc: inout Document) {
        let vocab = lexicon.vocabulary
        doc.folded.withUnsafeBufferPointer { folded in
            for t in doc.tokens.indices where doc.tokens[t].kind == .word {
                let fs = Int(doc.tokens[t].foldStart), fe = Int(doc.tokens[t].foldEnd)
                var w = vocab.lookup(UnsafeBufferPointer(rebasing: folded[fs..<fe]))
                // Unknown, or known only as a pattern word ("reunirse" in a complement): try the verb inside.
                if fe - fs > 4 && !doc.tokens[t].flags.contains(.capitalized) && endsLikeEnclitic(folded, fe)
                    && (w < 0 || (!lexicon.hasVerbReadings(w) && lexicon.wordClass(w).isEmpty)) {
                    let v = stripEnclitics(folded, fs, fe, accented: doc.tokens[t].flags.contains(.accented))
                    if v >= 0 {
                        w = v
                        doc.tokens[t].flags.insert(.enclitic)
                    }
                }
                doc.tokens[t].word = w
            }
        }
        markFixedPhrases(&doc)
    }

    /// "la puesta en marcha de un plan", "a diario": the fixed phrases of `<lang>/discards.tsv`.
    private func markFixedPhrases(_ doc: inout Document) {
        let tokens = doc.tokens
        var fixed = [Range<Int>]()
        lexicon.discards.forEachMatch({ tokens[$0].word }, in: 0..<tokens.count) { start, length, value in
            if value == Lexicon.fixedPhrase { fixed.append(start..<(start + length)) }
            return true
        }
        for r in fixed { for k in r { doc.tokens[k].flags.insert(.fixedPhrase) } }
    }

    @inline(__always)
    private func endsLikeEnclitic(_ f: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool { !encliticsByLast[Int(f[end - 1])].isEmpty }

    /// Tries one or two enclitics off the end; accepts the rest only if it is an infinitive,
    /// gerund or imperative, the forms that take enclitics.
    private func stripEnclitics(_ folded: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, accented: Bool) -> Int32 {
        func ends(_ e: Int, with c: [UInt8]) -> Bool {
            e - start > c.count + 2 && (0..<c.count).allSatisfy { folded[e - c.count + $0] == c[$0] }
        }
        // Where the language writes the accent, an unaccented word is only an infinitive or a
        // one-syllable imperative with enclitics ("reunirse", "dime").
        let unaccented = lexicon.settings.encliticAccent && !accented
        func verb(_ e: Int) -> Int32 {
            let w = lexicon.vocabulary.lookup(UnsafeBufferPointer(rebasing: folded[start..<e]))
            guard w >= 0 else { return -1 }
            let short = unaccented && Folding.vowelGroups(folded, start, e) < 2
            return lexicon.verbReadings(w).contains {
                $0.tense == .infinitive || !unaccented && $0.tense == .gerund
                    || $0.tense == .imperative && (!unaccented || short)
            } ? w : -1
        }
        for c in encliticsByLast[Int(folded[end - 1])] where ends(end, with: c) {
            let e = end - c.count
            let w = verb(e)
            if w >= 0 { return w }
            for c2 in encliticsByLast[Int(folded[e - 1])] where ends(e, with: c2) {
                let w2 = verb(e - c2.count)
                if w2 >= 0 { return w2 }
            }
        }
        return -1
    }
}
