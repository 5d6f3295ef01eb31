import Atalaya
import GRDB

/// What every event store does, whichever database holds it: SQLite (`EventStore`, one file, the
/// default) or PostgreSQL (`PostgresStore`, for several workers and a team). The commands
/// (`ingest`, `events`, `export`, `stats`) work through this, so they give the same answers on both.
///
/// ```swift
/// let store: any EventStorage = try EventStore(path: "atalaya.db", cameo: lexicon.cameo)
/// var q = EventQuery(); q.actor = "RUS"
/// let events = try store.events(q)
/// let first = try store.firstMentions(of: events)
/// ```
public protocol EventStorage: AnyObject, Sendable {
    /// Quad classes and Goldstein scores of the codes stored.
    var cameo: CameoTable { get }
    /// Where the store is, for messages: a file's path, or a URL without its password.
    var location: String { get }
    /// Whether a document still needs coding. A store that several workers share also claims it
    /// for this one (`.claimed`) until `release`, so no other worker codes it meanwhile (`.busy`).
    func claim(id: String?, content: String) throws -> Claim
    /// `claim(id:content:)` for a document whose key is computed already (ingest computes it once).
    func claim(_ key: DocumentKey) throws -> Claim
    /// Ends the claims on documents (by their `DocumentKey.docID`), once their batch is written.
    func release(_ keys: [String]) throws
    /// Stores a batch in one transaction: whole documents or none.
    @discardableResult
    func write(_ items: [StoreItem]) throws -> StoreOutcome
    /// The events `query` matches, in its order.
    func events(_ query: EventQuery) throws -> [StoredEvent]
    /// The first mention of each event (with its document and sentence), by event id.
    func firstMentions(of events: [StoredEvent]) throws -> [Int64: EventMention]
    /// Counts by root and quad class, top actors and dyads, events per day.
    func stats(top: Int, days: Int) throws -> StoreStats

    /// The SQL of `rows`.
    var dialect: SQLDialect { get }
    /// Whether counts per day, dyad, actor and place are kept beside the events (`StoreSummaries`),
    /// for views to read instead of grouping the events.
    var keepsSummaries: Bool { get }
    /// The rows of one reading statement, written with `?` for its arguments, in `dialect`.
    func rows(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> [Row]
    /// Stores an analyst's review (see `Review.record`); the review as stored.
    @discardableResult
    func add(_ review: Review) throws -> Review
    /// The reviews of one document, or all, oldest first.
    func reviews(docId: String?) throws -> [Review]
}

extension EventStorage {
    public func claim(_ key: DocumentKey) throws -> Claim {
        try claim(id: key.id, content: key.content)
    }
}

/// A document's state for an ingest worker.
public enum Claim: Sendable, Equatable {
    /// Stored already: skip it.
    case stored
    /// Not stored: this worker codes it.
    case claimed
    /// Another worker is coding it now.
    case busy
}
