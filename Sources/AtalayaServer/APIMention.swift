import AtalayaStore
import GRDB
import Hummingbird

/// One report of an event, with its evidence: the sentence, and where in it (in Unicode code
/// points from the sentence's start) the source, the target and the trigger words are.
struct APIMention: Codable, FetchableRecord, Sendable {
    var docId: String
    var title: String?
    var url: String?
    var sentence: Int
    var sentenceText: String
    var sourceText: String
    var sourceStart: Int
    var sourceEnd: Int
    var targetText: String?
    var targetStart: Int?
    var targetEnd: Int?
    var evidence: String
    var evidenceStart: Int
    var evidenceEnd: Int
    var pattern: String
    var mode: String?
    var datePrecision: String
    var locationName: String?
    var locationCountry: String?
    var locationLat: Double?
    var locationLon: Double?

    enum CodingKeys: String, CodingKey {
        case docId = "doc_id", title, url, sentence, sentenceText = "sentence_text"
        case sourceText = "source_text", sourceStart = "source_start", sourceEnd = "source_end"
        case targetText = "target_text", targetStart = "target_start", targetEnd = "target_end"
        case evidence, evidenceStart = "evidence_start", evidenceEnd = "evidence_end", pattern, mode
        case datePrecision = "date_precision"
        case locationName = "location_name", locationCountry = "location_country", locationLat = "location_lat", locationLon = "location_lon"
    }

    /// Offsets are stored from the document's start; the sentence's start moves them to the sentence's.
    static let sql = """
        SELECT d.doc_id, d.title, d.url, s.number AS sentence, s.text AS sentence_text,
          m.source_text, m.source_start - s.start AS source_start, m.source_end - s.start AS source_end,
          m.target_text, m.target_start - s.start AS target_start, m.target_end - s.start AS target_end,
          m.evidence, m.evidence_start - s.start AS evidence_start, m.evidence_end - s.start AS evidence_end,
          m.pattern, m.mode, m.date_precision, m.location_name, m.location_country, m.location_lat, m.location_lon
        FROM event_mentions m JOIN documents d ON d.id = m.document_id JOIN sentences s ON s.id = m.sentence_id
        WHERE m.event_id = ? ORDER BY m.id LIMIT 100
        """
}
