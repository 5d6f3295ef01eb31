/// What the subject resolver learns about one verb group's clause: who does what the verb says,
/// where its complements end, whether it is subordinate, and its mode. `doc.clauses[i]` belongs
/// to `doc.verbs[i]`.
///
/// ```swift
/// doc.clauses[0].subject.map(\.code)  // ["PRKGOV", "RUSGOV"] for "Kim y Putin se reunieron"
/// ```
public struct Clause: Sendable {
    /// The actors doing what the verb says (empty when the text does not say).
    public var subject: [ActorMember]
    /// Introduced by "que", "donde" …: a subordinate clause.
    public var subordinate: Bool
    /// From the end of the previous verb group (or the sentence start) to where this verb's
    /// complements end, at the next clause of its own.
    public var window: Range<Int>
    /// Hypothetical ("si …"), reported ("dijo que …") or the verb group's own mode.
    public var mode: EventMode?

    public init(subject: [ActorMember], subordinate: Bool, window: Range<Int>, mode: EventMode?) {
        self.subject = subject
        self.subordinate = subordinate
        self.window = window
        self.mode = mode
    }
}
