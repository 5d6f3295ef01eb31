import Atalaya
import XCTest

/// Nouns in context are not read as verbs (issue 11, kind 6): after a determiner or preposition
/// and adjectives written before their noun (`prenominal` in `words.tsv`), and after an English
/// preposition that takes nouns only (`noun-marker`).
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

    /// "su segundo viaje", "la nueva visita", "los nuevos ataques": a noun after determiner and adjective.
    func testSpanishNounAfterDeterminerAndAdjective() {
        XCTAssertFalse(verbs("El canciller de Perú empezó ayer su segundo viaje a Japón.").contains("viajar"))
        XCTAssertFalse(verbs("La próxima visita del ministro chino a Lima inquieta a la oposición.").contains("visitar"))
        XCTAssertFalse(verbs("Los sindicatos rechazan el tercer ataque contra su local.").contains("atacar"))
        XCTAssertFalse(verbs("El sindicato anunció una nueva marcha contra el alcalde.").contains("marchar"))
        XCTAssertFalse(verbs("Los vecinos hablaron de nueva protesta ante la alcaldía.").contains("protestar"))
    }

    /// The verbs around such phrases are still verbs: the rule reads only past the adjectives.
    func testSpanishVerbsStayVerbs() {
        XCTAssertTrue(verbs("La policía visita la nueva sede del partido.").contains("visitar"))
        XCTAssertTrue(verbs("Los rebeldes de nuevo atacaron el cuartel.").contains("atacar"))
    }

    /// "of torture", "under arrest": no infinitive after a preposition other than "to".
    func testEnglishNounAfterPreposition() {
        XCTAssertFalse(verbs("The union accused the guards of torture at the prison.", language: "en").contains("torture"))
        XCTAssertFalse(verbs("Two journalists remain under arrest in the capital.", language: "en").contains("arrest"))
        XCTAssertTrue(verbs("The guards were accused of torturing prisoners.", language: "en").contains("torture"))
        XCTAssertTrue(verbs("Germany decided to arrest the suspect.", language: "en").contains("arrest"))
    }

    /// "the renewed attacks", "for new attacks": a noun past adjectives; the sentence's verb codes.
    func testEnglishNounAfterAdjective() {
        XCTAssertFalse(verbs("Turkey condemned the renewed attacks on its border posts.", language: "en").contains("attack"))
        XCTAssertFalse(verbs("Rebels were blamed for fresh attacks on the army.", language: "en").contains("attack"))
        XCTAssertFalse(events("Turkey condemned the renewed attacks on its border posts.", language: "en").contains("TUR 190 -"))
    }
}
