import Atalaya
import Foundation
import XCTest

/// Issue 11.1: events reported as nouns, with the noun's arguments as the parties.
final class NominalEventTests: XCTestCase {
    func english(_ text: String) -> [String] { Shared.englishEvents(text) }

    /// `target=genitive`: the genitive undergoes it; the doer is the agent after "por", else the
    /// pattern's doer (the police of the patient's country), else unknown.
    func testGenitiveUndergoesTheEvent() {
        XCTAssertEqual(Shared.events("La detención de Leopoldo López por la policía venezolana provocó críticas."),
                       ["VENCOP 173 VENOPP"])
        XCTAssertEqual(Shared.events("La detención de los estudiantes mexicanos causó indignación."), ["MEXCOP 173 MEXEDU"])
        XCTAssertEqual(Shared.events("El secuestro de tres periodistas colombianos conmocionó a la opinión pública."), ["--- 181 COLMED"])
        // A participle may stand between the patient and its agent.
        XCTAssertEqual(Shared.events("Recordó la invasión de Irak liderada por Estados Unidos."), ["USA 192 IRQ"])
        XCTAssertEqual(english("The arrest of Navalny by Russian police drew condemnation."), ["RUSCOP 173 RUSOPP"])
        // A genitive that names no actor is no party: "la liberación del mercado" frees nobody.
        XCTAssertEqual(Shared.events("La liberación del mercado eléctrico preocupa a los consumidores."), [])
    }

    /// After a possessive determiner the noun's owner is the subject of its clause: the verb whose
    /// object it is, else the sentence's verb nearest to it.
    func testPossessiveOwnerIsTheClauseSubject() {
        XCTAssertEqual(Shared.events("El primer ministro de Vanuatu defendió su visita secreta a Taiwán."),
                       ["VUTGOV 052 TWN", "VUTGOV 042 TWN"])
        XCTAssertEqual(english("During his visit to Moscow, the Chinese president met Putin."),
                       ["CHNGOV 042 RUSGOV", "RUSGOV 040 CHNGOV"])
        // No clause subject, no owner.
        XCTAssertEqual(Shared.events("Su visita a Taiwán."), [])
        // A sentence that opens with the possessive: the owner is the last subject named before.
        XCTAssertEqual(Shared.events("El primer ministro de Vanuatu regresó a su país. Su visita secreta a Taiwán enfureció a China."),
                       ["VUTGOV 042 TWN"])
        XCTAssertEqual(english("Vanuatu's prime minister returned home. His visit to Taiwan angered China."), ["VUTGOV 042 TWN"])
        // Not past a name or a verb of its own sentence: "Mr. Vohor … after his visit" is Vohor's.
        XCTAssertEqual(english("The lawmakers met in Port Vila. Mr. Vohor has been in office for four months, after his visit to Taiwan."),
                       [])
    }

    /// "entre A y B": both parties, both ways for a mutual noun; clashes of civilians with the
    /// police are violent protest (145), of armed actors fighting (190).
    func testPairAfterEntre() {
        XCTAssertEqual(Shared.events("La reunión entre Putin y Xi Jinping duró cuatro horas."), ["RUSGOV 040 CHNGOV", "CHNGOV 040 RUSGOV"])
        XCTAssertEqual(Shared.events("Hubo enfrentamientos entre manifestantes y policías en Caracas."),
                       ["VENCVL 145 VENCOP", "VENCOP 145 VENCVL"])
        XCTAssertEqual(english("Clashes between the Indian army and Chinese troops left 20 dead."), ["INDMIL 190 CHNMIL", "CHNMIL 190 INDMIL"])
    }

    /// A support verb's subject does what its object noun names.
    func testSupportVerbSubject() {
        XCTAssertEqual(Shared.events("La Fiscalía de Perú abrió una investigación contra el alcalde de Lima."), ["PERJUD 090 PERGOV"])
        XCTAssertEqual(english("Canada filed a lawsuit against the United States."), ["CAN 115 USA"])
        // A verb that is no support verb does not make its subject the doer: "condenó los ataques".
        XCTAssertEqual(Shared.events("El gobierno de Chile lamentó la investigación contra el alcalde de Lima."), ["CHLGOV 012 -"])
    }

    /// The agent named after the noun with "por parte de"; the pair after a complement.
    func testAgentAndPairAfterTheNoun() {
        XCTAssertEqual(Shared.events("Las investigaciones por parte del Congreso de Estados Unidos avanzan."), ["USALEG 090 -"])
        XCTAssertEqual(Shared.events("La imposición de aranceles a México por parte de Estados Unidos preocupa."), ["USA 163 MEX"])
        XCTAssertEqual(Shared.events("La firma del acuerdo entre Perú y Chile fue aplazada."), ["PER 057 CHL", "CHL 057 PER"])
        XCTAssertEqual(Shared.events("El diálogo entre el gobierno venezolano y la oposición se reanudó."),
                       ["VENGOV 046 VENOPP", "VENOPP 046 VENGOV"])
        // A bare "por" says why as often as who: "las protestas por el alza de precios"; before a
        // country only "por parte de" names the doer.
        XCTAssertEqual(Shared.events("Las investigaciones por el fraude en Perú avanzan."), [])
        XCTAssertEqual(Shared.events("Los ataques contra la comisaría por Cuba fueron condenados."), [])
        // After a bare locative the agent is the verb's ("fue dado de baja … por tropas"): "en combate" names no attack of its own.
        XCTAssertEqual(Shared.events("Un campesino fue dado de baja en combate por tropas del ejército colombiano."), [])
        XCTAssertEqual(english("The attack on the convoy by Taliban fighters killed five soldiers."), ["AFGREB 190 AFGMIL"])
    }

    /// A noun with no verb of its own takes the future of its clause: a visit to come is the
    /// intent to visit (036), a past one a visit.
    func testModeOfTheNounsClause() {
        XCTAssertEqual(Shared.events("La visita de Putin a Pekín será en mayo."), ["RUSGOV 036 CHNGOV"])
        XCTAssertEqual(Shared.events("La visita de Putin a Pekín fue en mayo."), ["RUSGOV 042 CHNGOV"])
        // A purpose is not the future: "para protestar" still names the protest called for.
        let march = Shared.code("Los maestros mexicanos viajaron a la capital para una marcha contra el gobierno.").events.filter { $0.code == "141" }
        XCTAssertEqual(march.map { "\($0.source.code) \($0.target?.code ?? "-") \($0.mode?.rawValue ?? "asserted")" }, ["MEXCVL MEXGOV asserted"])
    }

    /// Going to trial: the subject undergoes it, the country's judiciary does it.
    func testGoingToTrial() {
        XCTAssertEqual(Shared.events("La expresidenta argentina irá a juicio oral."), ["ARGJUD 173 ARGELI"])
    }

    /// The possessor of an English noun is its source ("Putin's visit"), or its patient.
    func testEnglishPossessor() {
        XCTAssertEqual(english("Putin's visit to Pyongyang was a success."), ["RUSGOV 042 PRKGOV"])
        XCTAssertEqual(english("The Army's Criminal Investigation Division moved to a new office."), [])
    }

    /// The genitive source and the pattern's target marker, as before: "las críticas de X a Y".
    func testGenitiveSource() {
        XCTAssertEqual(Shared.events("Las críticas de la oposición venezolana al presidente Maduro se multiplicaron."),
                       ["VENOPP 111 VENGOV"])
    }

    /// A nationality right after the noun, or a country or nationality just before it, is the
    /// source; a verb between is not skipped ("Irán rechazó sanciones" names no sanctioner).
    func testNationalityBesideTheNoun() {
        XCTAssertEqual(Shared.events("Las sanciones estadounidenses contra Irán entraron en vigor."), ["USA 163 IRN"])
        XCTAssertEqual(Shared.events("Los bombardeos israelíes contra Gaza dejaron diez muertos."), ["ISR 195 PSE"])
        XCTAssertEqual(english("US sanctions on Iran took effect on Monday."), ["USA 163 IRN"])
        XCTAssertFalse(Shared.events("Irán rechazó sanciones contra Siria.").contains { $0.hasPrefix("IRN 163") })
    }

    /// A victim's verb or a passive with no doer, and an attack named by a noun: the attack's doer
    /// did it ("killed in an Israeli air strike"), and the attack is that same event, not another
    /// one without a target.
    func testVictimsOfANamedAttack() {
        XCTAssertEqual(english("Four Palestinian children were killed in an Israeli raid in Gaza."), ["ISR 190 PSECVL"])
        XCTAssertEqual(Shared.events("Cinco civiles murieron en un bombardeo israelí en Gaza."), ["ISR 190 PSECVL"])
        XCTAssertEqual(Shared.events("Tres soldados colombianos murieron en un ataque de las FARC."), ["COLREB 190 COLMIL"])
        XCTAssertEqual(english("Three Afghan soldiers were killed in a Taliban attack."), ["AFGREB 190 AFGMIL"])
        // An attack whose doer is not named leaves the doer unknown.
        XCTAssertEqual(Shared.events("Cinco civiles murieron en un bombardeo en Gaza."), ["--- 190 PSECVL"])
    }

    /// A pair after "between" may place its first party: "the fights between the rebels in the
    /// south and the government".
    func testPairWithAPlacePhrase() {
        XCTAssertEqual(english("Sudan worries about the fights between the rebels in the south and the Sudanese government."),
                       ["SDNREB 190 SDNGOV", "SDNGOV 190 SDNREB"])
        XCTAssertEqual(Shared.events("Continúan los combates entre los rebeldes en el sur y el ejército colombiano."),
                       ["COLREB 190 COLMIL", "COLMIL 190 COLREB"])
    }

    /// "strikes on" a country are military (195), a strike by workers is labour (143); the one who
    /// orders or carries out a noun's event does it ("ordered strikes on Syria").
    func testStrikesOnAreMilitaryAndTheOrdererDoesThem() {
        XCTAssertEqual(Shared.englishEvents("Trump ordered strikes on Syria.", date: Day(parsing: "2019-05-01")!), ["USAGOV 195 SYR"])
        XCTAssertEqual(english("Workers went on strike."), ["LAB 143 -"])
    }
}
