import Atalaya
import Foundation
import XCTest

/// Issue 11: people no hand-made list knows — introduced with a role in the story, or from the
/// list derived from Phoenix — and what they say.
final class IntroducedNameTests: XCTestCase {
    func mentions(_ text: String, date: String = "2018-03-20", language: String = "es") -> [String] {
        let doc = Shared.code(text, date: Day(parsing: date)!, language: language)
        return doc.mentions.map { "\(doc.string(tokens: $0.tokens))=\($0.code)" }
    }

    /// A name in apposition to a role takes the role's code, and its surname names the same
    /// actor later in the story.
    func testNameIntroducedByARole() {
        let text = "En un comunicado, el presidente del grupo parlamentario del PP, Jorge Bellver, criticó la ley. "
            + "Bellver ha denunciado que la televisión pública es una vergüenza."
        // "el presidente del grupo parlamentario" heads a chamber's group: a legislator, not the government.
        XCTAssertEqual(mentions(text), ["presidente del grupo parlamentario=ESPLEG", "PP, Jorge Bellver=ESPPTY", "Bellver=ESPPTY"])
        XCTAssertEqual(Shared.events(text), ["ESPLEG 111 ESPGOV", "ESPPTY 111 ESPGOV"])
        // The role may be a group of a chamber: "el portavoz del grupo parlamentario, …" (LEG).
        XCTAssertEqual(Shared.events("El portavoz del grupo parlamentario, Andrés Vidal Ruiz, criticó la ley. Vidal dijo que es una vergüenza."),
                       ["LEG 111 -", "LEG 111 -"])
        // A demonym alone in apposition: a civilian of that country.
        XCTAssertEqual(mentions("Su exdirector, Christopher Wylie, canadiense de 28 años, habló. Wylie denuncia el fraude."),
                       ["Christopher Wylie, canadiense=CANCVL", "Wylie=CANCVL"])
        // A single capitalised word after a role is no introduction, and a name never introduced
        // stays unknown.
        XCTAssertEqual(mentions("El presidente Bellver habló. Bellver criticó la ley."), ["presidente=GOV"])
    }

    /// "Name, role": a name of two words or more right before the comma before a role takes the
    /// role's code; a town's name before the comma is no one ("En Ciudad Juárez, la policía …").
    func testNameBeforeItsRole() {
        let text = "La policía mexicana detuvo a Karime Macías, esposa del exgobernador de Veracruz. Macías criticó a la policía."
        XCTAssertEqual(mentions(text), ["policía mexicana=MEXCOP", "Karime Macías, esposa=MEXCVL", "exgobernador=MEXELI",
                                        "Macías=MEXCVL", "policía=MEXCOP"])
        XCTAssertEqual(mentions("En Ciudad Juárez, la policía detuvo a dos hombres."), ["policía=MEXCOP", "hombres=MEXCVL"])
        // A first name that is also a month is still a name.
        XCTAssertEqual(mentions("On Monday, Jan Oberg, the UN's chief of emergency relief, spoke. Oberg later praised Japan.", language: "en"),
                       ["Jan Oberg, the UN's chief=IGOUNO", "Oberg=IGOUNO", "Japan=JPN"])
    }

    /// A surname the story introduced names that person, not the dictionary's person of the same
    /// surname ("Ortega" is also Nicaragua's president).
    func testIntroducedSurnameBeatsTheDictionary() {
        XCTAssertEqual(Shared.events("El ministro venezolano, Pedro Ortega, firmó el acuerdo. Ortega criticó al gobierno de Colombia."),
                       ["VENGOV 111 COLGOV"])
        // Not introduced: the dictionary's person.
        XCTAssertEqual(Shared.events("Ortega criticó al gobierno de Colombia."), ["NICGOV 111 COLGOV"])
    }

    /// "el exfiscal", "former prosecutor": a former office holder is an elite (ELI), as the gold
    /// conventions code former presidents, and the name introduced with it keeps that code.
    func testFormerOfficeHolders() {
        XCTAssertEqual(Shared.events("El exfiscal Alberto Nisman había denunciado el pacto. Nisman acusó a la presidenta argentina de encubrimiento."),
                       ["ARGELI 111 ARGGOV", "ARGELI 1121 ARGGOV"])
        XCTAssertEqual(Shared.englishEvents("The former prosecutor criticized the Chilean government."), ["CHLELI 111 CHLGOV"])
    }

    /// The English lexicon with the optional Phoenix people.
    static let phoenix: Coder = {
        do { return Coder(lexicon: try Lexicon.load(language: "en", extra: [Lexicon.optionalData("phoenix-people")!])) } catch {
            fatalError("cannot load the Phoenix people: \(error)")
        }
    }()

    /// People from the optional Phoenix list are found by their full names, with their dated
    /// roles; their surnames alone name nobody unless the story has named them in full. The list
    /// passes the linter.
    func testPhoenixPeopleByFullName() {
        func phoenixMentions(_ text: String, date: String) -> [String] {
            let doc = Self.phoenix.code(id: "t", date: Day(parsing: date)!, text: text)
            return doc.mentions.map { "\(doc.string(tokens: $0.tokens))=\($0.code)" }
        }
        XCTAssertEqual(DictionaryLinter(lexicon: Self.phoenix.lexicon).check(examples: nil), [])
        // Not in the default lexicon.
        XCTAssertEqual(mentions("Mohammad Najibullah spoke.", date: "1990-10-01", language: "en"), [])
        XCTAssertEqual(phoenixMentions("Mohammad Najibullah met Sibghatullah Mojadedi.", date: "1990-10-01"),
                       ["Mohammad Najibullah=AFGGOV", "Sibghatullah Mojadedi=AFG"])
        XCTAssertEqual(phoenixMentions("Najibullah spoke.", date: "1990-10-01"), [])
        XCTAssertEqual(phoenixMentions("Mohammad Najibullah arrived. Najibullah spoke.", date: "1990-10-01"),
                       ["Mohammad Najibullah=AFGGOV", "Najibullah=AFGGOV"])
    }

    /// Verbs of saying added to the speech class make statements of what they report.
    func testMoreVerbsOfSaying() {
        XCTAssertEqual(Shared.events("El presidente venezolano recordó que la decisión del gobierno de Colombia es una vergüenza."),
                       ["VENGOV 111 COLGOV"])
        XCTAssertEqual(Shared.code("The French president argued that the Russian government was corrupt.", language: "en").events
            .map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")" }, ["FRAGOV 111 RUSGOV"])
    }
}
