/// One generated verb form: its spelling (folded), tense, person (1...3, 0 for non-finite forms)
/// and number. Made by the language's conjugator.
public struct VerbForm: Sendable, Hashable {
    public var form: String
    public var tense: Tense
    public var person: UInt8
    public var plural: Bool

    public init(form: String, tense: Tense, person: UInt8, plural: Bool) {
        self.form = form
        self.tense = tense
        self.person = person
        self.plural = plural
    }
}
