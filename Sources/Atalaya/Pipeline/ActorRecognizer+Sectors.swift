extension ActorRecognizer {
    /// The agent code of government nouns ("leaders", "dirigentes", "officials"): next to another
    /// agent noun, they say a person's role, and the other noun says their sector.
    static let government = "GOV"

    /// "opposition leaders", "union leaders", "army officers", "government troops": where nouns
    /// modify the next noun, two agent nouns in a row are one actor, of the first one's sector
    /// ("union leaders" are labour, not the government); a government noun first only says whose
    /// the second are ("government troops" are the military). Returns the agent code, where the
    /// pair ends, and the raw after it.
    func compound(_ raws: ArraySlice<Raw>, _ k: Int) -> (agent: String, end: Int, next: Int)? {
        guard lexicon.nounCompounds, k + 1 < raws.endIndex, raws[k + 1].start == raws[k].end,
              case .agent(let a) = raws[k].kind, case .agent(let b) = raws[k + 1].kind else { return nil }
        return (lexicon.agentEntries[Int(sector(a, b))].code, raws[k + 1].end, k + 2)
    }

    /// Of two agent words in a row, the one that names the sector: not a government noun (that
    /// only says the role: "opposition leaders", "el líder opositor"); of two others, the
    /// modifier: the first where nouns modify the next ("army officers"), else the second
    /// ("soldados rebeldes").
    func sector(_ first: Int32, _ second: Int32) -> Int32 {
        if lexicon.agentEntries[Int(first)].code == Self.government { return second }
        if lexicon.agentEntries[Int(second)].code == Self.government { return first }
        return lexicon.nounCompounds ? first : second
    }

    /// The mention of a `compound` at raw `k`: a person named right after it carries the code
    /// ("union leader Jimmy Hoffa"); else the pair's sector, in the story's country.
    func composeCompound(_ raws: ArraySlice<Raw>, _ k: Int, _ pair: (agent: String, end: Int, next: Int), _ doc: Document,
                         dominant: String?) -> (ActorMention, Int) {
        let r = raws[k]
        if pair.next < raws.endIndex, raws[pair.next].start == pair.end, case .named(let e) = raws[pair.next].kind,
           lexicon.actors.entries[Int(e)].kind == .person {
            return (ActorMention(sentence: r.sentence, tokens: r.start..<raws[pair.next].end, code: lexicon.actors.code(e, on: doc.date),
                                 kind: .named), pair.next + 1)
        }
        let country = ActorCode(pair.agent).isOrganization ? "" : dominant ?? ""
        return (ActorMention(sentence: r.sentence, tokens: r.start..<pair.end, code: country + pair.agent, kind: .bare), pair.next)
    }

    /// "los dirigentes de la oposición", "the leader of the opposition", "el presidente del
    /// Parlamento", "el portavoz de la policía": a government noun of another agent is of that
    /// agent's sector, in the story's country (with a demonym after, `nationalBody` names it).
    func headOfBody(_ raws: ArraySlice<Raw>, _ k: Int, _ doc: Document, dominant: String?) -> (ActorMention, Int)? {
        let r = raws[k]
        guard k + 1 < raws.endIndex, case .agent(let a) = r.kind, lexicon.agentEntries[Int(a)].code == Self.government,
              r.end < doc.tokens.count, lexicon.word(doc.tokens[r.end].word, is: .genitive) else { return nil }
        let n = raws[k + 1]
        guard n.start == r.end + 1 || (n.start == r.end + 2 && isClass(doc, r.end + 1, .determiner)),
              case .agent(let b) = n.kind else { return nil }
        let body = lexicon.agentEntries[Int(b)].code
        guard body != Self.government else { return nil }
        let country = ActorCode(body).isOrganization ? "" : dominant ?? ""
        return (ActorMention(sentence: r.sentence, tokens: r.start..<n.end, code: country + body, kind: .composed), k + 2)
    }
}
