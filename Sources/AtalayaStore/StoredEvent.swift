import GRDB

/// An event as stored: one (date, source, target, code) with its counts.
public struct StoredEvent: FetchableRecord, Sendable {
    public var id: Int64
    public var date: String
    public var source: String
    public var target: String
    public var code: String
    public var root: String
    public var quad: Int
    public var goldstein: Double
    public var numMentions: Int
    public var numSentences: Int
    public var numDocuments: Int
    public var firstDocumentId: Int64?

    /// Columns read by name (several times faster than `Decodable` on the server's pages).
    /// An event with these fields (a store that does not read GRDB rows makes it so).
    public init(id: Int64, date: String, source: String, target: String, code: String, root: String, quad: Int, goldstein: Double,
                numMentions: Int, numSentences: Int, numDocuments: Int, firstDocumentId: Int64?) {
        (self.id, self.date, self.source, self.target, self.code, self.root) = (id, date, source, target, code, root)
        (self.quad, self.goldstein, self.numMentions, self.numSentences) = (quad, goldstein, numMentions, numSentences)
        (self.numDocuments, self.firstDocumentId) = (numDocuments, firstDocumentId)
    }

    public init(row: Row) {
        id = row["id"]
        date = row["date"]
        source = row["source"]
        target = row["target"]
        code = row["code"]
        root = row["root"]
        quad = row["quad"]
        goldstein = row["goldstein"]
        numMentions = row["num_mentions"]
        numSentences = row["num_sentences"]
        numDocuments = row["num_documents"]
        firstDocumentId = row["first_document_id"]
    }
}

/// The first mention of an event, with what exports need: texts, evidence, location, url.
public struct EventMention: FetchableRecord, Sendable {
    public var eventId: Int64
    public var docId: String
    public var url: String?
    public var sentence: Int
    public var sourceText: String
    public var sourceStart: Int
    public var sourceEnd: Int
    public var targetText: String?
    public var targetStart: Int?
    public var targetEnd: Int?
    public var evidence: String
    public var evidenceStart: Int
    public var evidenceEnd: Int
    public var pattern: String
    public var mode: String?
    public var datePrecision: String
    public var locationName: String?
    public var locationCountry: String?
    public var locationLat: Double?
    public var locationLon: Double?
    public var ingestedAt: String

    /// Columns read by name.
    public init(row: Row) {
        eventId = row["event_id"]
        docId = row["doc_id"]
        url = row["url"]
        sentence = row["sentence"]
        sourceText = row["source_text"]
        sourceStart = row["source_start"]
        sourceEnd = row["source_end"]
        targetText = row["target_text"]
        targetStart = row["target_start"]
        targetEnd = row["target_end"]
        evidence = row["evidence"]
        evidenceStart = row["evidence_start"]
        evidenceEnd = row["evidence_end"]
        pattern = row["pattern"]
        mode = row["mode"]
        datePrecision = row["date_precision"]
        locationName = row["location_name"]
        locationCountry = row["location_country"]
        locationLat = row["location_lat"]
        locationLon = row["location_lon"]
        ingestedAt = row["ingested_at"]
    }

    /// The first mention of each event, with its document and sentence number.
    ///
    /// ```swift
    /// let first = try EventMention.first(of: events, in: store)
    /// ```
    public static func first(of events: [StoredEvent], in store: any EventStorage) throws -> [Int64: EventMention] {
        try store.firstMentions(of: events)
    }

    /// The query for the first mentions of `events` (ids are integers: written into the SQL).
    public static func firstSQL(_ events: [StoredEvent]) -> String {
        let ids = events.map { String($0.id) }.joined(separator: ",")
        return """
            SELECT m.*, d.doc_id, d.url, d.ingested_at, s.number AS sentence FROM event_mentions m
            JOIN documents d ON d.id = m.document_id JOIN sentences s ON s.id = m.sentence_id
            WHERE m.id IN (SELECT MIN(id) FROM event_mentions WHERE event_id IN (\(ids)) GROUP BY event_id)
            """
    }
}
