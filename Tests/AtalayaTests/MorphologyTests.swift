@testable import Atalaya
import XCTest

final class MorphologyTests: XCTestCase {
    /// (lemma, tense, person, plural) readings of a form.
    func readings(_ form: String) -> [String] {
        let lex = Shared.lexicon
        return lex.verbReadings(lex.id(form)).map {
            "\(lex.vocabulary.form($0.lemma)) \($0.tense.name) \($0.person)\($0.plural ? "p" : "s")"
        }
    }

    func testRegularAndIrregularSimpleForms() {
        XCTAssertTrue(readings("negociaron").contains("negociar preterite 3p"))
        XCTAssertTrue(readings("discutían").contains("discutir imperfect 3p"))
        XCTAssertTrue(readings("impondrá").contains("imponer future 3s"))
        XCTAssertTrue(readings("tuvieron").contains("tener preterite 3p"))
        XCTAssertTrue(readings("sostuvieran").contains("sostener imperfect-subjunctive 3p"))
        XCTAssertTrue(readings("hizo").contains("hacer preterite 3s"))
        XCTAssertTrue(readings("dijeron").contains("decir preterite 3p"))
        XCTAssertTrue(readings("fue").contains("ser preterite 3s"))
        XCTAssertTrue(readings("fue").contains("ir preterite 3s"))
        XCTAssertTrue(readings("vaya").contains("ir present-subjunctive 3s"))
        XCTAssertTrue(readings("detuvo").contains("detener preterite 3s"))
        XCTAssertTrue(readings("podría").contains("poder conditional 3s"))
    }

    func testStemChangesAndSpelling() {
        XCTAssertTrue(readings("encuentran").contains("encontrar present 3p"))
        XCTAssertTrue(readings("sugirió").contains("sugerir preterite 3s"))
        XCTAssertTrue(readings("pidieron").contains("pedir preterite 3p"))
        XCTAssertTrue(readings("ataque").contains("atacar present-subjunctive 3s"))
        XCTAssertTrue(readings("lance").contains("lanzar present-subjunctive 3s"))
        XCTAssertTrue(readings("reconozca").contains("reconocer present-subjunctive 3s"))
        XCTAssertTrue(readings("incluyó").contains("incluir preterite 3s"))
        XCTAssertTrue(readings("comienza").contains("comenzar present 3s"))
        XCTAssertTrue(readings("comiencen").contains("comenzar present-subjunctive 3p"))
        XCTAssertTrue(readings("huyeron").contains("huir preterite 3p"))
        XCTAssertTrue(readings("huyo").contains("huir present 1s"))
        XCTAssertTrue(readings("destruyendo").contains("destruir gerund 0s"))
        XCTAssertTrue(readings("creyeron").contains("creer preterite 3p"))
        XCTAssertTrue(readings("protejan").contains("proteger present-subjunctive 3p"))
        XCTAssertTrue(readings("siguió").contains("seguir preterite 3s"))
    }

    func verbs(_ text: String) -> [VerbGroup] { Shared.code(text).verbs }

    func testEncliticsAndCompoundTenses() {
        let lex = Shared.lexicon
        let v1 = verbs("Decidió reunirse con Putin.")
        XCTAssertEqual(v1.map { lex.vocabulary.form($0.lemma) }, ["decidir", "reunir"])
        XCTAssertTrue(v1[1].reflexive)
        let v2 = verbs("Los ministros no se han reunido.")
        XCTAssertEqual(v2.count, 1)
        XCTAssertEqual(v2[0].tense, .presentPerfect)
        XCTAssertTrue(v2[0].negated)
        XCTAssertTrue(v2[0].reflexive)
        let v3 = verbs("El opositor fue detenido por la policía.")
        XCTAssertEqual(lex.vocabulary.form(v3[0].lemma), "detener")
        XCTAssertTrue(v3[0].passive)
        let v4 = verbs("Rusia va a imponer sanciones.")
        XCTAssertEqual(lex.vocabulary.form(v4[0].lemma), "imponer")
        XCTAssertEqual(v4[0].mode, .future)
        let v5 = verbs("El ministro anunció, anunciándolo en la radio.")
        XCTAssertEqual(v5.map { lex.vocabulary.form($0.lemma) }, ["anunciar", "anunciar"])
        XCTAssertEqual(v5[1].tense, .gerund)
    }

    func testUnknownVerbsByTheirEndings() {
        // "irrumpieron" is in no dictionary, but its ending makes it a verb: the clause it opens does
        // not hide the subject of "secuestraron".
        let doc = Shared.code("Hombres armados que irrumpieron en la casa secuestraron a un periodista.")
        XCTAssertEqual(doc.verbs.count, 2)
        XCTAssertEqual(doc.events.map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")" }, ["CVLUAF 181 MED"])
    }

    func testNounsAreNotVerbs() {
        // "la visita", "un acuerdo", "el encuentro": after an article, a noun.
        XCTAssertTrue(verbs("La visita fue breve y el encuentro terminó en un acuerdo.").allSatisfy {
            ["ser", "terminar"].contains(Shared.lexicon.vocabulary.form($0.lemma))
        })
    }
}
