import Atalaya
import AtalayaStore
import Hummingbird

/// An event as the API lists it: the stored event, its CAMEO name, and its first mention (the
/// sentence that reported it first) for the table and the map.
///
/// ```json
/// {"id": 7, "date": "2023-09-13", "source": "PRK", "target": "RUS", "code": "036", "name": "Express intent to meet or negotiate", …}
/// ```
struct APIEvent: ResponseEncodable, Sendable {
    var id: Int64
    var date: String
    var source: String
    var target: String
    var code: String
    var name: String
    var root: String
    var quad: Int
    var goldstein: Double
    var numMentions: Int
    var numDocuments: Int
    var evidence: String?
    var docId: String?
    var location: String?
    var locationCountry: String?

    enum CodingKeys: String, CodingKey {
        case id, date, source, target, code, name, root, quad, goldstein, numMentions = "num_mentions", numDocuments = "num_documents"
        case evidence, docId = "doc_id", location, locationCountry = "location_country"
    }

    init(_ e: StoredEvent, _ m: EventMention?, cameo: CameoTable) {
        id = e.id
        date = e.date
        source = e.source
        target = e.target
        code = e.code
        name = cameo.info(e.code)?.name ?? ""
        root = e.root
        quad = e.quad
        goldstein = e.goldstein
        numMentions = e.numMentions
        numDocuments = e.numDocuments
        evidence = m?.evidence
        docId = m?.docId
        location = m?.locationName
        locationCountry = m?.locationCountry
    }
}
