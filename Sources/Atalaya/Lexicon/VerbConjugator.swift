/// Makes the simple forms of a verb from its infinitive: the part of a language's morphology the
/// loader needs, whichever conjugator the language's settings name.
///
/// ```swift
/// let c: any VerbConjugator = try EnglishConjugator(irregular: nil)
/// c.forms(of: "meet").count > 0  // true
/// ```
public protocol VerbConjugator: Sendable {
    /// All simple forms of a verb given by its infinitive (folded).
    func forms(of lemma: String) -> [VerbForm]
    /// Whether a pattern's head can be an infinitive of this language (Spanish: ends in a verb class).
    func isInfinitive(_ lemma: String) -> Bool
    /// Verbs to conjugate though no pattern or verb list names them (English modals).
    var extraLemmas: [String] { get }
}
