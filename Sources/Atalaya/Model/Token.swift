/// A word, number or punctuation mark with its place in the document.
public struct Token: Sendable {
    /// Byte offsets into `Document.bytes`, end exclusive.
    public var start: Int32
    public var end: Int32
    /// Offsets of the folded form in `Document.folded`.
    public var foldStart: Int32
    public var foldEnd: Int32
    /// Vocabulary id of the folded form, or -1 when no dictionary knows it: left -1 by the
    /// tokenizer, the one field the word tagger (stage 3) fills in.
    public var word: Int32 = -1
    public var kind: Kind
    public var flags: Flags

    public enum Kind: UInt8, Sendable { case word, number, punct }

    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// First letter is upper case.
        public static let capitalized = Flags(rawValue: 1)
        /// Every letter is upper case (acronyms).
        public static let upper = Flags(rawValue: 2)
        /// The original carries an accent or diaeresis that folding removed.
        public static let accented = Flags(rawValue: 4)
        /// An enclitic pronoun was cut off to find the word ("reunirse" → "reunir").
        public static let enclitic = Flags(rawValue: 8)
        /// Opening quotation mark.
        public static let openQuote = Flags(rawValue: 16)
        /// Closing quotation mark.
        public static let closeQuote = Flags(rawValue: 32)
        /// Part of a fixed phrase ("puesta en marcha", "a diario"): starts no event, names no actor.
        public static let fixedPhrase = Flags(rawValue: 64)
    }

    /// Whether this is the one-byte punctuation mark `b` ("(", ",") of `bytes`, the document's text.
    ///
    /// ```swift
    /// doc.tokens[t].isPunct(UInt8(ascii: "("), in: doc.bytes)
    /// ```
    public func isPunct(_ b: UInt8, in bytes: [UInt8]) -> Bool {
        kind == .punct && end == start + 1 && bytes[Int(start)] == b
    }

    public init(start: Int32, end: Int32, foldStart: Int32, foldEnd: Int32, kind: Kind, flags: Flags) {
        self.start = start
        self.end = end
        self.foldStart = foldStart
        self.foldEnd = foldEnd
        self.kind = kind
        self.flags = flags
    }
}

/// A sentence: a byte range and the tokens inside it.
public struct Sentence: Sendable {
    public var start: Int32
    public var end: Int32
    public var tokens: Range<Int>
    /// The first token of the sentence's own words, after a dateline ("OSLO —", "MOSCÚ, 13 sep
    /// (EFE) -"); `tokens.upperBound` for an agency's credit ("(AFP)"). Nothing before it names an actor.
    public var content: Int

    public init(start: Int32, end: Int32, tokens: Range<Int>, content: Int? = nil) {
        self.start = start
        self.end = end
        self.tokens = tokens
        self.content = content ?? tokens.lowerBound
    }

    /// Whether the sentence opens with a dateline or is a credit.
    public var hasDateline: Bool { content > tokens.lowerBound }
}
