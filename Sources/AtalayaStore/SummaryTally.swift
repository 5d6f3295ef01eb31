import GRDB

/// What one batch's new events add to the summaries (`StoreSummaries`): counted here and written
/// once per day, dyad and actor when the batch ends, many rows to a statement.
///
/// The insert trigger on `events` would upsert four summary rows per event, and update the
/// indexes on their counts each time: about a third of what a new event cost to store. The
/// batch drops that trigger inside its transaction and makes it again before committing
/// (`StoreSummaries.standAside`), so no other connection ever sees it missing, and an insert by
/// anyone else is still counted by the trigger.
///
/// ```swift
/// var summaries = SummaryTally()
/// summaries.add(date: "2023-09-13", root: "04", quad: 1, goldstein: 1, source: "PRK", target: "RUS")
/// try summaries.apply(db)
/// ```
struct SummaryTally {
    private struct Day: Hashable { var date: String, root: String, quad: Int }
    private struct Dyad: Hashable { var source: String, target: String }

    private var days = OrderedTally<Day>(), dyads = OrderedTally<Dyad>(), actors = OrderedTally<String>()

    /// Counts one new event, as the trigger would: its day, its dyad (when it has a target), and
    /// each of its actors once.
    mutating func add(date: String, root: String, quad: Int, goldstein: Double, source: String, target: String) {
        days.add(Day(date: date, root: root, quad: quad), sum: goldstein)
        if !target.isEmpty { dyads.add(Dyad(source: source, target: target), sum: goldstein) }
        actors.add(source)
        if !target.isEmpty && target != source { actors.add(target) }
    }

    /// Adds the counts to the summary rows, creating those the store lacks.
    func apply(_ db: Database) throws {
        let add = "ON CONFLICT DO UPDATE SET events = events + excluded.events"
        var dayRows = BulkInsert(db, table: "event_days", columns: ["date", "root", "quad", "events", "goldstein"],
                                 onConflict: add + ", goldstein = goldstein + excluded.goldstein")
        for (key, events, goldstein) in days.rows {
            dayRows.add(key.date); dayRows.add(key.root); dayRows.add(key.quad); dayRows.add(events); dayRows.add(goldstein)
            try dayRows.endRow()
        }
        try dayRows.finish()
        var dyadRows = BulkInsert(db, table: "event_dyads", columns: ["source", "target", "events", "goldstein"],
                                  onConflict: add + ", goldstein = goldstein + excluded.goldstein")
        for (key, events, goldstein) in dyads.rows {
            dyadRows.add(key.source); dyadRows.add(key.target); dyadRows.add(events); dyadRows.add(goldstein)
            try dyadRows.endRow()
        }
        try dyadRows.finish()
        var actorRows = BulkInsert(db, table: "event_actors", columns: ["actor", "events"], onConflict: add)
        for (key, count, _) in actors.rows {
            actorRows.add(key); actorRows.add(count)
            try actorRows.endRow()
        }
        try actorRows.finish()
    }
}
