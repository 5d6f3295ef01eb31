import Atalaya
import XCTest

/// A verb of saying may name its speaker after it ("«…», dijo Peskov"), past articles and numbers.
/// English "that" is an article too, but after a verb of saying it opens what was said: "he said
/// that the doctors …" is no statement of the doctors. Before, "every doctor" was the speaker.
final class SpeakerAfterVerbTests: XCTestCase {
    func testThatOpensWhatWasSaid() {
        XCTAssertEqual(Shared.englishEvents("The US sergeant is a veteran. Later, he said that the doctors found him normal."),
                       ["USAMIL 010 USAHLH"])
        XCTAssertEqual(Shared.englishEvents("The US sergeant is a veteran. Later, he said that every doctor had lied."),
                       ["USAMIL 111 USAHLH"])
    }

    /// A speaker after the verb is still found past an article.
    func testTheSpeakerAfterTheVerb() {
        XCTAssertEqual(Shared.englishEvents("The statement was signed by the opposition. \"The plan is a disgrace,\" said the opposition leader."),
                       ["OPP 111 -"])
    }
}
