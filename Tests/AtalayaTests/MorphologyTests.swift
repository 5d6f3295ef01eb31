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

    /// Asserts that `form` has `reading` among its readings, and shows them all when it has not.
    func assertReading(_ form: String, _ reading: String, line: UInt = #line) {
        let all = readings(form)
        XCTAssertTrue(all.contains(reading), "\(form): \(all)", line: line)
    }

    func testRegularAndIrregularSimpleForms() {
        assertReading("negociaron", "negociar preterite 3p")
        assertReading("discutían", "discutir imperfect 3p")
        assertReading("impondrá", "imponer future 3s")
        assertReading("tuvieron", "tener preterite 3p")
        assertReading("sostuvieran", "sostener imperfect-subjunctive 3p")
        assertReading("hizo", "hacer preterite 3s")
        assertReading("dijeron", "decir preterite 3p")
        assertReading("fue", "ser preterite 3s")
        assertReading("fue", "ir preterite 3s")
        assertReading("vaya", "ir present-subjunctive 3s")
        assertReading("detuvo", "detener preterite 3s")
        assertReading("podría", "poder conditional 3s")
    }

    func testStemChangesAndSpelling() {
        assertReading("encuentran", "encontrar present 3p")
        assertReading("sugirió", "sugerir preterite 3s")
        assertReading("pidieron", "pedir preterite 3p")
        assertReading("ataque", "atacar present-subjunctive 3s")
        assertReading("lance", "lanzar present-subjunctive 3s")
        assertReading("reconozca", "reconocer present-subjunctive 3s")
        assertReading("incluyó", "incluir preterite 3s")
        assertReading("comienza", "comenzar present 3s")
        assertReading("comiencen", "comenzar present-subjunctive 3p")
        assertReading("huyeron", "huir preterite 3p")
        assertReading("huyo", "huir present 1s")
        assertReading("destruyendo", "destruir gerund 0s")
        assertReading("creyeron", "creer preterite 3p")
        assertReading("protejan", "proteger present-subjunctive 3p")
        assertReading("siguió", "seguir preterite 3s")
    }

    func verbs(_ text: String) -> [VerbGroup] { Shared.code(text).verbs }

    func testEncliticsAndCompoundTenses() {
        let lex = Shared.lexicon
        let v1 = verbs("Aceptó reunirse con Putin.")
        XCTAssertEqual(v1.map { lex.vocabulary.form($0.lemma) }, ["aceptar", "reunir"])
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
        // Spanish writes the accent a gerund or an imperative takes with an enclitic: without
        // it, "formales" and "legales" are adjectives, not "forma"/"lega" + "les".
        let v6 = verbs("Las normas formales y legales fueron aprobadas. El ministro respondió criticándolas.")
        XCTAssertEqual(v6.map { lex.vocabulary.form($0.lemma) }, ["aprobar", "responder", "criticar"])
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
