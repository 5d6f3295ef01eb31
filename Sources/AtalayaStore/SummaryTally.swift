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
    private struct Sum { var events = 0, goldstein = 0.0 }

    // Keys in the order first seen, so the rows are written in the same order every run.
    private var days = [Day: Int](), dayKeys = [Day](), daySums = [Sum]()
    private var dyads = [Dyad: Int](), dyadKeys = [Dyad](), dyadSums = [Sum]()
    private var actors = [String: Int](), actorKeys = [String](), actorCounts = [Int]()

    /// Counts one new event, as the trigger would: its day, its dyad (when it has a target), and
    /// each of its actors once.
    mutating func add(date: String, root: String, quad: Int, goldstein: Double, source: String, target: String) {
        Self.count(Day(date: date, root: root, quad: quad), goldstein, &days, &dayKeys, &daySums)
        if !target.isEmpty { Self.count(Dyad(source: source, target: target), goldstein, &dyads, &dyadKeys, &dyadSums) }
        countActor(source)
        if !target.isEmpty && target != source { countActor(target) }
    }

    private static func count<K: Hashable>(_ key: K, _ goldstein: Double, _ slots: inout [K: Int], _ keys: inout [K], _ sums: inout [Sum]) {
        let slot = slots[key] ?? {
            keys.append(key)
            sums.append(Sum())
            slots[key] = keys.count - 1
            return keys.count - 1
        }()
        sums[slot].events += 1
        sums[slot].goldstein += goldstein
    }

    private mutating func countActor(_ actor: String) {
        if let slot = actors[actor] {
            actorCounts[slot] += 1
            return
        }
        actors[actor] = actorKeys.count
        actorKeys.append(actor)
        actorCounts.append(1)
    }

    /// Adds the counts to the summary rows, creating those the store lacks.
    func apply(_ db: Database) throws {
        let add = "ON CONFLICT DO UPDATE SET events = events + excluded.events"
        var dayRows = BulkInsert(db, table: "event_days", columns: ["date", "root", "quad", "events", "goldstein"],
                                 onConflict: add + ", goldstein = goldstein + excluded.goldstein")
        for (key, sum) in zip(dayKeys, daySums) {
            dayRows.add(key.date); dayRows.add(key.root); dayRows.add(key.quad); dayRows.add(sum.events); dayRows.add(sum.goldstein)
            try dayRows.endRow()
        }
        try dayRows.finish()
        var dyadRows = BulkInsert(db, table: "event_dyads", columns: ["source", "target", "events", "goldstein"],
                                  onConflict: add + ", goldstein = goldstein + excluded.goldstein")
        for (key, sum) in zip(dyadKeys, dyadSums) {
            dyadRows.add(key.source); dyadRows.add(key.target); dyadRows.add(sum.events); dyadRows.add(sum.goldstein)
            try dyadRows.endRow()
        }
        try dyadRows.finish()
        var actorRows = BulkInsert(db, table: "event_actors", columns: ["actor", "events"], onConflict: add)
        for (key, count) in zip(actorKeys, actorCounts) {
            actorRows.add(key); actorRows.add(count)
            try actorRows.endRow()
        }
        try actorRows.finish()
    }
}
