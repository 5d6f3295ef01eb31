/// One news report and everything the pipeline learns about it.
///
/// Every stage reads the document and adds to it: the segmenter fills `sentences` and
/// `tokens`, the lexicon stage gives tokens their word ids, the coder adds mentions,
/// clauses, events and quotes. Offsets are UTF-8 byte offsets into `bytes`; output
/// formats convert them to code points.
///
/// ```swift
/// var doc = Document(id: "a1", date: Day(parsing: "2023-09-13")!, text: "Putin visitó Pekín.")
/// try coder.code(&doc)
/// doc.events.first?.code  // "042"
/// ```
public struct Document: Sendable {
    public var id: String
    public var date: Day
    public var text: String
    public var title: String?
    public var source: String?
    public var url: String?
    public var lang: String?
    /// The input gave no date (plain text, or JSONL without `date`): `date` is the reader's default.
    public var dateIsDefault = false
    /// Nobody gave a date: not the input, not the user (`--date`). `date` is then the day of
    /// coding, and events dated from it, or from words relative to it ("ayer"), have date
    /// precision `unknown`.
    public var dateUnknown = false

    /// The text as UTF-8 bytes: the hot paths work on these.
    public let bytes: [UInt8]
    /// Folded (lower-case, accent-free) forms of all tokens, back to back.
    public var folded: [UInt8] = []
    public var sentences: [Sentence] = []
    public var tokens: [Token] = []
    public var mentions: [ActorMention] = []
    /// Token → index in `mentions` (-1: none), written with the mentions by the actor recognizer.
    public var mentionAt: [Int32] = []
    /// The country the story is mostly about (most named), set by the actor recognizer.
    public var country: String?
    public var places: [PlaceMention] = []
    public var dates: [DateMention] = []
    public var verbs: [VerbGroup] = []
    /// One a verb group, from the subject resolver: subject, scope, subordination, mode.
    public var clauses: [Clause] = []
    /// The actors a reference mention ("ambos líderes") stands for, by mention index, from the
    /// subject resolver; a reference it could not resolve has none.
    public var referents: [Int: [ActorMember]] = [:]
    public var events: [Event] = []
    public var quotes: [Quote] = []

    public init(id: String, date: Day, text: String, title: String? = nil, source: String? = nil,
                url: String? = nil, lang: String? = nil) {
        self.id = id
        self.date = date
        self.text = text
        self.title = title
        self.source = source
        self.url = url
        self.lang = lang
        self.bytes = Array(text.utf8)
    }

    /// The original text of a byte range.
    public func string(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The original text of a token range (inclusive of both ends' tokens).
    public func string(tokens range: Range<Int>) -> String {
        let r = byteRange(tokens: range)
        return string(r.lowerBound, r.upperBound)
    }

    /// The bytes a token range spans, from its first token's start to its last one's end (empty
    /// for no tokens): `doc.byteRange(tokens: 0..<2)` is the text of the first two tokens.
    public func byteRange(tokens range: Range<Int>) -> Range<Int> {
        guard let f = range.first, let l = range.last else { return 0..<0 }
        return Int(tokens[f].start)..<Int(tokens[l].end)
    }

    /// The folded bytes of one token.
    @inline(__always)
    public func foldedForm(_ t: Int) -> ArraySlice<UInt8> {
        folded[Int(tokens[t].foldStart)..<Int(tokens[t].foldEnd)]
    }
}

extension Document {
    /// The date of an event dated by `mention` (nil: by the document's own date), with its
    /// precision: `unknown` when the document's date is and the text states no year.
    ///
    /// ```swift
    /// doc.eventDate(doc.dates.first).1  // .day, or .unknown for an undated document
    /// ```
    public func eventDate(_ mention: DateMention?) -> (Day, DateMention.Precision) {
        guard let m = mention else { return (date, dateUnknown ? .unknown : .day) }
        return (m.day, dateUnknown && !m.stated ? .unknown : m.precision)
    }
}
