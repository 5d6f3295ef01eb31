extension Lexicon {
    /// Every finite reading of a finite verb group's finite form — its first word that is no
    /// clitic or negation ("se están" → "están") — whichever reading the group took: what the form
    /// alone says of person and number ("asesinaron" can only be 3rd plural; "attacked" any).
    ///
    /// ```swift
    /// lexicon.finiteReadings(doc, doc.verbs[0]).allSatisfy(\.plural)
    /// ```
    public func finiteReadings(_ doc: Document, _ group: VerbGroup) -> [VerbReading] {
        guard group.finite, let t = group.tokens.first(where: { wordClass(doc.tokens[$0].word).isEmpty }) else { return [] }
        return verbReadings(doc.tokens[t].word).filter { $0.tense.isFinite }
    }
}
