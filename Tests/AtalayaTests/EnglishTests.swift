import Atalaya
import XCTest

/// The same engine on English: only the data differ.
final class EnglishTests: XCTestCase {
    let coder = Coder(lexicon: Shared.english)

    func events(_ text: String) -> [String] {
        coder.code(id: "t", date: Shared.day, text: text).events
            .map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")\($0.negated ? " negated" : "")" }
    }

    func testVerbsAuxiliariesAndClitics() {
        XCTAssertEqual(events("Russia's foreign minister met his Chinese counterpart."), ["RUSGOV 040 CHNGOV", "CHNGOV 040 RUSGOV"])
        XCTAssertEqual(events("The Argentine president has criticized the British government."), ["ARGGOV 111 GBRGOV"])
        XCTAssertEqual(events("Colombia did not condemn Venezuela."), ["COL 111 VEN negated"])
        XCTAssertEqual(events("The opposition leader was arrested by Venezuelan police."), ["VENCOP 173 VENOPP"])
        XCTAssertEqual(events("Palestinian prisoners began a hunger strike."), ["PSECVL 142 -"])
    }

    /// After an article and an adjective no list names, a verb form is the head noun: no bare
    /// infinitive ("a sovereign state" made a statement), as no finite verb ("a hunger strike").
    func testNoInfinitiveAfterArticleAndAdjective() {
        let verbs = { (text: String) -> [String] in
            let doc = self.coder.code(id: "t", date: Shared.day, text: text)
            return doc.verbs.map { doc.string(tokens: $0.tokens) }
        }
        XCTAssertEqual(verbs("The minister visited a small state in the Pacific."), ["visited"])
        XCTAssertEqual(verbs("Chile said a mortar bomb was fired at its base."), ["said", "was fired"])
        // "such" stands before a noun, as "first" does: "the first such attack" is no verb.
        XCTAssertEqual(verbs("Peru said it was the first such attack this year."), ["said", "was"])
        XCTAssertEqual(events("The United States will state its position on Iran."), ["USA 010 IRN"])
    }

    /// A noun whose genitive undergoes it ("the torture of prisoners") needs no genitive as the
    /// object of a support verb, active or passive: its doer does it, to its own civilians when no
    /// victim is named (see testTortureWithNoVictimNamed). A present
    /// form right before "was" is a noun ("torture was practised").
    func testSupportedNounWithoutGenitive() {
        XCTAssertEqual(events("Chilean soldiers committed torture in the prisons."), ["CHLMIL 1822 CHLCVL"])
        XCTAssertEqual(events("During the war, torture was practised by members of the Chilean army."), ["CHLMIL 1822 CHLCVL"])
        let doc = coder.code(id: "t", date: Shared.day, text: "During the war, torture was practised by the army.")
        XCTAssertTrue(doc.verbs.contains { doc.string(tokens: $0.tokens) == "was practised" && $0.passive })
        XCTAssertEqual(events("The Chilean army condemned torture."), ["CHLMIL 111 CHLGOV"])
    }

    /// One adverb may stand inside a progressive or after a modal of future or hypothesis, as
    /// inside a passive; not after "do" ("did little damage" has no verb "damage").
    func testAdverbInsideVerbGroups() {
        XCTAssertEqual(events("Americans have been directly contributing money to the Red Cross."), ["USA 073 NGOIRC"])
        XCTAssertEqual(events("The US president will also meet the Chinese premier."), ["USAGOV 036 CHNGOV", "CHNGOV 036 USAGOV"])
        let doc = coder.code(id: "t", date: Shared.day, text: "The storm did little damage.")
        XCTAssertEqual(doc.verbs.map { doc.string(tokens: $0.tokens) }, ["did"])
    }

    /// A possessive is read as an article: the word after it is a noun ("the union's strike" is
    /// no attack), and the possessor does what the noun names.
    func testNounAfterPossessive() {
        XCTAssertEqual(events("The Chilean union's strike paralysed the schools."), ["CHLLAB 143 CHLGOV"])
        XCTAssertEqual(events("North Korea rebuffed South Korea's offer of talks."), ["PRK 120 KOR", "KOR 036 -"])
    }

    /// An object pronoun or a possessive after the verb stands for the last actor named before
    /// it, not the subject.
    func testObjectPronouns() {
        XCTAssertEqual(events("Thousands of protesters gathered in Bangkok. The Thai government blamed them for the violence."),
                       ["THAGOV 112 THACVL"])
        XCTAssertEqual(events("The Russian president met the Chinese leader. Later, the Chinese leader praised him."),
                       ["RUSGOV 040 CHNGOV", "CHNGOV 040 RUSGOV", "CHNGOV 051 RUSGOV"])
        // A possessive after the verb: the object's noun is about its owner ("blamed their deaths on …").
        XCTAssertEqual(events("Thousands of protesters gathered in Bangkok. The Thai government blamed their deaths on fasting."),
                       ["THAGOV 112 THACVL"])
        XCTAssertEqual(events("The Chinese envoy met the Japanese minister. Later the envoy criticised his decision."),
                       ["CHNGOV 040 JPNGOV", "JPNGOV 040 CHNGOV", "CHNGOV 111 JPNGOV"])
    }

    /// Pledges as nouns, endorsements of agreements, "back" with an actor or a plan (not "went
    /// back"), ratifications with the other party, marches against someone, air strikes that are
    /// no labour strikes, wishes that are no deeds and agreements to act that are to come.
    func testPledgesEndorsementsAndWishes() {
        XCTAssertEqual(events("Japan announced its pledge of aid to Indonesia."), ["JPN 033 IDN"])
        XCTAssertEqual(events("The Kenyan government endorsed the agreement with Uganda."), ["KENGOV 051 UGA"])
        XCTAssertEqual(events("Ukraine ratified the agreement with the European Union."), ["UKR 057 IGOEUREEC"])
        XCTAssertEqual(events("The United States backed the Iraqi government."), ["USA 051 IRQGOV"])
        XCTAssertEqual(events("The Kenyan president went back to Nairobi."), [])
        XCTAssertEqual(events("Two people were killed in an air strike in Syria."), ["--- 190 SYRCVL"])
        XCTAssertEqual(events("Obama wants to attack Syria."), [])
        XCTAssertEqual(coder.code(id: "t", date: Shared.day, text: "The Syrian government agreed to meet the Turkish foreign minister.").events
                        .map { "\($0.code) \($0.mode.map { "\($0)" } ?? "-")" }, ["036 future", "036 future"])
        XCTAssertEqual(events("The Cuban foreign minister said the American report was biased and insulting."), ["CUBGOV 111 USA"])
    }

    func testNounEvents() {
        XCTAssertEqual(events("Thousands joined protests against the government in Iran."), ["IRNCVL 140 IRNGOV"])
        XCTAssertEqual(events("The visit of the Chinese president to Moscow lasted three days."), ["CHNGOV 042 RUSGOV"])
    }

    func testModesAndDates() {
        let doc = coder.code(id: "t", date: Shared.day, text: "China will send aid to Cuba next week.")
        XCTAssertEqual(doc.events.map(\.code), ["073"])
        XCTAssertEqual(doc.events.first?.mode, .future)
        XCTAssertEqual(doc.events.first?.date.description, "2023-09-20")
    }

    /// Spanish enclitics are not cut off English words (they were: "startle" read as "start" + "le").
    func testNoSpanishEncliticsInEnglish() {
        XCTAssertEqual(Shared.english.enclitics, [])
        XCTAssertEqual(Shared.lexicon.enclitics.first, Array("nos".utf8))
        let coder = Coder(lexicon: Shared.english)
        let doc = coder.code(id: "t", date: Shared.day, text: "Loud blasts startle residents.")
        XCTAssertFalse(doc.tokens.contains { $0.flags.contains(.enclitic) })
    }

    /// Torture with no victim named ("torture was practiced by the army") is done to the doer's
    /// own civilians, as repression is; a named victim stays the target.
    func testTortureWithNoVictimNamed() {
        XCTAssertEqual(events("Torture was practiced by members of the Peruvian army in the 1980s."), ["PERMIL 1822 PERCVL"])
        XCTAssertEqual(events("The Peruvian police tortured in secret prisons."), ["PERCOP 1822 PERCVL"])
        XCTAssertEqual(events("The Peruvian police tortured two Bolivian students."), ["PERCOP 1822 BOLEDU"])
        XCTAssertEqual(events("The torture of Bolivian students by Peruvian police shocked the region."), ["PERCOP 1822 BOLEDU"])
    }

    /// British spelling doubles a verb's final "l" after one vowel (travelled, pummelled), which
    /// AFP and Commonwealth news use; the American forms still read.
    func testBritishDoubledL() {
        XCTAssertEqual(events("Chilean police pummelled the protesters."), ["CHLCOP 182 CHLCVL"])
        XCTAssertEqual(events("Chilean police pummeled the protesters."), ["CHLCOP 182 CHLCVL"])
        XCTAssertEqual(events("The French minister travelled to Berlin."), ["FRAGOV 042 DEUGOV"])
        XCTAssertEqual(events("The French minister traveled to Berlin."), ["FRAGOV 042 DEUGOV"])
        XCTAssertEqual(events("Bolivian soldiers are travelling to Peru."), events("Bolivian soldiers are traveling to Peru."))
    }
}
