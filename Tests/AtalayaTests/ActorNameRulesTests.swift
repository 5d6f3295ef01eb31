import Atalaya
import XCTest

/// Issue 10, "actors that are not there": how a name must be written and placed to name an actor.
final class ActorNameRulesTests: XCTestCase {
    func mentions(_ text: String, date: Day = Shared.day) -> [String] { Shared.mentions(text, date: date) }

    func testAcronymsMatchOnlyInCapitals() {
        XCTAssertEqual(mentions("Un portavoz de la ONU habló."), ["portavoz de la ONU=IGOUNO"])
        XCTAssertFalse(mentions("Un grupo de soldados llegó.").contains { $0.hasPrefix("Un=") })
        XCTAssertFalse(mentions("Una delegación llegó.").contains { $0.contains("IGOUNO") })
        XCTAssertEqual(Shared.code("The UN condemned the attack.", language: "en").mentions.map(\.code), ["IGOUNO"])
        XCTAssertTrue(Shared.code("Us and them.", language: "en").mentions.isEmpty)
    }

    func testWordsInsideLongerNamesAreNotActors() {
        // A capitalised demonym after a name word is a surname.
        XCTAssertFalse(mentions("El senador Félix Salgado Macedonio habló.").contains { $0.contains("MKD") })
        // A short entry at the end of a name nobody knows is someone else.
        XCTAssertFalse(mentions("El diplomático peruano Allan Wagner habló.").contains { $0.contains("RUSUAF") })
        XCTAssertTrue(mentions("El Grupo Wagner atacó.").contains("Grupo Wagner=RUSUAF"))
        // An acronym is no given name: "UC ELN" is still the ELN (the lists' first names, like
        // "Allan", are unknown words for this rule, acronyms are not).
        XCTAssertTrue(mentions("Guerrilleros de la UC ELN bloquearon la vía.").contains("ELN=COLREB"))
        XCTAssertFalse(mentions("El jeque Khalifa bin Salman habló.").contains { $0.contains("SAU") })
        // A country after an article and a common noun names a thing.
        XCTAssertFalse(mentions("El túnel Holland fue cerrado.").contains { $0.contains("NLD") })
        XCTAssertTrue(mentions("El gobierno viajó a Holanda.").contains("Holanda=NLD"))
    }

    func testStatedRoleBeatsTheDictionary() {
        // Carlos Alvarado is also the name of a Costa Rican president (2018–2022).
        let m = mentions("El ministro de Salud venezolano, Carlos Alvarado, criticó a Colombia.", date: Day(parsing: "2020-05-01")!)
        XCTAssertEqual(m.first, "ministro de Salud venezolano, Carlos Alvarado=VENGOV")
    }

    func testSurnameAloneNeedsItsCountryOrOffice() {
        // Joseph Estrada left office in 2001: in 2020 "Estrada" is someone else.
        XCTAssertEqual(mentions("Estrada condenó el ataque.", date: Day(parsing: "2020-05-01")!), [])
        // A one-word name of a former president counts when the story names the country.
        let lula = mentions("Lula habló en Brasil.", date: Day(parsing: "2018-04-01")!)
        XCTAssertEqual(lula.first, "Lula=BRAELI")
        XCTAssertEqual(mentions("Lula habló.", date: Day(parsing: "2018-04-01")!), [])
        // A head of government in office needs no introduction by surname; a given name does.
        XCTAssertEqual(mentions("Putin habló.", date: Day(parsing: "2023-09-13")!), ["Putin=RUSGOV"])
        XCTAssertEqual(mentions("Los paramilitares ejecutaron a Antonio.", date: Day(parsing: "2018-12-20")!).filter { $0.contains("PRT") }, [])
    }

    func testSpellingVariantsOfCountries() {
        XCTAssertEqual(mentions("El primer ministro de Bahréin habló."), ["primer ministro de Bahréin=BHRGOV"])
        XCTAssertEqual(mentions("El gobierno qatarí habló."), ["gobierno qatarí=QATGOV"])
    }

    /// A one-word name that is also a common word names nobody at the start of a sentence.
    func testCommonWordNamesAtTheStartOfASentence() {
        XCTAssertFalse(mentions("Ciudadanos salieron a las calles de Madrid.").contains { $0.contains("PTY") })
        XCTAssertFalse(mentions("Podemos decir que fue un éxito.").contains { $0.contains("PTY") })
        XCTAssertTrue(mentions("El líder de Podemos habló.").contains { $0.contains("ESPPTY") })
    }

    /// An agent alone takes the country of its sentence's place, then the story's; a region is
    /// never the story's country.
    func testCountryOfUnnamedActors() {
        let m = mentions("El gobierno de Francia protestó. En Barcelona, la policía detuvo a dos hombres.")
        XCTAssertTrue(m.contains("policía=ESPCOP"), "\(m)")
        let story = Shared.code("Dos niños fueron baleados en la colonia Caribe Bajo de Cabo San Lucas, dijo la policía.")
        XCTAssertEqual(story.country, "MEX")
    }
}
