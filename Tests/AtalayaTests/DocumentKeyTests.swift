import Atalaya
@testable import AtalayaStore
import Foundation
import GRDB
import XCTest

/// The key of a document is computed once per document read (claim, then store): it must be the
/// key stored before (the same hash, so reruns on older stores still skip what they hold), a
/// document must be claimed and stored once, and the cheaper checks must find what the old ones found.
final class DocumentKeyTests: FolderTestCase {
    var db: String { dir.appendingPathComponent("k.db").path }

    func testHashIsTheOneStoresHold() {
        // Values of the byte-by-byte FNV-1a of earlier builds: stores made by them must still match.
        XCTAssertEqual(ContentHash.of("Hola"), "6ab6fcd87fdbf21704ac64a43f207e42")
        XCTAssertEqual(ContentHash.of(""), "cbf29ce48422232584222325cbf29ce4")
        XCTAssertEqual(ContentHash.of("Año: ñandú 🦜"), "625feff948047e7cdab76d36adddc7c3")
        let bridged = NSString(string: "Año: ñandú 🦜") as String  // not a native string
        XCTAssertEqual(ContentHash.of(bridged), "625feff948047e7cdab76d36adddc7c3")
    }

    func testKeyMatchesTheStoresKey() {
        let byContent = DocumentKey(id: nil, content: "Hola")
        XCTAssertEqual(byContent.docID, "sha:6ab6fcd87fdbf21704ac64a43f207e42")
        XCTAssertTrue(byContent.byContent)
        let own = DocumentKey(id: "d1", content: "Hola")
        XCTAssertEqual(own.docID, "d1")
        XCTAssertEqual(own.hash, byContent.hash)
        XCTAssertFalse(own.byContent)
    }

    /// A document with its own id is not known by its content; one without is, under any id.
    func testClaimFindsByIdAndByContentOnlyWithoutAnId() throws {
        let store = try EventStore(path: db, cameo: Shared.lexicon.cameo)
        let text = "Francia condenó a Rusia por el ataque."
        try store.write([Self.item("a", "2023-09-13", text)])
        XCTAssertEqual(try store.claim(DocumentKey(id: "a", content: "otro texto")), .stored)
        XCTAssertEqual(try store.claim(DocumentKey(id: "b", content: text)), .claimed, "an own id is not matched by content")
        XCTAssertEqual(try store.claim(DocumentKey(id: nil, content: text)), .stored, "the same content, no id")
        XCTAssertEqual(try store.claim(DocumentKey(id: nil, content: text + " ")), .claimed)
        XCTAssertEqual(try store.claim(id: nil, content: text), try store.claim(DocumentKey(id: nil, content: text)))
    }

    /// Ingest claims each document with the key it then stores: once, and skipped on a rerun,
    /// with and without ids, also while the batch before is still being written.
    func testEachDocumentIsStoredOnceUnderItsKey() throws {
        let lines = (0..<7).map { #"{"id":"d\#($0)","date":"2023-09-13","text":"Francia condenó a Rusia por el ataque \#($0)."}"# }
            + (0..<7).map { #"{"date":"2023-09-13","text":"China criticó a Japón por la visita \#($0)."}"# }
        let file = dir.appendingPathComponent("n.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let store = try EventStore(path: db, cameo: Shared.lexicon.cameo)
        var ingester = Ingester(coder: Shared.coder, store: store, defaultDate: Shared.day)
        ingester.batchSize = 3
        let first = try ingester.run(paths: [file.path]) { _ in }
        XCTAssertEqual(first.stored, 14)
        let again = try ingester.run(paths: [file.path]) { _ in }
        XCTAssertEqual(again.skipped, 14)
        XCTAssertEqual(again.stored, 0)
        let ids = try store.reading { try String.fetchAll($0, sql: "SELECT doc_id FROM documents ORDER BY id") }
        let expected = (0..<7).map { "d\($0)" } + (0..<7).map { "sha:" + ContentHash.of("China criticó a Japón por la visita \($0).") }
        XCTAssertEqual(ids, expected)
    }

    func testFieldWithNULNamesTheFirstSuchField() {
        var doc = Document(id: "a\0b", date: Shared.day, text: "Hola", title: "t", url: "u\0")
        XCTAssertEqual(Ingester.fieldWithNUL(doc, explicitID: true), "id")
        XCTAssertEqual(Ingester.fieldWithNUL(doc, explicitID: false), "url")
        doc = Document(id: "a", date: Shared.day, text: "Ho\0la", title: "t\0")
        XCTAssertEqual(Ingester.fieldWithNUL(doc, explicitID: true), "text")
        doc = Document(id: "a", date: Shared.day, text: "Hola", lang: "es\0")
        XCTAssertEqual(Ingester.fieldWithNUL(doc, explicitID: true), "lang")
        XCTAssertNil(Ingester.fieldWithNUL(Document(id: "a", date: Shared.day, text: "Hola", title: "", source: "s"), explicitID: true))
    }
}
