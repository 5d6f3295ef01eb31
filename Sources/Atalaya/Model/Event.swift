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
    public var root: String {
        // Codes are ASCII digits: the first two bytes are the first two characters (checked, with the
        // byte after them, so a combining mark or "\r\n" still goes the Character way).
        let u = code.utf8
        var i = u.makeIterator()
        guard let a = i.next(), let b = i.next(), a > 0x20, a < 0x7F, b > 0x20, b < 0x7F else { return String(code.prefix(2)) }
        if let c = i.next(), c <= 0x20 || c >= 0x7F { return String(code.prefix(2)) }
        return String(unsafeUninitializedCapacity: 2) { buffer in
            buffer[0] = a
            buffer[1] = b
            return 2
        }
    }
}

/// A quotation with its speaker.
public struct Quote: Sendable {
    public var sentence: Int
    /// Byte range of the quoted words, marks excluded.
    public var start: Int
    public var end: Int
    public var speaker: ActorMember?
}
