import Atalaya
import XCTest

/// English noun phrases put modifiers before the head: "the new envoy" is an envoy, "military
/// support" no soldier. Where an agent comes from names its country, and a person introduced
/// with a title and a role keeps the role's code when the story names them again.
final class EnglishActorTests: XCTestCase {
    let coder = Coder(lexicon: Shared.english)

    func mentions(_ text: String) -> [String] {
        let doc = coder.code(id: "t", date: Shared.day, text: text)
        return doc.mentions.map { "\(doc.string(tokens: $0.tokens))=\($0.code)" }
    }

    /// An agent after an adjective heads its phrase; before a noun it only qualifies it; after
    /// an agent it says which.
    func testAgentAfterAModifier() {
        XCTAssertEqual(Shared.englishEvents("The new envoy criticised the press."), ["GOV 111 MED"])
        XCTAssertEqual(mentions("The newly installed minister met the press."), ["minister=GOV", "press=MED"])
        XCTAssertEqual(mentions("Egypt offered further military support to Lebanon."), ["Egypt=EGY", "Lebanon=LBN"])
        XCTAssertEqual(mentions("Local police officers arrested two men."), ["police officers=COP", "men=CVL"])
        // A plain word or two between a demonym and its agent: "Palestinian security officials".
        XCTAssertEqual(mentions("Palestinian security officials met the Russian foreign ministry spokeswoman."),
                       ["Palestinian security officials=PSEGOV", "Russian foreign ministry spokeswoman=RUSGOV"])
        // A demonym after an adjective names people ("individual Americans"); before a noun it
        // qualifies it; a verb never joins an agent to a demonym ("Police seized Iranian …").
        XCTAssertEqual(Shared.englishEvents("Individual Americans have been directly contributing money to aid organizations."),
                       ["USA 073 NGO"])
        XCTAssertEqual(mentions("Police seized Iranian weapons in Basra."), ["Police=IRNCOP", "Iranian=IRN"])
    }

    /// Countries listed before a demonym and one agent noun are each that agent of their own
    /// country; a country with its own article before the list's agent stays a country.
    func testListSharesTheAgent() {
        XCTAssertEqual(Shared.englishEvents("Peruvian and Bolivian soldiers attacked the rebels."),
                       ["PERMIL 190 PERREB", "BOLMIL 190 PERREB"])
        XCTAssertEqual(mentions("Spanish, Italian and Greek ministers met on Friday."),
                       ["Spanish, Italian and Greek ministers=ESPGOV+ITAGOV+GRCGOV"])
        XCTAssertEqual(mentions("Canada and the Mexican navy held joint exercises."), ["Canada and the Mexican navy=CAN+MEXMIL"])
    }

    /// "from" and a country after an agent give the agent that country; the verb after such a
    /// phrase is the subject's, not a passive ("the minister from Beijing complained").
    func testAgentFromACountry() {
        XCTAssertEqual(Shared.englishEvents("The US president met exiled dissidents from Myanmar."),
                       ["USAGOV 040 MMROPP", "MMROPP 040 USAGOV"])
        XCTAssertEqual(Shared.englishEvents("The minister from Beijing complained about the Japanese press."), ["CHNGOV 111 JPNMED"])
        let doc = coder.code(id: "t", date: Shared.day, text: "The envoy from Beijing complained to the press.")
        XCTAssertEqual(doc.verbs.first?.passive, false)
    }

    /// "Mr. Bao, the newly-installed Chinese envoy,": the role may have modifiers, and the name
    /// is found again after a capitalised word that opens a sentence ("Later Mr. Bao …").
    func testTitledNameIntroducedByARole() {
        let text = "Mr. Bao, the newly-installed Chinese envoy, complained to the press. Later Mr. Bao criticised the Japanese government."
        XCTAssertEqual(mentions(text), ["Mr. Bao, the newly-installed Chinese envoy=CHNGOV", "press=CHNMED", "Mr. Bao=CHNGOV",
                                        "Japanese government=JPNGOV"])
        XCTAssertEqual(Shared.englishEvents(text), ["CHNGOV 111 CHNMED", "CHNGOV 111 JPNGOV"])
    }

    /// A title after a comma stands in apposition to the actor before it; a nickname in quotes
    /// stays inside the name; a title's name may end before a preposition ("Captain Victor
    /// Artiga in order to …").
    func testTitlesNicknamesAndAppositions() {
        let text = "The US veteran, Sergeant Frank \"Greg\" Ford, criticised the Iraqi police. Later Ford accused the Iraqi army."
        XCTAssertEqual(Shared.englishEvents(text), ["USAMIL 111 IRQCOP", "USAMIL 112 IRQMIL"])
        XCTAssertEqual(mentions("He went to Captain Victor Artiga in order to file a complaint. Artiga criticised the press.").first,
                       "Captain Victor Artiga=MIL")
        XCTAssertEqual(Shared.englishEvents("He went to Captain Victor Artiga in order to file a complaint. Artiga criticised the press."),
                       ["MIL 111 MED"])
    }

    /// A name no dictionary knows right before the verb is its subject: a verb of saying takes no
    /// speaker from after it ("DeBatto reported that China …" is not China's report).
    func testUnknownNameAsSubject() {
        let doc = coder.code(id: "t", date: Shared.day, text: "Putin met DeBatto in Moscow. DeBatto reported that China was not the only problem.")
        XCTAssertEqual(doc.clauses[1].subject.map(\.code), [])
        XCTAssertEqual(Shared.englishEvents("Putin met DeBatto in Moscow. DeBatto reported that China was not the only problem."), [])
    }

    /// A verb that takes a person, right before a full name no dictionary knows, acts on a civilian
    /// of the story's country (as the personal "a" does in Spanish); one capitalised word alone may
    /// be a town, and an acronym an organisation.
    func testUnknownFullNameAsTheVictim() {
        XCTAssertEqual(Shared.englishEvents("Brazilian police arrested Paulo Brizola Nunes on Monday."), ["BRACOP 173 BRACVL"])
        XCTAssertEqual(Shared.englishEvents("Brazilian police arrested Nunes on Monday."), [])
        XCTAssertEqual(Shared.englishEvents("Two Brazilian farm workers were attacked by members of the MST."), ["BRA 190 BRALAB"])
        XCTAssertEqual(Shared.englishEvents("Brazilian police arrested the MST leadership."), ["BRACOP 173 BRA"])
        // In a story of no known country such an acronym is no one we can code: the doer is
        // unknown (it was an actor with an empty code, and an event from nobody).
        XCTAssertEqual(Shared.englishEvents("Two farmers were attacked by XYZ militants."), ["--- 190 AGR"])
        XCTAssertEqual(Shared.englishEvents("Nunes and another employee were attacked by XYZ members."), [])
    }

    /// "Dr Wangari Maathai from Kenya": a name no dictionary knows, "from" and a country introduce a
    /// civilian of that country, found again by the surname.
    func testNameFromACountry() {
        let text = "The Nobel Prize was awarded to Dr Wangari Maathai from Kenya. Dr Maathai criticized the government."
        XCTAssertEqual(mentions(text), ["Dr Wangari Maathai from Kenya=KENCVL", "Maathai=KENCVL", "government=KENGOV"])
        // The prize awarded to her, by no one named (a passive noun pattern), and her criticism.
        XCTAssertEqual(Shared.englishEvents(text), ["--- 051 KENCVL", "KENCVL 111 KENGOV"])
    }

    /// "the Khartoum-based government": a place, a hyphen and "based" (class `place-suffix`) make a
    /// demonym of the place's country; "based" alone is a plain word.
    func testPlaceBasedIsADemonym() {
        XCTAssertEqual(Shared.englishEvents("The talks were about the fights between the rebels and the Khartoum-based government."),
                       ["SDNREB 190 SDNGOV", "SDNGOV 190 SDNREB"])
        XCTAssertEqual(mentions("A London-based rights group criticized the Sudanese army."),
                       ["London-based rights group=GBRNGO", "Sudanese army=SDNMIL"])
        XCTAssertEqual(mentions("The decision was based on the report of the Sudanese army."), ["Sudanese army=SDNMIL"])
    }

    /// People who give to a cause are civilians: "Chilean donors" give aid as Chileans.
    func testDonorsAreCivilians() {
        XCTAssertEqual(Shared.englishEvents("Thousands of Chilean donors have donated money to the Red Cross."), ["CHLCVL 073 NGOIRC"])
    }

    /// Election observers and international monitors are sent by intergovernmental bodies (IGO, as
    /// in Phoenix's agents); the government they judge is the target, not the speaker.
    func testElectionObserversAreIntergovernmental() {
        XCTAssertEqual(Shared.englishEvents("International observers criticized the Kenyan government."), ["IGO 111 KENGOV"])
        XCTAssertEqual(Shared.englishEvents("Election monitors expressed concern about the vote in Ukraine."), ["IGO 012 UKR"])
    }
}
