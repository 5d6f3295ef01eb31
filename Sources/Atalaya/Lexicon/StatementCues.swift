/// What a statement is about, told by words in its content (`<lang>/statements.tsv`): "X dijo que
/// … es un fraude" criticises (111), "… expresó preocupación" is pessimistic (012). Lines come in
/// order of precedence; the code of a line whose phrases are `*` is that of a statement with none
/// of the words (010, "make statement"), and without such a line those statements are not coded.
///
/// ```swift
/// lexicon.statements.code(doc, in: sentence.tokens)  // ("111", true) for "… es un fraude"
/// ```
public struct StatementCues: Sendable {
    /// Phrase → index into `codes` (the line's rank).
    public let phrases: PhraseTrie
    public let codes: [String]
    /// The code of a statement with no cue word, if such statements are coded.
    public let fallback: String?

    public static let none = StatementCues(phrases: PhraseTrie(vocabularySize: 0), codes: [], fallback: nil)

    public init(phrases: PhraseTrie, codes: [String], fallback: String?) {
        self.phrases = phrases
        self.codes = codes
        self.fallback = fallback
    }

    /// The code of a statement whose content is `range` of the document's tokens: the cue of the
    /// earliest line found there (`cued`), else the fallback; nil when neither.
    /// A cue that is the evidence of one of the `coded` events is passed over.
    public func code(_ doc: Document, in range: Range<Int>, coded: ArraySlice<Event> = []) -> (code: String, cued: Bool)? {
        var best = Int32.max
        let tokens = doc.tokens
        phrases.forEachMatch({ tokens[$0].word }, in: range) { t, _, value in
            if !coded.contains(where: { $0.evidence.contains(t) }) { best = min(best, value) }
            return true
        }
        if best < Int32(codes.count) { return (codes[Int(best)], true) }
        return fallback.map { ($0, false) }
    }
}
