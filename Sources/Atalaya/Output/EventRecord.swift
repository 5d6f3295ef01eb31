/// One event as the writers see it, whether it was just coded (`atalaya code`) or read back from
/// the store (`atalaya events`, `export`): the writers of each format (`EventJSON`, `PloverJSON`,
/// `PhoenixTSV`) take records, so both commands write a format the same way.
///
/// ```swift
/// let cp = CodePointIndex(doc.bytes)
/// let r = EventRecord(doc, event: 0, cameo: lexicon.cameo, codePoints: cp)
/// var w = JSONWriter(); EventJSON.write(r, into: &w)
/// ```
public struct EventRecord: Sendable {
    /// Words of the text: an actor (with its code) or the evidence (without), with offsets in code
    /// points when known.
    public struct Span: Sendable {
        public var code: String?
        public var text: String
        public var start: Int?
        public var end: Int?

        public init(code: String?, text: String, start: Int?, end: Int?) {
            self.code = code
            self.text = text
            self.start = start
            self.end = end
        }
    }

    /// Where the event happened; `country` is ISO 3166-1 alpha-3.
    public struct Location: Sendable {
        public var name: String
        public var country: String?
        public var lat: Double?
        public var lon: Double?

        public init(name: String, country: String?, lat: Double?, lon: Double?) {
            self.name = name
            self.country = country
            self.lat = lat
            self.lon = lon
        }
    }

    /// The PLOVER event type and mode of the CAMEO code (mode nil when asserted).
    public struct Plover: Sendable {
        public var event: String
        public var mode: String?

        public init(event: String, mode: String?) {
            self.event = event
            self.mode = mode
        }
    }

    /// What only a stored event has: its row id and its counts over the store.
    public struct Stored: Sendable {
        public var id: Int64
        public var mentions: Int
        public var sentences: Int
        public var documents: Int

        public init(id: Int64, mentions: Int, sentences: Int, documents: Int) {
            self.id = id
            self.mentions = mentions
            self.sentences = sentences
            self.documents = documents
        }
    }

    /// The event's id in PLOVER and Phoenix rows: "doc-n" when coded, the row id when stored.
    public var id: String
    public var doc: String
    /// 1-based; 0 when not known.
    public var sentence: Int
    /// `YYYY-MM-DD`.
    public var date: String
    public var datePrecision: String
    public var code: String
    public var root: String
    public var quad: Int
    /// Nil for a code the CAMEO table does not have.
    public var goldstein: Double?
    public var source: Span
    public var target: Span?
    public var evidence: Span
    public var pattern: String
    public var negated: Bool
    public var mode: String?
    public var location: Location?
    public var plover: Plover?
    public var url: String?
    public var stored: Stored?

    public init(id: String, doc: String, sentence: Int, date: String, datePrecision: String, code: String, root: String,
                quad: Int, goldstein: Double?, source: Span, target: Span?, evidence: Span, pattern: String, negated: Bool,
                mode: String?, location: Location?, plover: Plover?, url: String?, stored: Stored? = nil) {
        self.id = id
        self.doc = doc
        self.sentence = sentence
        self.date = date
        self.datePrecision = datePrecision
        self.code = code
        self.root = root
        self.quad = quad
        self.goldstein = goldstein
        self.source = source
        self.target = target
        self.evidence = evidence
        self.pattern = pattern
        self.negated = negated
        self.mode = mode
        self.location = location
        self.plover = plover
        self.url = url
        self.stored = stored
    }

    /// Event `i` of a coded document. Offsets are filled when `codePoints` is given (formats
    /// without offsets need not build the index).
    public init(_ doc: Document, event i: Int, cameo: CameoTable, codePoints cp: CodePointIndex?) {
        let e = doc.events[i]
        let info = cameo.info(e.code)
        func span(_ code: String?, _ tokens: Range<Int>) -> Span {
            let r = cp?.codePoints(tokens: tokens, of: doc)
            return Span(code: code, text: doc.string(tokens: tokens), start: r?.lowerBound, end: r?.upperBound)
        }
        self.init(
            id: doc.id + "-" + String(i + 1), doc: doc.id, sentence: e.sentence + 1, date: e.date.description,
            datePrecision: e.datePrecision.rawValue, code: e.code, root: e.root, quad: info?.quad ?? 0,
            goldstein: info?.goldstein, source: span(e.source.code, e.source.tokens),
            target: e.target.map { span($0.code, $0.tokens) }, evidence: span(nil, e.evidence), pattern: e.pattern,
            negated: e.negated, mode: e.mode?.rawValue,
            location: e.location.map { Location(name: $0.name, country: $0.country, lat: $0.lat, lon: $0.lon) },
            plover: info?.ploverEvent.map { Plover(event: $0, mode: info?.ploverMode) }, url: doc.url)
    }
}
