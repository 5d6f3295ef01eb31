import GRDB

/// What a feed's server last said (`atalaya watch`): its validators, sent back as
/// `If-None-Match` and `If-Modified-Since` so an unchanged feed costs a 304 and no parsing.
///
/// ```swift
/// let state = try store.feedState("https://example.org/rss")   // nil the first time
/// try store.record(FeedState(url: url, etag: "\"v2\"", lastModified: nil, status: 200), items: 12)
/// ```
public struct FeedState: Sendable, Equatable {
    public var url: String
    public var etag: String?
    public var lastModified: String?
    /// The HTTP status of the last fetch (0 when it failed before an answer).
    public var status: Int

    public init(url: String, etag: String?, lastModified: String?, status: Int) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.status = status
    }
}

extension EventStore {
    /// The feed's last validators, nil when it was never fetched.
    public func feedState(_ url: String) throws -> FeedState? {
        try reading { db in
            try Row.fetchOne(db, sql: "SELECT url, etag, last_modified, status FROM feeds WHERE url = ?", arguments: [url]).map {
                FeedState(url: $0["url"], etag: $0["etag"], lastModified: $0["last_modified"], status: $0["status"])
            }
        }
    }

    /// Records a fetch; a 304 (or a failure) keeps the validators of the last full answer.
    public func record(_ state: FeedState, items: Int) throws {
        try writing { db in
            try db.execute(sql: """
                INSERT INTO feeds (url, etag, last_modified, status, checked_at, changed_at, items)
                VALUES (?, ?, ?, ?, datetime('now'), CASE WHEN ? = 200 THEN datetime('now') END, ?)
                ON CONFLICT(url) DO UPDATE SET status = excluded.status, checked_at = excluded.checked_at,
                  etag = CASE WHEN excluded.status = 200 THEN excluded.etag ELSE etag END,
                  last_modified = CASE WHEN excluded.status = 200 THEN excluded.last_modified ELSE last_modified END,
                  changed_at = coalesce(excluded.changed_at, changed_at), items = items + excluded.items
                """, arguments: [state.url, state.etag, state.lastModified, state.status, state.status, items])
        }
    }
}
