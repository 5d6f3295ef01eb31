import GRDB

/// What one batch's event mentions add to `event_places`: each place counts an event once,
/// however many mentions report the event there, as the insert trigger on `event_mentions`
/// counts them (`StoreSummaries.place`), which stands aside for the batch.
///
/// ```swift
/// var places = PlaceTally()
/// try places.count(rows.events, eventIDs: ids, db)  // before the document's mentions are inserted
/// try places.apply(db)
/// ```
struct PlaceTally {
    private struct Place: Hashable { var name: String, country: String, lat: Double, lon: Double }
    /// An event at a place, as the trigger tells them apart (a NULL name is not an empty one).
    private struct Seen: Hashable { var event: Int64, name: String?, country: String?, lat: Double, lon: Double }

    private var seen = Set<Seen>()
    private var places = OrderedTally<Place>()

    /// Counts the located mentions of a document's events, `eventIDs` their `events` rows. Called
    /// before the document's mentions are inserted: a mention of the same event at the same place
    /// found in the store is then one of an earlier batch (those of this batch are in `seen`).
    mutating func count(_ events: [DocumentRows.Event], eventIDs: [Int64], _ db: Database) throws {
        for (event, id) in zip(events, eventIDs) {
            for m in event.mentions {
                guard let lat = m.locationLat, let lon = m.locationLon,
                      seen.insert(Seen(event: id, name: m.locationName, country: m.locationCountry, lat: lat, lon: lon)).inserted
                else { continue }
                let stored = try db.cachedStatement(sql: """
                    SELECT 1 FROM event_mentions WHERE event_id = ? AND location_name IS ? AND location_country IS ?
                      AND location_lat = ? AND location_lon = ?
                    """)
                if try Bool.fetchOne(stored, arguments: [id, m.locationName, m.locationCountry, lat, lon]) == true { continue }
                places.add(Place(name: m.locationName ?? "", country: m.locationCountry ?? "", lat: lat, lon: lon))
            }
        }
    }

    /// Adds the counts to the place rows, creating those the store lacks.
    func apply(_ db: Database) throws {
        var rows = BulkInsert(db, table: "event_places", columns: ["name", "country", "lat", "lon", "events"],
                              onConflict: "ON CONFLICT DO UPDATE SET events = events + excluded.events")
        for (place, count, _) in places.rows {
            rows.add(place.name); rows.add(place.country); rows.add(place.lat); rows.add(place.lon); rows.add(count)
            try rows.endRow()
        }
        try rows.finish()
    }
}
