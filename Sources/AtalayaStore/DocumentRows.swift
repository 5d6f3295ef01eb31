import Atalaya

/// The rows one coded document adds to a store, as plain values with offsets in code points and
/// their texts as spans of the document's bytes (`TextSpan`, read with `string(_:)`):
/// what both stores write (`EventStore` with SQLite's prepared statements, `PostgresStore` with
/// multi-row inserts), so the two hold the same rows. Sentences are referred to by index, as
/// their ids come from the database.
///
/// ```swift
/// let rows = DocumentRows(doc)
/// for s in rows.sentences { print(s.number, rows.string(s.text)) }
/// ```
public struct DocumentRows: Sendable {
    public struct Sentence: Sendable { public var number: Int, text: TextSpan, start: Int, end: Int }
    public struct Actor: Sendable { public var sentence: Int, code: String, text: TextSpan, start: Int, end: Int, kind: String }
    public struct Quote: Sendable {
        public var sentence: Int, speakerCode: String?, speakerText: TextSpan?, text: TextSpan, start: Int, end: Int
    }
    public struct Place: Sendable { public var sentence: Int, name: String, text: TextSpan, country: String, lat: Double?, lon: Double? }
    /// One sentence's report of an event.
    public struct Mention: Sendable {
        public var sentence: Int
        public var sourceText: TextSpan, sourceStart: Int, sourceEnd: Int
        public var targetText: TextSpan?, targetStart: Int?, targetEnd: Int?
        public var evidence: TextSpan, evidenceStart: Int, evidenceEnd: Int
        public var pattern: String, mode: String?, datePrecision: String
        public var locationName: String?, locationCountry: String?, locationLat: Double?, locationLon: Double?
    }
    /// A distinct event of the document (negated ones are not stored), with its mentions.
    public struct Event: Sendable {
        public var key: EventKey
        public var mentions: [Mention]
        /// Distinct sentences that report it.
        public var sentences: Int
    }

    /// The document's text, which the rows' `TextSpan`s point into.
    public let bytes: [UInt8]
    public let words: Int
    public let sentences: [Sentence]
    public let actors: [Actor]
    public let quotes: [Quote]
    public let places: [Place]
    /// In the order the document first reports them.
    public let events: [Event]

    public init(_ doc: Document) {
        let cp = CodePointIndex(doc.bytes)
        bytes = doc.bytes
        func span(_ r: Range<Int>) -> Range<Int> { cp.codePoints(tokens: r, of: doc) }
        words = doc.tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
        sentences = doc.sentences.enumerated().map { i, s in
            Sentence(number: i + 1, text: TextSpan(start: Int(s.start), end: Int(s.end)), start: cp.codePoint(Int(s.start)),
                     end: cp.codePoint(Int(s.end)))
        }
        // One array filled in place: filtering and mapping each mention's actors made two arrays
        // per mention (27 mentions an article).
        var actors = [Actor]()
        actors.reserveCapacity(doc.mentions.count)
        for m in doc.mentions {
            for a in m.actors where !a.code.isEmpty {
                let r = span(a.tokens)
                actors.append(Actor(sentence: m.sentence, code: a.code, text: Self.span(doc, tokens: a.tokens), start: r.lowerBound,
                                    end: r.upperBound, kind: m.kind.storedName))
            }
        }
        self.actors = actors
        quotes = doc.quotes.map { q in
            Quote(sentence: q.sentence, speakerCode: q.speaker?.code, speakerText: q.speaker.map { Self.span(doc, tokens: $0.tokens) },
                  text: TextSpan(start: q.start, end: q.end), start: cp.codePoint(q.start), end: cp.codePoint(q.end))
        }
        places = doc.places.map { p in
            Place(sentence: p.sentence, name: p.place.name, text: Self.span(doc, tokens: p.tokens), country: p.place.country,
                  lat: p.place.lat, lon: p.place.lon)
        }
        events = Self.events(doc, span: span)
    }

    /// The text of a row: its bytes, as a string.
    public func string(_ span: TextSpan) -> String {
        String(decoding: bytes[Int(span.start)..<Int(span.end)], as: UTF8.self)
    }

    /// The bytes of a token range, as `Document.string(tokens:)` reads them.
    static func span(_ doc: Document, tokens range: Range<Int>) -> TextSpan {
        let r = doc.byteRange(tokens: range)
        return TextSpan(start: r.lowerBound, end: r.upperBound)
    }

    static func events(_ doc: Document, span: (Range<Int>) -> Range<Int>) -> [Event] {
        var index = [EventKey: Int](minimumCapacity: doc.events.count)
        var out = [Event]()
        out.reserveCapacity(doc.events.count)
        for e in doc.events where !e.negated {
            let key = EventKey(date: e.date.description, source: e.source.code, target: e.target?.code ?? "", code: e.code)
            let source = span(e.source.tokens), target = e.target.map { span($0.tokens) }, evidence = span(e.evidence)
            let mention = Mention(
                sentence: e.sentence, sourceText: Self.span(doc, tokens: e.source.tokens), sourceStart: source.lowerBound,
                sourceEnd: source.upperBound, targetText: e.target.map { Self.span(doc, tokens: $0.tokens) },
                targetStart: target?.lowerBound, targetEnd: target?.upperBound, evidence: Self.span(doc, tokens: e.evidence),
                evidenceStart: evidence.lowerBound, evidenceEnd: evidence.upperBound, pattern: e.pattern, mode: e.mode?.rawValue,
                datePrecision: e.datePrecision.rawValue, locationName: e.location?.name, locationCountry: e.location?.country,
                locationLat: e.location?.lat, locationLon: e.location?.lon)
            if let i = index[key] {
                out[i].mentions.append(mention)
            } else {
                index[key] = out.count
                out.append(Event(key: key, mentions: [mention], sentences: 1))
            }
        }
        // Most events have one mention: a set of sentences only for the others.
        for i in out.indices where out[i].mentions.count > 1 { out[i].sentences = Set(out[i].mentions.map(\.sentence)).count }
        return out
    }
}

/// What makes an event distinct in a store: its date, actors and code.
public struct EventKey: Hashable, Comparable, Sendable {
    public var date: String, source: String, target: String, code: String

    public init(date: String, source: String, target: String, code: String) {
        (self.date, self.source, self.target, self.code) = (date, source, target, code)
    }

    public static func < (a: EventKey, b: EventKey) -> Bool {
        (a.date, a.source, a.target, a.code) < (b.date, b.source, b.target, b.code)
    }
}
