import Atalaya
@testable import AtalayaStore
import Foundation
import GRDB
import XCTest

/// Batches stored on the writer's thread while the next is coded: counted in order, and a
/// failed write is not lost but thrown by the next call.
final class BatchWriterTests: FolderTestCase {
    var db: String { dir.appendingPathComponent("w.db").path }

    func item(_ id: String) -> StoreItem {
        .coded(Shared.coder.code(id: id, date: Shared.day, text: "Francia condenó a Rusia por el ataque \(id)."), origin: "test", explicitID: true)
    }

    func testEachSubmitHandsBackThePreviousBatch() throws {
        let writer = BatchWriter(store: try EventStore(path: db, cameo: Shared.lexicon.cameo))
        XCTAssertNil(try writer.submit([item("a"), item("b")]), "nothing was in flight")
        XCTAssertEqual(try writer.submit([item("c"), item("a")])?.stored, 2)
        let last = try XCTUnwrap(try writer.finish())
        XCTAssertEqual(last.stored, 1)
        XCTAssertEqual(last.skipped, 1, "a stored in the batch before")
        XCTAssertNil(try writer.finish(), "nothing left in flight")
    }

    /// Rows extracted on several threads are those of one, item by item, in order.
    func testRowsExtractedOnSeveralThreadsKeepTheirItems() throws {
        var items = (0..<7).map { item("d\($0)") }
        items.insert(.failed(id: "f", content: "x", origin: "n.jsonl:3", error: "not JSON"), at: 3)
        func summary(_ batch: PreparedBatch) -> [String] {
            batch.coded.map { c in
                guard let c else { return "-" }
                let text = c.rows.sentences.map { c.rows.string($0.text) }.joined()
                return c.key.docID + " " + text + " " + c.rows.events.map(\.key.code).joined()
            }
        }
        let one = summary(PreparedBatch(items, jobs: 1))
        XCTAssertEqual(one[3], "-")
        XCTAssertTrue(one[6].hasPrefix("d5 Francia condenó a Rusia por el ataque d5."), one[6])
        XCTAssertEqual(summary(PreparedBatch(items, jobs: 3)), one)
        XCTAssertEqual(summary(PreparedBatch(items, jobs: 100)), one)
    }

    func testAFailedWriteIsThrownByTheNextCall() throws {
        try EventStore(path: db, cameo: Shared.lexicon.cameo).write([item("a")])
        let writer = BatchWriter(store: try EventStore(path: db, cameo: Shared.lexicon.cameo, access: .read))
        XCTAssertNil(try writer.submit([item("b")]))
        XCTAssertThrowsError(try writer.finish())
    }

    /// Ingest in batches of two through the writer: every document counted once.
    func testIngestCountsEveryBatch() throws {
        let lines = (0..<9).map { #"{"id":"d\#($0)","date":"2023-09-13","text":"Francia condenó a Rusia por el ataque \#($0)."}"# }
        let file = dir.appendingPathComponent("n.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        var ingester = Ingester(coder: Shared.coder, store: try EventStore(path: db, cameo: Shared.lexicon.cameo), defaultDate: Shared.day)
        ingester.batchSize = 2
        var reports = 0
        let summary = try ingester.run(paths: [file.path]) { _ in reports += 1 }
        XCTAssertEqual(summary.stored, 9)
        XCTAssertGreaterThan(reports, 4)
        let again = try ingester.run(paths: [file.path]) { _ in }
        XCTAssertEqual(again.skipped, 9)
    }

    /// Ingest takes each document's rows as soon as it is coded and keeps only its metadata until
    /// the batch is written: the store holds what writing the whole documents holds.
    func testRowsTakenAsCodedStoreWhatWholeDocumentsStore() throws {
        let lines = (0..<5).map {
            #"{"id":"m\#($0)","date":"2023-09-1\#($0)","title":"T\#($0)","source":"S","url":"https://e.org/\#($0)","lang":"es","text":"Francia condenó a Rusia por el ataque \#($0) en Kiev."}"#
        }
        let file = dir.appendingPathComponent("m.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        var ingester = Ingester(coder: Shared.coder, store: try EventStore(path: db, cameo: Shared.lexicon.cameo), defaultDate: Shared.day)
        ingester.batchSize = 2
        XCTAssertEqual(try ingester.run(paths: [file.path]) { _ in }.stored, 5)
        let whole = dir.appendingPathComponent("whole.db").path
        var items = [StoreItem]()
        DocumentReader(defaultDate: Shared.day).read(path: file.path, format: nil, each: { doc in
            var doc = doc
            Shared.coder.code(&doc)
            items.append(.coded(doc, origin: file.path, explicitID: true))
        }, problem: { XCTFail($0.message) })
        try EventStore(path: whole, cameo: Shared.lexicon.cameo).write(items)
        func dump(_ path: String) throws -> [String] {
            try DatabaseQueue(path: path).read { db in
                try String.fetchAll(db, sql: """
                    SELECT d.doc_id || d.date || d.title || d.source || d.url || d.lang || d.words || '|' ||
                           (SELECT group_concat(e.code || e.source || e.target || e.num_mentions) FROM events e
                            JOIN event_mentions m ON m.event_id = e.id WHERE m.document_id = d.id) || '|' ||
                           (SELECT group_concat(s.text) FROM sentences s WHERE s.document_id = d.id)
                    FROM documents d ORDER BY d.doc_id
                    """)
            }
        }
        let ingested = try dump(db)
        XCTAssertEqual(ingested.count, 5)
        XCTAssertTrue(ingested[2].hasPrefix("m22023-09-12T2Shttps://e.org/2es"), ingested[2])
        XCTAssertEqual(ingested, try dump(whole))
    }
}
