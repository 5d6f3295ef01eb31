import Atalaya
import Foundation
import XCTest

/// Issue 10: kinds of wrong or missing records read on real articles, on sentences written for them.
final class EventSenseTests: XCTestCase {
    func english(_ text: String) -> [String] {
        Shared.code(text, language: "en").events.map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")" }
    }

    /// A passive names its doer even without a patient we know.
    func testPassiveWithoutAKnownPatient() {
        XCTAssertEqual(Shared.events("Un labriego fue asesinado por guerrilleros de las FARC."), ["COLREB 190 -"])
        // …but a passive with neither patient nor doer is no record.
        XCTAssertEqual(Shared.events("Un labriego fue asesinado."), [])
    }

    /// "entre si" (sí without its accent) is no condition; "en caso de que" is one.
    func testConditionWordsAfterPrepositions() {
        let doc = Shared.code("Dos hermanos entre si fueron ejecutados por paramilitares colombianos.")
        XCTAssertEqual(doc.events.map(\.mode), [nil])
        let hypothetical = Shared.code("En caso de que Rusia ataque a Ucrania, habrá sanciones.")
        XCTAssertEqual(hypothetical.events.map(\.mode), [.hypothetical])
    }

    /// An unknown name after the personal "a" is a victim even after other complements.
    func testUnknownVictimAfterOtherComplements() {
        XCTAssertEqual(Shared.events("Guerrilleros colombianos ejecutaron por venganza a Wilson."), ["COLREB 190 COLCVL"])
    }

    /// Senses that depend on the complement.
    func testSensesByComplement() {
        XCTAssertEqual(Shared.events("Canadá demandó a Estados Unidos ante la OMC."), ["CAN 115 USA"])
        XCTAssertEqual(Shared.events("El gobierno mexicano rechazó que haya negociado con los criminales."), ["MEXGOV 016 -"])
        // "enfrentar" is no fight here: its subject undergoes the criticism named by the noun.
        XCTAssertEqual(Shared.events("El presidente mexicano enfrenta críticas de la prensa."), ["MEXMED 111 MEXGOV"])
        XCTAssertEqual(english("The Ukrainian opposition leader called for the army to join the protests.").first, "UKROPP 020 UKRMIL")
        XCTAssertEqual(english("Israel refused to work with Yasser Arafat.").first, "ISR 125 PSEELI")
        XCTAssertEqual(english("The Security Council threatened sanctions against Sudan.").first?.hasSuffix("SDN"), true)
    }

    /// Reduced passives: the actor before the participle undergoes the event.
    func testReducedPassives() {
        XCTAssertEqual(english("Police said 85 Thai demonstrators arrested during a protest died.").first, "THACOP 173 THACVL")
        XCTAssertEqual(english("Israel refused to work with Arafat.").first?.hasPrefix("ISR"), true, "active")
        XCTAssertEqual(Shared.events("Los estudiantes mexicanos detenidos por la policía fueron liberados."),
                       ["MEXCOP 173 MEXEDU", "--- 0841 MEXEDU"])
    }

    /// Nouns that name no event here: an idiom after a bare locative, a month before a year.
    func testIdiomsAndMonthsAreNoEvents() {
        XCTAssertEqual(Shared.events("El plan del gobierno mexicano lleva en marcha dos años."), [])
        XCTAssertEqual(english("Thai protesters were detained between August 1977 and March 1990.").filter { $0.contains(" 14") }, [])
        XCTAssertEqual(Shared.code("Los opositores venezolanos participaron en la marcha.").events.map(\.code), ["141"])
    }

    /// After a preposition "la" is an article: "de la última" is no verb "ultimar".
    func testArticleAfterPreposition() {
        let doc = Shared.code("El ejército colombiano informó de la última operación.")
        XCTAssertFalse(doc.verbs.contains { Shared.lexicon.vocabulary.form($0.lemma) == "ultimar" })
        XCTAssertEqual(english("The Vanuatu PM met the Chinese envoy.").first, "VUTGOV 040 CHNGOV")
    }

    /// Spanish writes stress: an accent two vowels from the end marks an adjective or a noun.
    func testEarlyStressIsNoVerb() {
        XCTAssertEqual(Shared.events("El gobierno chileno se ha vuelto muy crítico con Bolivia."), ["CHLGOV 111 BOL"])
        XCTAssertEqual(Shared.events("El gobierno chileno criticó a Bolivia."), ["CHLGOV 111 BOL"])
        let s = try? LanguageSettings(files: [DataFile(path: "s", text: "stressed-verbs\tdos\n")])
        XCTAssertNil(s, "a setting that is no number is refused")
    }

    /// Common phrases of cooperation, sanctions, deployments and agreement.
    func testPhrasesOfCooperationSanctionsAndDeployment() {
        XCTAssertEqual(Shared.events("Estados Unidos impuso aranceles a México."), ["USA 163 MEX"])
        XCTAssertEqual(Shared.events("El gobierno mexicano está de acuerdo con Canadá."), ["MEXGOV 051 CAN"])
        XCTAssertEqual(Shared.events("Canadá reforzó su cooperación con la Unión Europea."), ["CAN 061 IGOEUREEC", "IGOEUREEC 061 CAN"])
        XCTAssertEqual(english("The United States sent troops to Iraq."), ["USA 154 IRQ"])
        XCTAssertEqual(english("Americans donated money to the Red Cross."), ["USA 073 NGOIRC"])
    }

    /// Only the authorities arrest: a passive arrest that names no doer is the police of the
    /// patient's country (`doer=COP`); with no country known the doer stays unknown.
    func testPassiveArrestWithoutADoer() throws {
        XCTAssertEqual(Shared.events("Tres estudiantes colombianos fueron detenidos en Bogotá."), ["COLCOP 173 COLEDU"])
        XCTAssertEqual(english("Three students were detained."), ["--- 173 EDU"])
        let dir = try AtalayaProcess.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("es"), withIntermediateDirectories: true)
        try "173\tdetener\t-\tOBJ\tdoer=POLICE\n".write(to: dir.appendingPathComponent("es/patterns.tsv"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Lexicon.load(language: "es", extra: [dir]), "doer= takes an agent code") { error in
            XCTAssertTrue("\(error)".contains("doer="), "\(error)")
        }
    }

    /// A demand needs no named target ("exigieron aumentos salariales": then it is addressed to the
    /// government, `cameo/addressed.tsv`); unions ("gremios") are
    /// labour and reservists military.
    func testDemandsWithoutTargetAndMoreAgents() {
        XCTAssertEqual(Shared.events("Los gremios argentinos exigieron aumentos salariales."), ["ARGLAB 100 ARGGOV"])
        XCTAssertEqual(Shared.events("Los reservistas serbios bloquearon las carreteras."), ["SRBMIL 191 -"])
    }

    /// `who` patterns need an actor as object: with none there is no such event.
    func testActorObjectPatternsNeedAnActor() {
        XCTAssertEqual(Shared.events("El candidato mexicano recibió el 30% de los votos."), [])
        XCTAssertEqual(Shared.events("El presidente mexicano recibió al primer ministro de Canadá."), ["MEXGOV 043 CANGOV"])
        XCTAssertEqual(english("The Cuban government released dozens of prisoners."), ["CUBGOV 084 CUBCVL"])
        // An agent word qualifying the object's noun is no actor object ("military aid": no
        // visit hosted); a phrase that ends after it is ("held the dissidents incommunicado").
        // What one receives comes from the actor after "from".
        XCTAssertEqual(english("Colombia receives military aid from the United States."), ["USA 070 COL"])
        XCTAssertEqual(english("US aid to Colombia increased."), ["USA 070 COL"])
        // Aid named by a noun needs its recipient.
        XCTAssertEqual(english("The government expressed appreciation for China's assistance.").filter { $0.contains("070") }, [])
        XCTAssertEqual(english("Syrian police held the dissidents incommunicado."), ["SYRCOP 173 SYROPP"])
        XCTAssertEqual(Shared.events("La empresa británica defiende su inocencia ante el gobierno británico."), ["GBRBUS 016 GBRGOV"])
        XCTAssertFalse(Shared.code("El gobierno mexicano enfrenta a diario críticas.").mentions.contains { $0.code.hasSuffix("MED") })
    }

    /// "amid protests": after a preposition a verb form is a noun.
    func testNounAfterEnglishPrepositions() {
        let doc = Shared.code("The parliament voted amid protests from the opposition.", language: "en")
        XCTAssertFalse(doc.verbs.contains { Shared.english.vocabulary.form($0.lemma) == "protest" })
    }

    /// After "viajar a" an unknown name is a town, not a civilian; after a verb that takes a
    /// person it is one.
    func testUnknownNameAfterTravelIsNoVictim() {
        XCTAssertFalse(Shared.events("El presidente mexicano viajó a Zitlaltepec.").contains { $0.hasSuffix("CVL") })
        XCTAssertEqual(Shared.code("La Policía Federal detuvo a tres manifestantes mexicanos.").mentions.first?.code.hasPrefix("BRA"), false)
    }

    /// One adverb may stand between a passive's auxiliary and its participle.
    func testAdverbInsideAPassive() {
        XCTAssertEqual(Shared.events("El alcalde colombiano fue brutalmente asesinado por guerrilleros de las FARC."), ["COLREB 190 COLGOV"])
        let doc = Shared.code("Two Brazilian farmers were allegedly attacked.", language: "en")
        XCTAssertEqual(doc.verbs.map(\.passive), [true])
    }

    /// Issue 11.7: verbs out of their political sense. "se llama" names (`no-se`); "acometer
    /// reformas" and "apelar la sentencia" need the actor their sense attacks or appeals to (`who`);
    /// "suspender la reunión" suspends no one.
    func testSensesNeedTheirParties() {
        XCTAssertEqual(Shared.events("El ministro chileno no sabe cómo se llama la vacuna."), [])
        XCTAssertEqual(Shared.events("El papa Francisco llamó a los colombianos a la reconciliación."), ["VATGOV 020 COL"])
        XCTAssertEqual(Shared.events("El gobierno peruano acometerá reformas profundas."), [])
        XCTAssertEqual(Shared.events("Los guerrilleros colombianos acometieron contra el ejército."), ["COLREB 190 COLMIL"])
        XCTAssertEqual(Shared.events("El expresidente peruano apeló la sentencia del tribunal."), [])
        XCTAssertEqual(Shared.events("La oposición venezolana apeló a la ONU."), ["VENOPP 020 IGOUNO"])
        XCTAssertEqual(Shared.events("El gobierno mexicano suspendió la reunión con los sindicatos."), [])
        XCTAssertEqual(Shared.events("El Congreso peruano suspendió al fiscal general."), ["PERLEG 172 PERJUD"])
    }

    /// English "fire": at someone is shooting, a missile fired at a country an attack, a chief
    /// executive fired nothing of the kind.
    func testFiring() {
        XCTAssertEqual(english("Hamas fired rockets at Israel."), ["PSEREB 190 ISR"])
        XCTAssertEqual(english("Kenyan police fired on protesters."), ["KENCOP 193 KENCVL"])
        XCTAssertEqual(english("The company fired its chief executive."), [])
    }

    /// "brindó apoyo" offers support, "brindó por X" toasts X; "refused to comment" declines comment.
    func testToastsAndComments() {
        XCTAssertEqual(Shared.events("La Guardia Nacional venezolana brindó apoyo logístico."), [])
        XCTAssertEqual(Shared.events("El presidente ruso brindó por Corea del Norte."), ["RUSGOV 051 PRK"])
        XCTAssertEqual(english("The Thai government refused to comment."), ["THAGOV 011 -"])
        // "sumarse a" an actor endorses it; "sumar votos" adds.
        XCTAssertEqual(Shared.events("El Partido Verde de México se sumó al PRI."), ["MEXPTY 051 MEXPTY"])
        XCTAssertEqual(Shared.events("El Partido Verde de México sumó votos."), [])
    }

    /// An object may follow the complement ("calificó de inaceptable la decisión de Washington")
    /// or precede it ("acusó a Ucrania de terrorismo").
    func testObjectAfterTheComplement() {
        XCTAssertEqual(Shared.events("El primer ministro canadiense calificó de inaceptable la decisión de Estados Unidos."), ["CANGOV 111 USA"])
        XCTAssertEqual(Shared.events("El gobierno ruso acusó a Ucrania de terrorismo."), ["RUSGOV 1121 UKR"])
    }

    /// The owner of a list of things, or of a quoted thing, is the target.
    func testOwnerOfAListOrAQuotedThing() {
        XCTAssertEqual(Shared.events("La OEA criticó las dilaciones, obstrucciones y bloqueos del Gobierno mexicano."), ["IGOWSTOAS 111 MEXGOV"])
        XCTAssertEqual(Shared.code("The UN criticized the \"over-eagerness\" of the Thai police.", language: "en").events
            .map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")" }, ["IGOUNO 111 THACOP"])
    }
}
