@testable import Atalaya
import XCTest

/// The word table every dictionary keys on: slots hold a form's first 7 bytes and its length, so
/// forms that share those must still be told apart, and ids must survive the table's growth.
final class VocabularyTests: XCTestCase {
    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    func testFormsOfEveryLengthRoundTrip() {
        var v = Vocabulary(capacity: 4)
        let forms = (1...20).map { String(repeating: "a", count: $0) } + ["é", "ño", "acción", "negociaciones"]
        let ids = forms.map { v.intern(bytes($0)) }
        XCTAssertEqual(Set(ids).count, forms.count, "each form its own id")
        for (form, id) in zip(forms, ids) {
            XCTAssertEqual(v.lookup(bytes(form)[...]), id, form)
            XCTAssertEqual(v.form(id), form)
        }
        XCTAssertEqual(v.count, forms.count)
    }

    func testFormsSharingTheirFirstSevenBytesDiffer() {
        var v = Vocabulary()
        let a = v.intern(bytes("negociar")), b = v.intern(bytes("negociad")), c = v.intern(bytes("negocia"))
        XCTAssertEqual(Set([a, b, c]).count, 3)
        XCTAssertEqual(v.lookup(bytes("negociad")[...]), b)
        XCTAssertEqual(v.lookup(bytes("negociaz")[...]), -1)
        XCTAssertEqual(v.lookup(bytes("negoci")[...]), -1)
    }

    func testFormsLongerThanAKeyCanSayDifferByLength() {
        // Keys hold lengths up to 255: two longer forms with the same start differ by their length.
        var v = Vocabulary()
        let long = String(repeating: "x", count: 300), longer = String(repeating: "x", count: 301)
        let a = v.intern(bytes(long)), b = v.intern(bytes(longer))
        XCTAssertNotEqual(a, b)
        XCTAssertEqual(v.lookup(bytes(longer)[...]), b)
        XCTAssertEqual(v.lookup(bytes(String(repeating: "x", count: 302))[...]), -1)
    }

    func testEmptyFormIsNoWord() {
        var v = Vocabulary()
        XCTAssertEqual(v.intern(bytes("")), -1)
        v.intern(bytes("a"))
        XCTAssertEqual(v.lookup(bytes("")[...]), -1)
    }
}
