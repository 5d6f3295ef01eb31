import Atalaya
import XCTest

final class DateAndPlaceTests: XCTestCase {
    func dates(_ text: String) -> [String] {
        let doc = Shared.code(text)  // dated Wednesday 2023-09-13
        return doc.dates.map { "\(doc.string(tokens: $0.tokens))=\($0.day)/\($0.precision.rawValue)" }
    }

    func testRelativeAndAbsoluteDates() {
        XCTAssertEqual(dates("Ayer llovió."), ["Ayer=2023-09-12/day"])
        XCTAssertEqual(dates("Llegó el martes."), ["el martes=2023-09-12/day"])
        XCTAssertEqual(dates("Llegó el domingo."), ["el domingo=2023-09-10/day"])
        XCTAssertEqual(dates("Se firmó el 13 de septiembre de 2021."), ["13 de septiembre de 2021=2021-09-13/day"])
        XCTAssertEqual(dates("Se firmó el 2 de septiembre."), ["2 de septiembre=2023-09-02/day"])
        XCTAssertEqual(dates("Se firmó el 20 de diciembre."), ["20 de diciembre=2022-12-20/day"])
        XCTAssertEqual(dates("La semana pasada hubo otra."), ["La semana pasada=2023-09-06/day"])
        XCTAssertEqual(dates("Visitó Moscú en 2019."), ["2019=2019-01-01/year"])
        XCTAssertEqual(dates("Ocurrió en octubre."), ["octubre=2022-10-01/month"])
        XCTAssertEqual(dates("Trabaja por la mañana."), [])
        // In a sentence about the future, dates lie ahead.
        XCTAssertEqual(dates("Putin visitará Pekín el martes."), ["el martes=2023-09-19/day"])
        XCTAssertEqual(dates("Se votará el 20 de diciembre."), ["20 de diciembre=2023-12-20/day"])
    }

    func testDayArithmetic() {
        let d = Day(parsing: "20240229")!
        XCTAssertEqual(d.description, "2024-02-29")
        XCTAssertNil(Day(parsing: "2023-02-29"))
        XCTAssertEqual(d.adding(days: 1).description, "2024-03-01")
        XCTAssertEqual(Day(parsing: "2023-09-13")!.weekday, 2)  // a Wednesday
    }

    func testPlacesResolveWithTheGazetteer() {
        let doc = Shared.code("Se vieron en Vladivostok y luego en el cosmódromo de Vostochny.")
        XCTAssertEqual(doc.places.map(\.place.name), ["Vladivostok", "cosmódromo de Vostochny"])
        XCTAssertEqual(doc.places[0].place.country, "RUS")
        XCTAssertEqual(doc.places[0].place.lat!, 43.1, accuracy: 0.05)
        // The story's country decides between towns of the same name.
        let spain = Shared.code("El gobierno español envió tropas. Hubo protestas en Córdoba.")
        XCTAssertEqual(spain.places.first { $0.place.name == "Córdoba" }?.place.country, "ESP")
        let argentina = Shared.code("El gobierno argentino envió tropas. Hubo protestas en Córdoba.")
        XCTAssertEqual(argentina.places.first { $0.place.name == "Córdoba" }?.place.country, "ARG")
        // Common words that are also towns are not places when not capitalised.
        XCTAssertTrue(Shared.code("Habló de la paz y de la victoria.").places.isEmpty)
        // First-level divisions are places of their country: the longest name wins ("Norte de
        // Santander", not Santander in Spain), and they tell the story's country.
        let colombia = Shared.code("Guerrilleros atacaron una patrulla del ejército, NORTE DE SANTANDER, TIBÚ.")
        XCTAssertEqual(colombia.places.map(\.place.name), ["Norte de Santander"])
        XCTAssertEqual(colombia.mentions.map(\.code), ["COLREB", "COLMIL"])
        XCTAssertEqual(Shared.code("Guerrilleros atacaron una patrulla en el Tolima.").mentions.map(\.code), ["COLREB"])
        // A month or an agent noun alone is no town, and gives no one a country ("March" is a
        // town in England, "Police" one in Poland).
        let march = Shared.code("Protesters were arrested in March.", language: "en")
        XCTAssertTrue(march.places.isEmpty)
        XCTAssertEqual(march.mentions.map(\.code), ["CVL"])
        XCTAssertEqual(Shared.code("Police arrested ten protesters.", language: "en").mentions.map(\.code), ["COP", "CVL"])
    }

    /// Issue 10: a date's direction follows its own clause, and explicit years stay.
    func testDatesFollowTheirClauseAndKeepTheirYear() {
        XCTAssertEqual(dates("Putin se reunió el viernes con Kim y dijo que volverá a Pekín."), ["el viernes=2023-09-08/day"])
        XCTAssertEqual(dates("Putin dijo ayer que se reunirá el viernes con Kim."), ["ayer=2023-09-12/day", "el viernes=2023-09-15/day"])
        // The verb nearest the date decides, on either side of it.
        XCTAssertEqual(dates("Putin llegó a Pekín y el viernes viajará a Pyongyang."), ["el viernes=2023-09-15/day"])
        XCTAssertEqual(dates("Putin viajará a Pyongyang, pero el viernes llegó a Pekín."), ["el viernes=2023-09-08/day"])
        let english = Shared.code("The treaty was signed in February 2022.", language: "en")
        XCTAssertEqual(english.dates.map(\.day.description), ["2022-02-01"])
    }

    /// Issue 10: a town is a place where the text uses it as one, never a surname or a word of a name.
    func testTownsOnlyWhereUsedAsPlaces() {
        func places(_ text: String, _ language: String = "es") -> [String] {
            let doc = Shared.code(text, language: language)
            return doc.places.map { "\(doc.string(tokens: $0.tokens))=\($0.place.country)" }
        }
        XCTAssertEqual(places("El ministro López criticó la medida."), [])
        XCTAssertEqual(places("Que la Guardia Nacional ayude."), [])
        XCTAssertEqual(places("Hubo disturbios en Salgado."), ["Salgado=BRA"])
        XCTAssertEqual(places("Los manifestantes marcharon desde Cuernavaca."), ["Cuernavaca=MEX"])
        XCTAssertEqual(places("Los bomberos de Madrid llegaron."), ["Madrid=ESP"])
        XCTAssertEqual(places("CUERNAVACA, 26 sep (AFP) - Hubo disturbios."), ["CUERNAVACA=MEX"])
        XCTAssertEqual(places("Mr. Floyd said it was over.", "en"), [])
    }
}
