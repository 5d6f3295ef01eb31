/// The noun a relative clause is on, when it is a thing and not an actor: "el acuerdo que
/// firmaron Rusia y China", "las negociaciones secretas que mantuvieron …", "the sanctions that
/// Washington imposed on Iran". Such a clause's verb may have its complement before it (the
/// noun: `PatternMatcher.antecedentComplement`), and, where the language puts subjects after
/// the verb there, its subject right after it (`SubjectResolver.findSubject`).
///
/// ```swift
/// RelativeAntecedent(lexicon: lexicon).nounPhrase(doc, doc.mentionAt, relativeAt: verbStart, floor: windowStart)
/// // the tokens of "acuerdo" in "El acuerdo que firmaron Rusia y China …"
/// ```
struct RelativeAntecedent {
    let lexicon: Lexicon

    /// Whether token `t` opens a noun phrase after it: an article, a preposition, a quotation mark.
    func opensPhrase(_ doc: Document, _ t: Int) -> Bool {
        doc.tokens[t].flags.contains(.openQuote) || !lexicon.wordClass(doc.tokens[t].word).isDisjoint(with: [.determiner, .preposition])
    }

    /// Words a thing's noun phrase may hold between its determiner and the relative pronoun: the
    /// noun, adjectives, and "y" between them ("secretas y oficiales").
    static let inPhrase: WordClass = [.conjunction, .prenominal, .deed, .noVerb]

    /// How many words such a phrase holds at most.
    static let reach = 4

    /// How many words may stand between the relative pronoun and the verb ("que sus dos gobiernos
    /// ya habían cerrado").
    static let clauseReach = 8

    /// The words of the noun phrase (past its article) right before the relative pronoun that
    /// opens the clause of the verb starting at `verbStart` ("que" right before the verb, or with
    /// the clause's words between: "que Chile y Perú habían firmado"); nil when there is no such
    /// pronoun after `floor` (the previous verb: "dijo que" is no relative), or the phrase holds an
    /// actor, a name or punctuation, or is longer than `reach`.
    func nounPhrase(_ doc: Document, _ mentionAt: [Int32], relativeAt verbStart: Int, floor: Int, adjacent: Bool) -> Range<Int>? {
        var q = verbStart - 1
        if !adjacent {
            while q > floor, !lexicon.word(doc.tokens[q].word, is: .complementizer) {
                guard doc.tokens[q].kind != .punct, verbStart - q < Self.clauseReach else { return nil }
                q -= 1
            }
        }
        guard q > floor, lexicon.word(doc.tokens[q].word, is: .complementizer) else { return nil }
        var k = q - 1
        while k >= floor && q - k <= Self.reach + 1 {
            let tok = doc.tokens[k]
            // The phrase opens after an article, a preposition or a quotation mark ("tras
            // negociaciones que …", «negociaciones secretas que …»), or where the clause does.
            if opensPhrase(doc, k) { break }
            guard tok.kind == .word, mentionAt[k] < 0, !tok.flags.contains(.capitalized),
                  lexicon.wordClass(tok.word).subtracting(Self.inPhrase).isEmpty else { return nil }
            k -= 1
        }
        guard k + 1 < q, k < floor || opensPhrase(doc, k) else { return nil }
        return (k + 1)..<q
    }
}
