import Foundation
import GRDB

extension Review {
    /// Checks a review against the store and records it, through `rows` (one statement inside
    /// the caller's write transaction, in SQL both stores read); the review as stored.
    ///
    /// ```swift
    /// try database.write { db in try Review.record(r) { sql, args in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)) } }
    /// ```
    public static func record(_ review: Review, rows: (String, [(any DatabaseValueConvertible)?]) throws -> [Row]) throws -> Review {
        var r = review
        guard let document: Int64 = try rows("SELECT id FROM documents WHERE doc_id = ?", [r.docId]).first?["id"] else {
            throw StoreError.badQuery("no document \(r.docId)")
        }
        if let eventId = r.eventId {
            guard r.verdict != .added else { throw StoreError.badQuery("an added event is not one of the coder's: no event id") }
            guard let row = try rows("""
                SELECT e.code, e.source, e.target, s.number FROM events e JOIN event_mentions m ON m.event_id = e.id
                JOIN sentences s ON s.id = m.sentence_id WHERE e.id = ? AND m.document_id = ? ORDER BY m.id LIMIT 1
                """, [eventId, document]).first else { throw StoreError.badQuery("no event \(eventId) in document \(r.docId)") }
            // A verdict is on the event as coded; a correction keeps what it does not change.
            if r.verdict != .corrected || r.code.isEmpty { r.code = row["code"] }
            if r.verdict != .corrected || r.source.isEmpty { r.source = row["source"] }
            if r.verdict != .corrected || r.target.isEmpty { r.target = row["target"] }
            r.sentence = row["number"]
        } else {
            guard r.verdict == .added else { throw StoreError.badQuery("a \(r.verdict.rawValue) review needs the event it is about") }
            guard !r.code.isEmpty, !r.source.isEmpty else { throw StoreError.badQuery("an added event needs a code and a source") }
        }
        guard try !rows("SELECT 1 AS found FROM sentences WHERE document_id = ? AND number = ?", [document, r.sentence]).isEmpty else {
            throw StoreError.badQuery("document \(r.docId) has no sentence \(r.sentence)")
        }
        r.createdAt = ISO8601DateFormatter().string(from: Date())
        r.id = try rows("""
            INSERT INTO reviews (document_id, sentence, event_id, verdict, code, source, target, reviewer, note, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """, [document, r.sentence, r.eventId, r.verdict.rawValue, r.code, r.source, r.target, r.reviewer, r.note, r.createdAt])[0]["id"]
        return r
    }

    /// The reviews of one document (or all), oldest first: the statement and its arguments.
    public static func listing(docId: String?) -> (String, [(any DatabaseValueConvertible)?]) {
        ("""
         SELECT r.id, d.doc_id, r.sentence, r.event_id, r.verdict, r.code, r.source, r.target, r.reviewer, r.note, r.created_at
         FROM reviews r JOIN documents d ON d.id = r.document_id \(docId == nil ? "" : "WHERE d.doc_id = ?") ORDER BY r.id
         """, docId.map { [$0] } ?? [])
    }
}
