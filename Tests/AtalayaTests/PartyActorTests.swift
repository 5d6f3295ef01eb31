import Atalaya
import XCTest

/// Political parties, news media and state bodies from actors/parties.tsv, outlets.tsv and
/// agencies.tsv, and how they take part in events.
final class PartyActorTests: XCTestCase {
    /// Each actor named, a group's members one by one.
    func mentions(_ text: String) -> [String] {
        let doc = Shared.code(text)
        return doc.mentions.flatMap { $0.actors.map { "\(doc.string(tokens: $0.tokens))=\($0.code)" } }
    }

    func english(_ text: String) -> [String] {
        Shared.code(text, language: "en").events.map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")" }
    }

    func testTwoPartiesOfOneCountryAreTwoActors() {
        XCTAssertEqual(Shared.events("El PRI criticó al PAN."), ["MEXPTY 111 MEXPTY"])
        XCTAssertEqual(Shared.events("Podemos acusó al PSOE de traicionar a sus votantes."), ["ESPPTY 112 ESPPTY"])
        XCTAssertEqual(Shared.events("Los republicanos criticaron a los demócratas."), ["USAPTY 111 USAPTY"])
        XCTAssertEqual(english("Republicans criticized Democrats."), ["USAPTY 111 USAPTY"])
    }

    func testAPartyIsNotItsOwnTarget() {
        XCTAssertEqual(Shared.events("El PRI criticó al PRI."), [])
    }

    func testPartiesOfManyCountries() {
        XCTAssertEqual(mentions("El Partido Liberal Democrático y el MAS hablaron con Rusia Unida."),
                       ["Partido Liberal Democrático=JPNPTY", "MAS=BOLPTY", "Rusia Unida=RUSPTY"])
        XCTAssertEqual(Shared.events("El Partido Popular acusó al Gobierno de España de mentir."), ["ESPPTY 112 ESPGOV"])
    }

    func testAcronymsNeedCapitals() {
        XCTAssertEqual(mentions("Compramos pan y más leche."), [])
        XCTAssertEqual(mentions("El PAN y el MAS protestaron."), ["PAN=MEXPTY", "MAS=BOLPTY"])
    }

    func testMediaOutletsAndAgencies() {
        XCTAssertEqual(Shared.events("Morena acusó a Televisa de manipular la encuesta."), ["MEXPTY 112 MEXMED"])
        XCTAssertEqual(Shared.events("El Mundo criticó a El País."), ["ESPMED 111 ESPMED"])
        XCTAssertEqual(mentions("Según Reuters y la agencia EFE, la PGR y la Audiencia Nacional investigan."),
                       ["Reuters=GBRMED", "EFE=ESPMED", "PGR=MEXJUD", "Audiencia Nacional=ESPJUD"])
    }

    func testOrganisationGaps() {
        XCTAssertEqual(mentions("Cambridge Analytica contactó con WikiLeaks."), ["Cambridge Analytica=GBRBUS", "WikiLeaks=NGO"])
        XCTAssertEqual(mentions("El GIEI criticó a la Comisión Europea."), ["GIEI=IGOWSTOAS", "Comisión Europea=IGOEUREEC"])
    }

    /// An unknown capitalised name after the object marker is someone of the story's country,
    /// more often an organisation or a person than civilians.
    /// An unknown name after the personal "a" is a civilian (as the AFP gold codes victims); an
    /// unknown acronym there is an organisation of the story's country.
    func testUnknownNameAfterObjectMarker() {
        XCTAssertEqual(Shared.events("La policía de Colombia detuvo a Quiñonero."), ["COLCOP 173 COLCVL"])
        XCTAssertEqual(Shared.events("La policía de Colombia detuvo al PZQ."), ["COLCOP 173 COL"])
    }

    func testNewDictionaryFilesPassTheLinter() {
        let problems = DictionaryLinter(lexicon: Shared.lexicon).check()
        XCTAssertEqual(problems, [])
        let files = Set(Shared.lexicon.actors.entries.map { URL(fileURLWithPath: String($0.line.split(separator: ":")[0])).lastPathComponent })
        XCTAssertTrue(files.isSuperset(of: ["parties.tsv", "outlets.tsv", "agencies.tsv"]), "\(files)")
    }
}
