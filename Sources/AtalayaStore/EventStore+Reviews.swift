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
        do {
            return try database.write { db in
                try Review.record(review) { sql, args in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)) }
            }
        } catch let error as StoreError { throw error } catch let error as DatabaseError {
            throw StoreError.failed(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// The reviews of one document, or all, oldest first.
    public func reviews(docId: String? = nil) throws -> [Review] {
        let (sql, args) = Review.listing(docId: docId)
        return try reading { db in try Review.fetchAll(db, sql: sql, arguments: StatementArguments(args)) }
    }
}
