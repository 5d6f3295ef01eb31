import Foundation
import GRDB

/// The store's reviews as a gold set: one JSON line per reviewed document, in the format
/// `atalaya eval` reads (`{"id", "date", "text", "events": [{"sentence", "code", "source", "target"}]}`).
///
/// A reviewed document's gold events are the coder's events reviewed right (as coded) or
/// corrected (as corrected), and the events reviewers added; events reviewed wrong are left out.
/// Of several reviews of one event in one document, the latest counts. Reviewers are expected to review every
/// event of a document they open: a document's unreviewed events are not in its gold.
///
/// ```swift
/// for line in try GoldExport.lines(store) { print(line) }
/// ```
public enum GoldExport {
    public static func lines(_ store: any EventStorage) throws -> [String] {
        let reviews = try store.reviews(docId: nil)
        // One event row stands for every document that reports it: a review is of the event in
        // its document, and the latest review of that pair counts.
        var latest = [String: Review]()
        var added = [Review]()
        for r in reviews {
            if let e = r.eventId { latest["\(r.docId)\t\(e)"] = r } else { added.append(r) }
        }
        let kept = (Array(latest.values) + added).filter(\.isEvent)
        let docs = Array(Set(reviews.map(\.docId))).sorted()
        return try docs.map { doc in
            let date: String = try store.rows("SELECT COALESCE(date, '') AS date FROM documents WHERE doc_id = ?", [doc]).first?["date"] ?? ""
            let sentences = try store.rows("""
                SELECT s.text FROM sentences s JOIN documents d ON d.id = s.document_id WHERE d.doc_id = ? ORDER BY s.number
                """, [doc]).map { $0["text"] as String }
            // A blank line ends a sentence for the segmenter whatever the sentence's last word.
            let text = sentences.joined(separator: "\n\n")
            let events: [[String: Any]] = kept.filter { $0.docId == doc }.sorted { ($0.sentence, $0.id ?? 0) < ($1.sentence, $1.id ?? 0) }.map {
                ["sentence": $0.sentence, "code": $0.code, "source": $0.source, "target": $0.target, "reviewer": $0.reviewer]
            }
            let line: [String: Any] = ["id": doc, "date": date, "text": text, "events": events]
            let data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self)
        }
    }
}
