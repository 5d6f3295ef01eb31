import Atalaya
import XCTest

/// A number alone before a verb whose clause names no actor ("229 were detained", "thousands
/// marched") stands for that many people: the civilians of the place named, else of the story.
final class CountedPeopleTests: XCTestCase {
    func testCountedPeopleUndergoAPassive() {
        XCTAssertEqual(Shared.englishEvents("Dozens were arrested in Cairo on Friday."), ["EGYCOP 173 EGYCVL"])
        XCTAssertEqual(Shared.englishEvents("At least 40 were detained by Thai police after the march."), ["THACOP 173 THACVL"])
        XCTAssertEqual(Shared.events("Decenas fueron detenidas en Caracas."), ["VENCOP 173 VENCVL"])
    }

    func testCountedPeopleAct() {
        XCTAssertEqual(Shared.englishEvents("Thousands were marching in Kiev on Sunday."), ["UKRCVL 141 UKRGOV"])
    }

    /// "million" counts money as often as people; a number after a preposition is a date or a part.
    func testMoneyAndDatesAreNoPeople() {
        XCTAssertEqual(Shared.englishEvents("Two million were pledged for the victims of the floods in Peru."), [])
        XCTAssertEqual(Shared.events("En 2019 fueron detenidos en Caracas."), [])
    }
}
