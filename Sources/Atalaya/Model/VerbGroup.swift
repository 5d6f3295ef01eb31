/// A verb with its auxiliaries, clitics and negation: "no se han reunido".
public struct VerbGroup: Sendable {
    public var sentence: Int
    /// All tokens of the group, auxiliaries and clitics included.
    public var tokens: Range<Int>
    /// The token of the main (lexical) verb.
    public var head: Int
    /// Vocabulary id of the infinitive.
    public var lemma: Int32
    public var tense: Tense
    public var person: UInt8
    public var plural: Bool
    public var finite: Bool
    public var negated: Bool
    public var passive: Bool
    /// "se" next to the verb: reflexive, reciprocal or impersonal.
    public var reflexive: Bool
    public var mode: EventMode?
    /// Dative or accusative clitic ("le", "les", "lo") attached to or before the verb.
    public var clitic: Int?

    public init(sentence: Int, tokens: Range<Int>, head: Int, lemma: Int32, tense: Tense, person: UInt8,
                plural: Bool, finite: Bool) {
        self.sentence = sentence
        self.tokens = tokens
        self.head = head
        self.lemma = lemma
        self.tense = tense
        self.person = person
        self.plural = plural
        self.finite = finite
        negated = false
        passive = false
        reflexive = false
        mode = nil
        clitic = nil
    }
}

/// Verb tenses and non-finite forms, simple and compound.
public enum Tense: UInt8, Sendable, CaseIterable {
    case present, preterite, imperfect, future, conditional
    case presentSubjunctive, imperfectSubjunctive, futureSubjunctive, imperative
    case infinitive, gerund, participle
    case presentPerfect, pluperfect, futurePerfect, conditionalPerfect, preteriteAnterior
    case perfectSubjunctive, pluperfectSubjunctive

    /// Name used in data files and output.
    public var name: String {
        switch self {
        case .present: "present"
        case .preterite: "preterite"
        case .imperfect: "imperfect"
        case .future: "future"
        case .conditional: "conditional"
        case .presentSubjunctive: "present-subjunctive"
        case .imperfectSubjunctive: "imperfect-subjunctive"
        case .futureSubjunctive: "future-subjunctive"
        case .imperative: "imperative"
        case .infinitive: "infinitive"
        case .gerund: "gerund"
        case .participle: "participle"
        case .presentPerfect: "present-perfect"
        case .pluperfect: "pluperfect"
        case .futurePerfect: "future-perfect"
        case .conditionalPerfect: "conditional-perfect"
        case .preteriteAnterior: "preterite-anterior"
        case .perfectSubjunctive: "perfect-subjunctive"
        case .pluperfectSubjunctive: "pluperfect-subjunctive"
        }
    }

    public init?(name: String) {
        guard let t = Tense.allCases.first(where: { $0.name == name }) else { return nil }
        self = t
    }

    /// The compound tense formed by haber in this tense plus a participle.
    public var perfect: Tense? {
        switch self {
        case .present: .presentPerfect
        case .imperfect: .pluperfect
        case .future: .futurePerfect
        case .conditional: .conditionalPerfect
        case .preterite: .preteriteAnterior
        case .presentSubjunctive: .perfectSubjunctive
        case .imperfectSubjunctive: .pluperfectSubjunctive
        default: nil
        }
    }

    public var isFinite: Bool {
        switch self { case .infinitive, .gerund, .participle: false; default: true }
    }
}

/// How an event is asserted: as a fact (nil) or otherwise.
public enum EventMode: String, Sendable {
    case hypothetical, future, conditional, reported
}
