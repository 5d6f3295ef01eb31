import Atalaya
import XCTest

/// Nouns in context are not read as verbs (issue 11, kind 6): after a determiner or preposition
/// and adjectives written before their noun (`prenominal` in `words.tsv`).
final class NounReadingTests: XCTestCase {
    /// The lemmas of a text's verb groups.
    func verbs(_ text: String, language: String = "es") -> [String] {
        let doc = Shared.code(text, language: language)
        let lexicon = language == "en" ? Shared.english : Shared.lexicon
        return doc.verbs.map { lexicon.vocabulary.form($0.lemma) }
    }

    func events(_ text: String, language: String = "es") -> [String] {
        Shared.code(text, language: language).events.map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")" }
    }

    /// "the renewed attacks", "for new attacks": a noun past adjectives; the sentence's verb codes.
    func testEnglishNounAfterAdjective() {
        XCTAssertFalse(verbs("Turkey condemned the renewed attacks on its border posts.", language: "en").contains("attack"))
        XCTAssertFalse(verbs("Rebels were blamed for fresh attacks on the army.", language: "en").contains("attack"))
        XCTAssertFalse(events("Turkey condemned the renewed attacks on its border posts.", language: "en").contains("TUR 190 -"))
    }
}
