import Atalaya
import XCTest

final class ActorRecognizerTests: XCTestCase {
    func mentions(_ text: String, date: Day = Shared.day) -> [String] { Shared.mentions(text, date: date) }

    func testAgentsComposeWithCountries() {
        XCTAssertEqual(mentions("El presidente ruso llegó."), ["presidente ruso=RUSGOV"])
        XCTAssertEqual(mentions("El ejército de Colombia atacó."), ["ejército de Colombia=COLMIL"])
        XCTAssertEqual(mentions("El portavoz del Kremlin habló."), ["portavoz del Kremlin=RUSGOV"])
        XCTAssertEqual(mentions("La embajadora de Estados Unidos ante la ONU habló."),
                       ["embajadora de Estados Unidos=USAGOV", "ONU=IGOUNO"])
        // An agent of a national body is coded as the body; a regional minister is government.
        XCTAssertEqual(mentions("El ministro de Cabo Verde y el consejero del Gobierno español firmaron."),
                       ["ministro de Cabo Verde y el consejero del Gobierno español=CPVGOV+ESPGOV"])
        XCTAssertEqual(mentions("La portavoz del ejército colombiano habló."), ["portavoz del ejército colombiano=COLMIL"])
    }

    func testBareAgentTakesTheStorysCountry() {
        let m = mentions("Venezuela vive una crisis. Caracas acusó a Colombia. En Venezuela, la policía detuvo a dos manifestantes.")
        XCTAssertTrue(m.contains("policía=VENCOP"), "\(m)")
        XCTAssertTrue(m.contains("manifestantes=VENCVL"), "\(m)")
        // With no country named, towns tell the story's country, but an article opening the
        // sentence is no town ("Un" is also a town in India).
        XCTAssertEqual(mentions("Un juez emitió una orden."), ["juez=JUD"])
        XCTAssertEqual(mentions("Un juez de Popayán emitió una orden."), ["juez=COLJUD"])
    }

    func testPeopleWithDatedRoles() {
        XCTAssertEqual(mentions("Vladimir Putin habló."), ["Vladimir Putin=RUSGOV"])
        // Before his first office Putin is no government actor, nor a former one (issue 10).
        XCTAssertEqual(mentions("Vladimir Putin habló.", date: Day(parsing: "1995-01-01")!), ["Vladimir Putin=RUS"])
        // Thomas-Greenfield left office in January 2025.
        XCTAssertEqual(mentions("Linda Thomas-Greenfield habló.", date: Day(parsing: "2025-06-01")!), ["Linda Thomas-Greenfield=USAELI"])
    }

    func testSeatsCapitalsAndVariants() {
        XCTAssertEqual(mentions("Moscú y la Casa Blanca discrepan; el Pentágono calla y EE.UU. espera."),
                       ["Moscú y la Casa Blanca=RUSGOV+USAGOV", "Pentágono=USAMIL", "EE.UU.=USA"])
        // An agent word after an agent noun says which ("el líder opositor"); a participle does not.
        XCTAssertEqual(mentions("El líder opositor venezolano y el portavoz militar ruso hablaron."),
                       ["líder opositor venezolano y el portavoz militar ruso=VENOPP+RUSMIL"])
        XCTAssertEqual(mentions("Los periodistas detenidos en Cuba fueron liberados."), ["periodistas=CUBMED", "Cuba=CUB"])
        // An organisation before an agent noun: its people are coded as it is ("a UN official").
        let en = Shared.code("A NATO spokesman and a UN official spoke in Kabul.", language: "en")
        XCTAssertEqual(en.mentions.map(\.code), ["IGOWSTNAT+IGOUNO", "AFGGOV"])
        // A name of one language only (`<lang>/actors/`): Spanish "EU" is the United States, English
        // "EU" the European Union.
        XCTAssertEqual(mentions("Es un terrible trato para EU, dijo la UE."), ["EU=USA", "UE=IGOEUREEC"])
        XCTAssertEqual(Shared.code("The EU criticised Russia.", language: "en").mentions.map(\.code), ["IGOEUREEC", "RUS"])
        // The Pope, named by the office alone, is the Holy See's head.
        XCTAssertEqual(Shared.events("El Papa pidió a Rusia poner fin a la guerra."), ["VATGOV 020 RUS"])
        XCTAssertEqual(Shared.englishEvents("The Pope urged Russia to end the war."), ["VATGOV 020 RUS"])
        // Advisers are government: "Iraq's national security adviser".
        XCTAssertEqual(Shared.englishEvents("Iraq's national security adviser met the Syrian president in Damascus."),
                       ["IRQGOV 040 SYRGOV", "SYRGOV 040 IRQGOV"])
        XCTAssertEqual(Shared.events("El asesor de seguridad nacional de Estados Unidos se reunió con el canciller turco."),
                       ["USAGOV 040 TURGOV", "TURGOV 040 USAGOV"])
        // The Republic of China is Taiwan; the People's Republic, China.
        XCTAssertEqual(Shared.events("La República Popular China criticó a la República de China."), ["CHN 111 TWN"])
        XCTAssertEqual(Shared.englishEvents("The People's Republic of China criticized the Republic of China."), ["CHN 111 TWN"])
    }

    func testAppositionCoordinationAndAliases() {
        let doc = Shared.code("El líder norcoreano, Kim Jong-un, y el presidente ruso, Vladimir Putin, se reunieron. Kim regresó.")
        XCTAssertEqual(doc.mentions.count, 2)
        XCTAssertEqual(doc.mentions[0].kind, .group)
        XCTAssertEqual(doc.mentions[0].actors.map(\.code), ["PRKGOV", "RUSGOV"])
        XCTAssertEqual(doc.string(tokens: doc.mentions[1].tokens), "Kim")
        XCTAssertEqual(doc.mentions[1].code, "PRKGOV")
    }

    func testReferencesAndModifiers() {
        let doc = Shared.code("Kim Jong-un y Putin llegaron. Ambos líderes cenaron. Habló de armas norcoreanas.")
        // The subject resolver says what the reference stands for: the last pair of leaders.
        let reference = doc.mentions.firstIndex { $0.kind == .reference }
        XCTAssertEqual(reference.map { doc.actors(ofMention: $0).map(\.code) }, ["PRKGOV", "RUSGOV"])
        XCTAssertEqual(doc.mentions.last?.kind, .modifier)
        XCTAssertEqual(doc.mentions.last?.code, "PRK")
        // "asuntos militares" is an adjective, not the military.
        XCTAssertEqual(mentions("Discutieron asuntos militares."), [])
    }

    // Issue 8.13: a surname alone finds the person its date makes likely, on a first try.
    func testSurnameAloneOnItsDate() {
        let april2019 = Day(parsing: "2019-04-25")!
        XCTAssertEqual(mentions("Kim se reunió con Putin.", date: april2019), ["Putin=RUSGOV"],
                       "a name's first word alone needs its country in the story (issue 10)")
        XCTAssertEqual(mentions("Kim llegó desde Corea del Norte y se reunió con Putin.", date: april2019),
                       ["Kim=PRKGOV", "Corea del Norte=PRK", "Putin=RUSGOV"])
        XCTAssertEqual(Shared.events("Kim se reunió con Putin en Rusia tras salir de Corea del Norte.", date: april2019),
                       ["PRKGOV 040 RUSGOV", "RUSGOV 040 PRKGOV"])
        // In 1995 "Kim" was a North and a South Korean leader: no reading is likely, none is taken…
        XCTAssertEqual(mentions("Kim habló.", date: Day(parsing: "1995-06-01")!), [])
        // …unless the story has named one of the countries.
        XCTAssertEqual(mentions("Seúl espera. Kim habló.", date: Day(parsing: "1995-06-01")!), ["Seúl=KORGOV", "Kim=KORGOV"])
        // A surname beside another capitalised word is part of someone else's name.
        XCTAssertEqual(mentions("Andrés Kim habló.", date: april2019), [])
        // A first name the list gives alone ("Lula", "Thaksin") names its holder in office, as a surname does.
        XCTAssertEqual(mentions("Lula visitó Chile.", date: Day(parsing: "2008-12-01")!), ["Lula=BRAGOV", "Chile=CHL"])
        XCTAssertEqual(Shared.mentions("Thaksin met the king.", date: Day(parsing: "2005-06-01")!, language: "en"),
                       ["Thaksin=THAGOV", "king=THAGOV"])
    }

    /// A local office ("alcalde", "mayor") of a town named after "de"/"of" is that town's country's,
    /// past a few words ("la ciudad cisjordana de", "the northern West Bank city of").
    func testLocalOfficeOfATown() {
        XCTAssertEqual(mentions("Israel liberó al alcalde de la ciudad cisjordana de Nablus."), ["Israel=ISR", "alcalde=PSEGOV"])
        XCTAssertEqual(Shared.englishEvents("Israel released the mayor of the northern West Bank city of Nablus."), ["ISR 084 PSEGOV"])
        // Not a national office: "el ministro de la ciudad de …" keeps the story's country.
        XCTAssertEqual(mentions("Israel criticó al ministro de la ciudad de Nablus."), ["Israel=ISR", "ministro=ISRGOV"])
    }

    /// An agent alone keeps the country it was last named with in the story ("el ejército
    /// estadounidense … los soldados": American soldiers, even in Baghdad).
    func testAgentAloneKeepsTheCountryItWasNamedWith() {
        XCTAssertEqual(Shared.events("El ejército estadounidense entró en Irak. En Bagdad, los soldados detuvieron a dos periodistas."),
                       ["USAMIL 173 IRQMED"])
    }

    /// An agent word after a noun is an adjective, also after a noun that could be read as a verb
    /// but follows an article ("la cita diplomática": "cita" is no "citar" there).
    func testAgentWordAfterANounIsAnAdjective() {
        XCTAssertEqual(mentions("El presidente peruano asistirá a la cita diplomática."), ["presidente peruano=PERGOV"])
        XCTAssertEqual(mentions("El presidente peruano discutió asuntos militares."), ["presidente peruano=PERGOV"])
    }
}
