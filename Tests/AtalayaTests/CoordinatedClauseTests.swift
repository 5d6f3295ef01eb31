import Atalaya
import XCTest

/// Two clauses joined by "y"/"and". Before, the first clause's object was taken for the second's
/// subject ("visitó Moscú y después viajó a Pekín" was a Russian trip to China), and an object
/// and the next clause's subject were made one pair ("detuvo a los manifestantes y el gobierno
/// condenó": the police detained the government).
final class CoordinatedClauseTests: XCTestCase {
    func testTheSecondVerbSharesTheFirstOnesSubject() {
        XCTAssertEqual(Shared.events("El presidente colombiano visitó Moscú y después viajó a Pekín."),
                       ["COLGOV 042 RUSGOV", "COLGOV 042 CHNGOV"])
        XCTAssertEqual(Shared.englishEvents("The Chilean president criticized the Peruvian government and then met the Bolivian ambassador."),
                       ["CHLGOV 111 PERGOV", "CHLGOV 040 BOLGOV", "BOLGOV 040 CHLGOV"])
    }

    /// An actor between the conjunction and the verb is the verb's own subject.
    func testAnActorAfterTheConjunctionIsTheSubject() {
        XCTAssertEqual(Shared.events("Los diputados del PAN y del PRD se reunieron con el presidente."),
                       ["MEXPTY 040 MEXGOV", "MEXGOV 040 MEXPTY"])
    }

    func testAnObjectAndTheNextSubjectAreNoPair() {
        XCTAssertEqual(Shared.events("La policía detuvo a los manifestantes y el gobierno condenó la protesta."),
                       ["COP 173 CVL", "GOV 111 -", "CVL 140 -"])
        XCTAssertEqual(Shared.events("Rusia atacó Ucrania y Estados Unidos condenó el ataque."), ["RUS 190 UKR", "USA 111 -"])
        // A subject after its verb in a relative clause stays a pair ("que firmaron Chile y Perú").
        XCTAssertEqual(Shared.events("El acuerdo que firmaron Chile y Perú entra hoy en vigor."), ["CHL 057 PER", "PER 057 CHL"])
        // A list of objects stays one.
        XCTAssertEqual(Shared.events("Rusia atacó Ucrania y Georgia."), ["RUS 190 UKR", "RUS 190 GEO"])
    }
}
