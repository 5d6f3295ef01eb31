import Atalaya
import XCTest

/// "Russian troops shelled the Ukrainian city of Kharkiv, killing 12 civilians": a gerund set off
/// by a comma after a clause is done by that clause's subject. Before, the nearest actor before it
/// (the object, "Ukrainian") was its subject, and the civilians took the story's first country
/// (Russia) as "the city of Kharkiv" was no place marker and town (now "city of", "ciudad de").
final class TrailingGerundTests: XCTestCase {
    func testTheGerundIsTheClauseSubjects() {
        XCTAssertEqual(Shared.englishEvents("Russian troops shelled the Ukrainian city of Kharkiv on Monday, killing 12 civilians."),
                       ["RUSMIL 194 UKR", "RUSMIL 190 UKRCVL"])
    }

    /// A gerund with no comma before it keeps the nearest actor.
    func testWithoutACommaTheNearestActor() {
        XCTAssertEqual(Shared.englishEvents("The president thanked the rebels for releasing the hostages."),
                       ["GOV 051 REB", "REB 084 CVL"])
    }
}
