import Atalaya
import Foundation
import GRDB

extension EventStore {
    /// Stores a review; a review of an event takes the event's code and actors unless it corrects
    /// them. Throws `StoreError.badQuery` for a document, sentence or event that is not there.
    ///
    /// ```swift
    /// try store.add(Review(docId: "d1", sentence: 1, eventId: 3, verdict: .right, code: "", source: "", target: "", reviewer: "ana"))
    /// ```
    @discardableResult
    public func add(_ review: Review) throws -> Review {
        var r = review
        do {
            return try database.write { db in
                guard let document = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE doc_id = ?", arguments: [r.docId]) else {
                    throw StoreError.badQuery("no document \(r.docId)")
                }
                if let eventId = r.eventId {
                    guard r.verdict != .added else { throw StoreError.badQuery("an added event is not one of the coder's: no event id") }
                    guard let row = try Row.fetchOne(db, sql: """
                        SELECT e.code, e.source, e.target, s.number FROM events e JOIN event_mentions m ON m.event_id = e.id
                        JOIN sentences s ON s.id = m.sentence_id WHERE e.id = ? AND m.document_id = ? ORDER BY m.id LIMIT 1
                        """, arguments: [eventId, document]) else { throw StoreError.badQuery("no event \(eventId) in document \(r.docId)") }
                    // A verdict is on the event as coded; a correction keeps what it does not change.
                    if r.verdict != .corrected || r.code.isEmpty { r.code = row[0] }
                    if r.verdict != .corrected || r.source.isEmpty { r.source = row[1] }
                    if r.verdict != .corrected || r.target.isEmpty { r.target = row[2] }
                    r.sentence = row[3]
                } else {
                    guard r.verdict == .added else { throw StoreError.badQuery("a \(r.verdict.rawValue) review needs the event it is about") }
                    guard !r.code.isEmpty, !r.source.isEmpty else { throw StoreError.badQuery("an added event needs a code and a source") }
                }
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sentences WHERE document_id = ? AND number = ?)",
                                        arguments: [document, r.sentence]) == true else {
                    throw StoreError.badQuery("document \(r.docId) has no sentence \(r.sentence)")
                }
                r.createdAt = ISO8601DateFormatter().string(from: Date())
                try db.execute(sql: """
                    INSERT INTO reviews (document_id, sentence, event_id, verdict, code, source, target, reviewer, note, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [document, r.sentence, r.eventId, r.verdict.rawValue, r.code, r.source, r.target, r.reviewer, r.note, r.createdAt])
                r.id = db.lastInsertedRowID
                return r
            }
        } catch let error as StoreError { throw error } catch let error as DatabaseError {
            throw StoreError.failed(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// The reviews of a document (or of every document), oldest first.
    ///
    /// ```swift
    /// let mine = try store.reviews(docId: "d1").filter { $0.reviewer == "ana" }
    /// ```
    public func reviews(docId: String? = nil) throws -> [Review] {
        try reading { db in
            try Review.fetchAll(db, sql: """
                SELECT r.id, d.doc_id, r.sentence, r.event_id, r.verdict, r.code, r.source, r.target, r.reviewer, r.note, r.created_at
                FROM reviews r JOIN documents d ON d.id = r.document_id \(docId == nil ? "" : "WHERE d.doc_id = ?") ORDER BY r.id
                """, arguments: docId.map { [$0] } ?? [])
        }
    }
}
