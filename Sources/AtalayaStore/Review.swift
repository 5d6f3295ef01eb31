import Foundation
import GRDB

/// An analyst's verdict on a coded event, or an event the coder missed, as the store keeps it.
///
/// `right` confirms the event as coded; `wrong` rejects it; `corrected` replaces its code or
/// actors with the reviewer's; `added` is an event of the sentence the coder did not find.
///
/// ```swift
/// let r = Review(docId: "d1", sentence: 2, eventId: 7, verdict: .corrected, code: "111", source: "FRA", target: "RUS", reviewer: "ana")
/// try store.add(r)
/// ```
public struct Review: Codable, FetchableRecord, Sendable {
    public enum Verdict: String, Codable, Sendable, CaseIterable { case right, wrong, corrected, added }

    public var id: Int64?
    public var docId: String
    public var sentence: Int
    public var eventId: Int64?
    public var verdict: Verdict
    public var code: String
    public var source: String
    public var target: String
    public var reviewer: String
    public var note: String?
    public var createdAt: String?

    enum CodingKeys: String, CodingKey {
        case id, docId = "doc_id", sentence, eventId = "event_id", verdict, code, source, target, reviewer, note, createdAt = "created_at"
    }

    public init(docId: String, sentence: Int, eventId: Int64?, verdict: Verdict, code: String, source: String, target: String,
                reviewer: String, note: String? = nil) {
        self.docId = docId
        self.sentence = sentence
        self.eventId = eventId
        self.verdict = verdict
        self.code = code
        self.source = source
        self.target = target
        self.reviewer = reviewer
        self.note = note
    }

    /// Whether the review says the event happened (and so belongs in a gold set).
    ///
    /// ```swift
    /// let events = reviews.filter(\.isEvent)  // right, corrected and added
    /// ```
    public var isEvent: Bool { verdict != .wrong }
}
