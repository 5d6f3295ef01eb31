import GRDB

/// Counts kept beside the events so the dashboard's unfiltered views and `atalaya stats` read a
/// few thousand rows instead of grouping millions: events per day, root and quad class
/// (`event_days`), per dyad (`event_dyads`), per actor (`event_actors`), and per place
/// (`event_places`, distinct events). Triggers keep them in the transaction that changes the
/// events, so a reader never sees them disagree, whoever writes; a batch of ingest counts its
/// own new events and places, in its transaction, while the insert triggers stand aside
/// (`SummaryTally`, `PlaceTally`, `standAside(_:)`).
///
/// ```swift
/// try StoreSummaries.create(db)   // a migration: tables, triggers, counts of the events stored
/// ```
enum StoreSummaries {
    static var tables: String {
        """
        CREATE TABLE event_days (date TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL,
            events INTEGER NOT NULL, goldstein REAL NOT NULL, PRIMARY KEY (date, quad, root)) WITHOUT ROWID;
        CREATE TABLE event_dyads (source TEXT NOT NULL, target TEXT NOT NULL,
            events INTEGER NOT NULL, goldstein REAL NOT NULL, PRIMARY KEY (source, target)) WITHOUT ROWID;
        CREATE INDEX event_dyads_events ON event_dyads(events);
        CREATE TABLE event_actors (actor TEXT NOT NULL PRIMARY KEY, events INTEGER NOT NULL) WITHOUT ROWID;
        CREATE INDEX event_actors_events ON event_actors(events);
        CREATE TABLE event_places (name TEXT NOT NULL, country TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
            events INTEGER NOT NULL, PRIMARY KEY (name, country, lat, lon)) WITHOUT ROWID;
        CREATE INDEX events_dyad ON events(source, target, code);
        """
    }

    static var insertTrigger: String {
        "CREATE TRIGGER events_summaries_insert AFTER INSERT ON events BEGIN \(change("NEW", 1)) END;"
    }

    static var placeInsertTrigger: String {
        "CREATE TRIGGER event_mentions_places_insert AFTER INSERT ON event_mentions BEGIN \(place("NEW", 1)) END;"
    }

    /// Drops the insert triggers for a batch that counts its own rows, inside the batch's
    /// transaction; `restore(_:)` makes them again before it commits, so no other connection ever
    /// sees them missing, and an insert by anyone else is counted. A trigger runs a sub-program
    /// for every row, even one it does not count: about a tenth of what storing an event mention
    /// cost, and its insert statements kept a statement journal.
    static func standAside(_ db: Database) throws {
        try db.execute(sql: "DROP TRIGGER events_summaries_insert; DROP TRIGGER event_mentions_places_insert")
    }

    /// The insert triggers `standAside(_:)` dropped, made again.
    static func restore(_ db: Database) throws {
        try db.execute(sql: insertTrigger + placeInsertTrigger)
    }

    /// One event's share of every summary, added (`sign` 1, row `NEW`) or taken away (-1, `OLD`).
    static func change(_ row: String, _ sign: Int) -> String {
        """
        INSERT INTO event_days (date, root, quad, events, goldstein) VALUES (\(row).date, \(row).root, \(row).quad, \(sign), \(sign) * \(row).goldstein)
          ON CONFLICT DO UPDATE SET events = events + excluded.events, goldstein = goldstein + excluded.goldstein;
        INSERT INTO event_dyads SELECT \(row).source, \(row).target, \(sign), \(sign) * \(row).goldstein WHERE \(row).target != ''
          ON CONFLICT DO UPDATE SET events = events + excluded.events, goldstein = goldstein + excluded.goldstein;
        INSERT INTO event_actors VALUES (\(row).source, \(sign)) ON CONFLICT DO UPDATE SET events = events + excluded.events;
        INSERT INTO event_actors SELECT \(row).target, \(sign) WHERE \(row).target != '' AND \(row).target != \(row).source
          ON CONFLICT DO UPDATE SET events = events + excluded.events;
        """
    }

    /// A mention's place counts its event once, however many sentences report the event there.
    static func place(_ row: String, _ sign: Int) -> String {
        """
        INSERT INTO event_places
          SELECT coalesce(\(row).location_name, ''), coalesce(\(row).location_country, ''), \(row).location_lat, \(row).location_lon, \(sign)
          WHERE \(row).location_lat IS NOT NULL AND \(row).location_lon IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM event_mentions m WHERE m.event_id = \(row).event_id AND m.id != \(row).id
              AND m.location_name IS \(row).location_name AND m.location_country IS \(row).location_country
              AND m.location_lat = \(row).location_lat AND m.location_lon = \(row).location_lon)
          ON CONFLICT DO UPDATE SET events = events + excluded.events;
        """
    }

    static var triggers: String {
        """
        \(insertTrigger)
        CREATE TRIGGER events_summaries_delete AFTER DELETE ON events BEGIN \(change("OLD", -1)) END;
        CREATE TRIGGER events_summaries_update AFTER UPDATE OF date, source, target, root, quad, goldstein ON events
          BEGIN \(change("OLD", -1)) \(change("NEW", 1)) END;
        \(placeInsertTrigger)
        CREATE TRIGGER event_mentions_places_delete AFTER DELETE ON event_mentions BEGIN \(place("OLD", -1)) END;
        """
    }

    /// The summaries' contents computed afresh from the events (after a migration or a bulk load).
    static let rebuild = """
        DELETE FROM event_days; DELETE FROM event_dyads; DELETE FROM event_actors; DELETE FROM event_places;
        INSERT INTO event_days (date, root, quad, events, goldstein)
            SELECT date, root, quad, COUNT(*), SUM(goldstein) FROM events GROUP BY date, root, quad;
        INSERT INTO event_dyads SELECT source, target, COUNT(*), SUM(goldstein) FROM events WHERE target != '' GROUP BY source, target;
        INSERT INTO event_actors SELECT actor, COUNT(*) FROM (
            SELECT source AS actor, id FROM events UNION SELECT target, id FROM events WHERE target != '') GROUP BY actor;
        INSERT INTO event_places SELECT name, country, lat, lon, COUNT(*) FROM (
            SELECT DISTINCT event_id, coalesce(location_name, '') AS name, coalesce(location_country, '') AS country,
              location_lat AS lat, location_lon AS lon
            FROM event_mentions WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL) GROUP BY name, country, lat, lon;
        """

    /// The migration: tables, indexes, triggers, and the counts of what the store holds already.
    static func create(_ db: Database) throws {
        try db.execute(sql: tables)
        try db.execute(sql: triggers)
        try db.execute(sql: rebuild)
    }
}
