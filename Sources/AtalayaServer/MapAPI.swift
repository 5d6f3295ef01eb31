import AtalayaStore
import Foundation
import GRDB
import Hummingbird

/// `GET /api/map` with the event filters: a GeoJSON FeatureCollection of the places events
/// happened, one point per place with its events.
///
/// ```sh
/// curl 'http://127.0.0.1:8080/api/map?root=19'
/// ```
struct MapAPI: Sendable {
    let store: any EventStorage
    let answers: Answers

    func add(to router: Router<APIContext>) {
        router.get("/api/map") { request, _ in try await answers.bytes(request, type: "application/geo+json") { try map(request) } }
    }

    func map(_ request: Request) throws -> ByteBuffer {
        let (q, query) = try EventFilters.read(request, also: ["limit"])
        let limit = try q.int("limit", in: 1...20_000) ?? 5000
        let (filter, args) = query.condition(also: "m.location_lat IS NOT NULL AND m.location_lon IS NOT NULL")
        // Every stored event: the places' counts, where the store keeps them.
        let sql = query.isUnfiltered && store.keepsSummaries ? """
            SELECT name, country, lat, lon, events AS n FROM event_places WHERE events > 0 ORDER BY n DESC, name LIMIT ?
            """ : """
            SELECT m.location_name AS name, m.location_country AS country, m.location_lat AS lat, m.location_lon AS lon,
              COUNT(DISTINCT m.event_id) AS n
            FROM event_mentions m JOIN events e ON e.id = m.event_id
            \(filter)
            GROUP BY name, country, lat, lon ORDER BY n DESC, name LIMIT ?
            """
        let rows = try store.rows(sql, args + [limit])
        let features: [[String: Any]] = rows.map { r in
            let lat: Double = r["lat"], lon: Double = r["lon"]
            return ["type": "Feature", "geometry": ["type": "Point", "coordinates": [lon, lat]],
                    "properties": ["name": (r["name"] as String?) ?? "", "country": (r["country"] as String?) ?? "", "events": r["n"] as Int]]
        }
        let data = try JSONSerialization.data(withJSONObject: ["type": "FeatureCollection", "features": features], options: [.sortedKeys])
        return ByteBuffer(bytes: data)
    }
}
