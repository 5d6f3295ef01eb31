/// One generated verb form: its spelling (folded), tense, person (1...3, 0 for non-finite forms)
/// and number. Made by the language's conjugator.
public struct VerbForm: Sendable, Hashable {
    public var form: String
    public var tense: Tense
    public var person: UInt8
    public var plural: Bool
    /// The language writes this form with an accent that folding removed ("habló"): without it,
    /// in a text that writes accents, the word is another one ("medio", not "medió").
    public var accented: Bool

    public init(form: String, tense: Tense, person: UInt8, plural: Bool, accented: Bool = false) {
        self.form = form
        self.tense = tense
        self.person = person
        self.plural = plural
        self.accented = accented
    }
}
