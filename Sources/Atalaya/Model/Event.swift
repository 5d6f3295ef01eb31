/// One coded event: who did what to whom, with its evidence.
public struct Event: Sendable {
    public var sentence: Int
    /// CAMEO code, e.g. "040", "1312".
    public var code: String
    public var source: ActorMember
    public var target: ActorMember?
    /// Tokens that triggered the code (verb group and complement).
    public var evidence: Range<Int>
    /// The dictionary entry that matched, as written in its file.
    public var pattern: String
    public var negated: Bool
    public var mode: EventMode?
    public var date: Day
    public var datePrecision: DateMention.Precision
    public var location: Place?

    public init(sentence: Int, code: String, source: ActorMember, target: ActorMember?, evidence: Range<Int>,
                pattern: String, negated: Bool, mode: EventMode?, date: Day,
                datePrecision: DateMention.Precision = .day, location: Place? = nil) {
        self.sentence = sentence
        self.code = code
        self.source = source
        self.target = target
        self.evidence = evidence
        self.pattern = pattern
        self.negated = negated
        self.mode = mode
        self.date = date
        self.datePrecision = datePrecision
        self.location = location
    }

    /// The two-digit CAMEO root.
    public var root: String { String(code.prefix(2)) }
}

/// A quotation with its speaker.
public struct Quote: Sendable {
    public var sentence: Int
    /// Byte range of the quoted words, marks excluded.
    public var start: Int
    public var end: Int
    public var speaker: ActorMember?
}
