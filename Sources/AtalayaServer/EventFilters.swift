import Atalaya
import AtalayaStore
import Hummingbird

/// The filters of `atalaya events`, read from an API request's query parameters: every list,
/// count and map the API answers is over the events they select.
///
/// ```swift
/// let query = try EventFilters.query(QueryParameters(request, allowed: EventFilters.names))
/// ```
enum EventFilters {
    static let names = ["actor", "source", "target", "code", "root", "quad", "from", "to", "country", "search", "sort", "order"]

    /// A request's filters and its other parameters (`also`: the endpoint's own), checked.
    ///
    /// ```swift
    /// let (q, query) = try EventFilters.read(request, also: ["limit"])
    /// ```
    static func read(_ request: Request, also: [String]) throws -> (QueryParameters, EventQuery) {
        let q = try QueryParameters(request, allowed: names + also)
        return (q, try query(q))
    }

    static func query(_ q: QueryParameters) throws -> EventQuery {
        var query = EventQuery()
        // Codes are capitals (RUS, RUSGOV, IGOUNO, ---); an actor may also be a name found in the text.
        query.actor = try q.string("actor", maxLength: 100)
        query.source = try q.matching("source", "[A-Z~-]{3,30}", "an actor code or prefix (RUS, RUSGOV)")
        query.target = try q.matching("target", "[A-Z~-]{3,30}", "an actor code or prefix (RUS, RUSGOV)")
        query.code = try q.matching("code", "[0-9]{2,4}[A-Z]?", "a CAMEO code or prefix (04, 040, 1312)")
        query.root = try q.matching("root", "[0-9]{2}", "a CAMEO root of two digits")
        query.quad = try q.int("quad", in: 1...4)
        query.from = try q.day("from")
        query.to = try q.day("to")
        query.country = try q.matching("country", "[A-Z]{3}", "a country code of three capitals (RUS)")
        query.search = try q.string("search", maxLength: SearchText.maxLength)
        if let sort = try q.oneOf("sort", EventQuery.Sort.allCases.map(\.rawValue)) { query.sort = EventQuery.Sort(rawValue: sort)! }
        query.descending = try q.oneOf("order", ["asc", "desc"]) != "asc"
        return query
    }
}
