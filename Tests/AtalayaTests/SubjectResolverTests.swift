import Atalaya
import XCTest

/// The subject resolver, a stage of its own between verb groups and events (issue 9).
final class SubjectResolverTests: XCTestCase {
    /// "verb: subject codes" for each verb group of a text.
    func subjects(_ text: String) -> [String] {
        let doc = Shared.code(text)
        XCTAssertEqual(doc.clauses.count, doc.verbs.count, "one clause a verb group")
        return zip(doc.verbs, doc.clauses).map { v, c in
            "\(doc.string(tokens: v.tokens)): \(c.subject.map(\.code).joined(separator: "+"))"
        }
    }

    func testNearestActorBeforeTheVerbOutsidePrepositionalPhrases() {
        XCTAssertEqual(subjects("El presidente de Rusia visitó China."), ["visitó: RUSGOV"])
        XCTAssertEqual(subjects("Con Rusia, China firmó un acuerdo."), ["firmó: CHN"])
    }

    func testProDropTakesThePreviousSubject() {
        XCTAssertEqual(subjects("Putin llegó a Pekín. Después condenó a Ucrania."), ["llegó: RUSGOV", "condenó: RUSGOV"])
    }

    /// An infinitive right after a verb of saying is its speaker's ("dijo estar de acuerdo con …").
    func testInfinitiveAfterAVerbOfSaying() {
        XCTAssertEqual(Shared.events("El presidente colombiano dijo estar de acuerdo con el gobierno de Venezuela."), ["COLGOV 051 VENGOV"])
    }

    func testSpeakerAfterTheVerbAndRelativeAntecedent() {
        XCTAssertEqual(subjects("«Fue útil», dijo Putin."), ["Fue: ", "dijo: RUSGOV"])
        let relative = subjects("Paramilitares que se movilizaban en una motocicleta ejecutaron a dos campesinos.")
        XCTAssertEqual(relative.last, "ejecutaron: REB", "the main verb takes the relative's antecedent: \(relative)")
    }

    func testReferencesResolvedOnceAndShownInOutput() {
        let doc = Shared.code("Kim Jong-un y Putin se reunieron. Ambos líderes firmaron un acuerdo.")
        let i = doc.mentions.firstIndex { $0.kind == .reference }!
        XCTAssertEqual(doc.actors(ofMention: i).map(\.code), ["PRKGOV", "RUSGOV"])
        XCTAssertEqual(doc.code(ofMention: i), "PRKGOV+RUSGOV")
        XCTAssertEqual(doc.clauses.last?.subject.map(\.code), ["PRKGOV", "RUSGOV"])
        // A reference with nothing before it stands for no one.
        let alone = Shared.code("Ambos líderes firmaron un acuerdo.")
        XCTAssertTrue(alone.actors(ofMention: 0).isEmpty)
        XCTAssertTrue(alone.events.isEmpty)
    }

    /// Issue 10: a clause with a subject of its own that we cannot code (a noun phrase, an
    /// unknown name, a number) does not take the previous sentence's subject.
    func testOvertUnknownSubjectsAreNotReplacedByThePreviousOne() {
        XCTAssertEqual(subjects("El presidente ruso llegó a Pekín. Después condenó el ataque."),
                       ["llegó: RUSGOV", "condenó: RUSGOV"])
        XCTAssertEqual(subjects("El presidente ruso llegó a Pekín. La ley federal prohíbe las armas."),
                       ["llegó: RUSGOV", "prohíbe: "])
        XCTAssertEqual(subjects("El presidente ruso llegó a Pekín. En la reunión condenó el ataque."),
                       ["llegó: RUSGOV", "condenó: RUSGOV"])
        XCTAssertEqual(subjects("El presidente ruso llegó a Pekín, pero el fiscal Zorbaján lo acusó."),
                       ["llegó: RUSGOV", "lo acusó: "])
    }

    /// Issue 10: candidates are opposition, and a person before their first office is their country alone.
    func testCandidatesAndPeopleBeforeOffice() {
        XCTAssertEqual(Shared.code("El candidato mexicano habló.").mentions.map(\.code), ["MEXOPP"])
        let before = Shared.code("Andrés Manuel López Obrador habló.", date: Day(parsing: "2005-03-01")!)
        XCTAssertEqual(before.mentions.map(\.code), ["MEX"])
        let candidate = Shared.code("Andrés Manuel López Obrador habló.", date: Day(parsing: "2018-05-01")!)
        XCTAssertEqual(candidate.mentions.map(\.code), ["MEXOPP"])
        let after = Shared.code("Andrés Manuel López Obrador habló.", date: Day(parsing: "2025-05-01")!)
        XCTAssertEqual(after.mentions.map(\.code), ["MEXELI"])
    }

    /// Right after a quotation the speaker follows the verb of saying; actors quoted are not it.
    func testSpeakerAfterAQuotation() {
        let doc = Shared.code("«Las víctimas merecen justicia», dijo el juez argentino.")
        XCTAssertEqual(doc.clauses.last?.subject.map(\.code), ["ARGJUD"])
        let en = Shared.code("\u{201C}The Russian people want peace,\u{201D} said the French president.", language: "en")
        XCTAssertEqual(en.clauses.last?.subject.map(\.code), ["FRAGOV"])
    }

    /// With no speaker after the verb, the one who spoke is who spoke before the quotation, not an
    /// actor quoted in it.
    func testSpeakerOfAQuotationWithoutName() {
        let doc = Shared.code("El presidente venezolano llegó a Caracas. «Rusia enviará trigo a Venezuela», aseguró después.")
        XCTAssertEqual(doc.clauses.last?.subject.map(\.code), ["VENGOV"])
        let alone = Shared.code("«Rusia enviará trigo a Venezuela», aseguró después.")
        XCTAssertEqual(alone.clauses.last?.subject.map(\.code), [])
    }

    /// One member or the head of a body is the body: "la directora de la Fiscalía" is the
    /// prosecution, "el integrante de la ONG" the NGO, "the head of the police" the police.
    func testMemberOrHeadOfABodyIsTheBody() {
        XCTAssertEqual(Shared.events("La directora de la Fiscalía colombiana fue amenazada de muerte."), ["--- 130 COLJUD"])
        XCTAssertEqual(Shared.events("El integrante de la ONG fue amenazado de muerte."), ["--- 130 NGO"])
        XCTAssertEqual(subjects("El jefe de la policía venezolana criticó al gobierno."), ["criticó: VENCOP"])
        let en = Shared.code("The head of the Kenyan police criticized the government.", language: "en")
        XCTAssertEqual(en.clauses.first?.subject.map(\.code), ["KENCOP"])
    }

    /// Issue 11: a relative clause whose verb no pattern names ("que cubrían sus rostros") is
    /// still a clause, so the main verb keeps its subject.
    func testRelativeClauseWithACommonVerbKeepsTheSubject() {
        XCTAssertEqual(Shared.events("Miembros de un grupo armado que cubrían sus rostros desaparecieron a un campesino colombiano."),
                       ["COLUAF 181 COLCVL"])
    }

    /// Plural leaders with no leaders named before are the story's own, not no one ("la policía
    /// detuvo a los dirigentes" was an arrest of nobody); "ambos líderes" still refers back only.
    func testPluralLeadersWithNothingBeforeAreTheirOwn() {
        XCTAssertEqual(Shared.events("La policía colombiana detuvo a los dirigentes."), ["COLCOP 173 COLGOV"])
        XCTAssertEqual(Shared.events("La policía colombiana detuvo a tres dirigentes sindicales."), ["COLCOP 173 COLLAB"])
        XCTAssertEqual(Shared.events("Kim Jong-un y Putin se reunieron. Los líderes firmaron un acuerdo.").last, "RUSGOV 057 PRKGOV")
    }

    /// Only a finite verb of saying has its speaker after it ("dijo Peskov"): "alleging Paris
    /// played a role" is Rwanda's allegation, not a speech of Paris.
    func testGerundOfSayingTakesNoSpeakerAfterIt() {
        let doc = Shared.code("France accused Rwanda of making accusations by alleging Paris played a role in the genocide.", language: "en")
        let alleging = doc.verbs.firstIndex { doc.string(tokens: $0.tokens) == "alleging" }!
        XCTAssertEqual(doc.clauses[alleging].subject.map(\.code), ["RWA"])
    }

    /// A passive's patient may follow its adverbials after a comma ("fue asesinado anoche …, el
    /// concejal X"); an actor after "por" is the doer, never the patient.
    func testPassivePatientAfterAComma() {
        XCTAssertEqual(Shared.events("Fue asesinado anoche de tres disparos, el concejal colombiano Pedro Gómez."), ["--- 186 COLGOV"])
        XCTAssertEqual(Shared.events("Fueron detenidos en la madrugada, tres estudiantes venezolanos."), ["VENCOP 173 VENEDU"])
        XCTAssertEqual(Shared.events("Un pescador fue asesinado por miembros de un grupo armado."), ["UAF 190 AGR"])
    }

    /// The second of a pair after "entre" ("entre policía y guerrilla") stands in its phrase: no
    /// subject of the clause; after another preposition ("a Moscú y Putin …") a new clause begins.
    func testCoordinatedActorInAPrepositionalPhraseIsNoSubject() {
        XCTAssertFalse(Shared.events("Tras choques entre policía y guerrilla resultó herido un campesino.").contains("--- 182 REB"))
        let doc = Shared.code("El presidente ruso habló con Macron mientras China no hace nada.")
        let hace = doc.verbs.firstIndex { Shared.lexicon.vocabulary.form($0.lemma) == "hacer" }!
        XCTAssertEqual(doc.clauses[hace].subject.map(\.code), ["CHN"])
    }
}
