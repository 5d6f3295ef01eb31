import Atalaya
import XCTest

/// A dateline's city and agency say where and by whom a story was filed: they are no actors, and
/// a later clause must not inherit them as its subject.
final class DatelineTests: XCTestCase {
    func testDatelineCityAndAgencyAreNoActors() {
        XCTAssertEqual(Shared.mentions("LIMA, 3 mar (AFP) - Los mineros marcharon contra el gobierno peruano."),
                       ["mineros=PERLAB", "gobierno peruano=PERGOV"])
        XCTAssertEqual(Shared.mentions("OSLO — The prize was awarded today to a Kenyan activist.", language: "en"),
                       ["Kenyan activist=KENCVL"])
        XCTAssertEqual(Shared.mentions("Washington, Nov 3 (Reuters) - Iraqi police arrested two men.", language: "en"),
                       ["Iraqi police=IRQCOP", "men=IRQCVL"])
        // Its city is where the story is.
        let doc = Shared.code("OSLO — The prize was awarded today to a Kenyan activist.", language: "en")
        XCTAssertEqual(doc.places.map(\.place.country), ["NOR"])
    }

    func testNoAgencyInheritedAsSubject() {
        // The agency used to be the only actor before the passive, so it became its subject.
        // (Before: FRAMED 143 FRAGOV, a strike by the agency against France.)
        XCTAssertEqual(Shared.events("QUITO (AFP) - Un presunto narcotraficante, Julio Ramos Peña, y otros 12 acusados efectuaban el lunes una huelga en la cárcel."),
                       ["ECUCVL 143 ECUGOV"])
    }

    func testCreditIsNoActor() {
        let doc = Shared.code("El ministro francés lo confirmó. (AFP)")
        XCTAssertEqual(doc.mentions.map(\.code), ["FRAGOV"])
    }

    func testOrdinaryOpeningsAreNoDatelines() {
        // A city that acts, a dash inside a sentence, a capitalised subject before a dash.
        XCTAssertEqual(Shared.mentions("Moscú acusó a Kiev - según la agencia - de sabotaje."), ["Moscú=RUSGOV", "Kiev=UKRGOV"])
        XCTAssertEqual(Shared.mentions("Putin - dijo el portavoz - viajará a Pekín."), ["Putin=RUSGOV", "portavoz=RUSGOV", "Pekín=CHNGOV"])
    }
}
