extension ActorRecognizer {
    /// Agent + demonym, agent + "de" + name, names after agents; bare agents and references. `raws`
    /// is one sentence's part of the document's list (a slice: its indices are the list's).
    /// `named`: the country each agent was last named with in the story, which an agent alone keeps
    /// ("the US veteran … the sergeant": American, though the story is about Iraq).
    func compose(_ raws: ArraySlice<Raw>, _ doc: Document, dominant: String?, named: [(agent: String, country: String)] = []) -> [ActorMention] {
        var out = [ActorMention]()
        out.reserveCapacity(raws.count)  // at most one a raw: one allocation, no regrowth
        var k = raws.startIndex
        while k < raws.endIndex {
            let (mention, next): (ActorMention, Int)
            switch raws[k].kind {
            case .named(let e): (mention, next) = composeNamed(raws, k, e, doc)
            case .demonym(let c): (mention, next) = composeDemonym(raws, k, c, doc)
            case .agent(let a):
                let country = named.isEmpty ? nil : named.first { $0.agent == lexicon.agentEntries[Int(a)].code }?.country
                (mention, next) = composeAgent(raws, k, a, doc, dominant: country ?? dominant)
            }
            out.append(mention)
            k = next
        }
        return out
    }

    /// A name, or a name's agent: "Russia's foreign minister", "the Kremlin's spokesman".
    func composeNamed(_ raws: ArraySlice<Raw>, _ k: Int, _ e: Int32, _ doc: Document) -> (ActorMention, Int) {
        let r = raws[k]
        // The entry's kind and code, not the entry: a copy of it would retain its strings and roles.
        let kind = lexicon.actors.entries[Int(e)].kind
        // "the US ambassador", "Kremlin spokesman", "a UN official": a country, seat or
        // organisation right before an agent noun (an organisation's people are coded as it is).
        if kind == .country || kind == .seat || kind == .organization, k + 1 < raws.endIndex, raws[k + 1].start == r.end,
           case .agent(let a) = raws[k + 1].kind {
            let code = lexicon.actors.code(e, on: doc.date)
            let agent = lexicon.agentEntries[Int(a)].code
            let composed = kind == .country ? code + agent : code
            return (ActorMention(sentence: r.sentence, tokens: r.start..<raws[k + 1].end, code: composed, kind: .composed), k + 2)
        }
        // "the UN's relief coordinator": a plain word or two may qualify the agent after the possessive.
        if k + 1 < raws.endIndex, raws[k + 1].start > r.end, raws[k + 1].start <= r.end + 3, isClass(doc, r.end, .possessive),
           plainWords(doc, r.end + 1..<raws[k + 1].start),
           case .agent(let a) = raws[k + 1].kind {
            let code = lexicon.actors.code(e, on: doc.date)
            let agent = lexicon.agentEntries[Int(a)].code
            let composed = kind == .country ? code + agent : kind == .person ? Self.root(of: code, with: agent) : code
            return (ActorMention(sentence: r.sentence, tokens: r.start..<raws[k + 1].end, code: composed, kind: .composed), k + 2)
        }
        return (ActorMention(sentence: r.sentence, tokens: r.start..<r.end, code: lexicon.actors.code(e, on: doc.date), kind: .named), k + 1)
    }

    /// A demonym: before an agent ("the Argentine president", as English puts it), after a noun
    /// (a modifier: "armas norcoreanas"), or alone (the country: "los rusos").
    func composeDemonym(_ raws: ArraySlice<Raw>, _ k: Int, _ c: String, _ doc: Document) -> (ActorMention, Int) {
        let r = raws[k]
        // "Palestinian security officials": where nouns modify the next noun, a plain word or two
        // may stand between the demonym and its agent.
        let reach = lexicon.nounCompounds ? 2 : 0
        if k + 1 < raws.endIndex, raws[k + 1].start >= r.end, raws[k + 1].start <= r.end + reach,
           plainWords(doc, r.end..<raws[k + 1].start),
           case .agent(let a) = raws[k + 1].kind {
            // "Thai opposition leaders": the demonym's country, the pair's sector.
            let pair = compound(raws, k + 1) ?? (lexicon.agentEntries[Int(a)].code, raws[k + 1].end, k + 2)
            return (ActorMention(sentence: r.sentence, tokens: r.start..<pair.end, code: c + pair.agent, kind: .composed), pair.next)
        }
        return (ActorMention(sentence: r.sentence, tokens: r.start..<r.end, code: c, kind: demonymQualifies(r, doc) ? .modifier : .named), k + 1)
    }

    /// Whether a demonym qualifies a noun rather than naming people: after a word that is no
    /// article ("armas norcoreanas"); where modifiers come first, only when a noun follows too
    /// ("seized Iranian weapons": "ordinary Iraqis" are people).
    func demonymQualifies(_ r: Raw, _ doc: Document) -> Bool {
        let range = doc.sentences[r.sentence].tokens
        let prev = r.start - 1
        guard prev >= range.lowerBound && doc.tokens[prev].kind == .word && !isClass(doc, prev, .determiner) else { return false }
        return !lexicon.nounCompounds
            || r.end < range.upperBound && plainWords(doc, r.end..<(r.end + 1)) && lexicon.verbReadings(doc.tokens[r.end].word).isEmpty
    }

    /// An agent noun: before a person's name ("el presidente Putin"), with a demonym ("el
    /// presidente ruso"), with "de" and a name ("el ejército de Colombia"), a reference ("ambos
    /// líderes"), or alone (the story's country: "la policía").
    func composeAgent(_ raws: ArraySlice<Raw>, _ k: Int, _ a: Int32, _ doc: Document, dominant: String?) -> (ActorMention, Int) {
        let r = raws[k]
        let agent = lexicon.agentEntries[Int(a)]
        if k + 1 < raws.endIndex {
            let n = raws[k + 1]
            // "el presidente Putin": the name carries the code; the agent words join its span.
            if n.start == r.end, case .named(let e) = n.kind, lexicon.actors.entries[Int(e)].kind == .person {
                return (ActorMention(sentence: r.sentence, tokens: r.start..<n.end, code: lexicon.actors.code(e, on: doc.date),
                                     kind: .named), k + 2)
            }
            if let pair = compound(raws, k) { return composeCompound(raws, k, pair, doc, dominant: dominant) }
            // "el presidente ruso", "el ejército colombiano", "el ministro de Salud venezolano"
            // One plain word may stand between ("el presidente electo mexicano"), not a verb ("Police seized Iranian weapons").
            if n.start == r.end || (n.start == r.end + 1 && doc.tokens[r.end].kind == .word && lexicon.wordClass(doc.tokens[r.end].word).isEmpty
                                    && lexicon.verbReadings(doc.tokens[r.end].word).isEmpty)
                || portfolio(doc, r.end..<n.start),
               case .demonym(let c) = n.kind {
                return (ActorMention(sentence: r.sentence, tokens: r.start..<n.end, code: c + agent.code, kind: .composed), k + 2)
            }
            if r.end < doc.tokens.count, lexicon.word(doc.tokens[r.end].word, is: .genitive),
               n.start == r.end + 1 || (n.start == r.end + 2 && isClass(doc, r.end + 1, .determiner)),
               case .named(let e) = n.kind {
                return agentOfName(raws, k, agent, e, doc)
            }
            if let e = origin(raws, k, doc) { return agentOfName(raws, k, agent, e, doc) }
            if let body = nationalBody(raws, k, doc) { return body }
            if let head = headOfBody(raws, k, doc, dominant: dominant) { return head }
        }
        let dual = isClass(doc, r.start - 1, .dual)
        // "el alcalde de Cádiz": a local office is of the place named after it.
        if agent.local, let place = jurisdiction(doc, after: r.end, sentence: r.sentence, dominant: dominant) {
            return (ActorMention(sentence: r.sentence, tokens: r.start..<r.end, code: place + agent.code, kind: .composed), k + 1)
        }
        // "aid agencies" (NGO) are nobody's country but their own: only a demonym or a name makes one national.
        let country = ActorCode(agent.code).isOrganization ? "" : dominant ?? ""
        if agent.leader && (agent.plural || dual) {
            // "ambos líderes", "los presidentes": resolved against the discourse by the subject resolver.
            // With no leaders named before, "los dirigentes" are the story's own; "ambos líderes" no one.
            return (ActorMention(sentence: r.sentence, tokens: (dual ? r.start - 1 : r.start)..<r.end,
                                 code: dual ? "" : country + agent.code, kind: .reference), k + 1)
        }
        return (ActorMention(sentence: r.sentence, tokens: r.start..<r.end, code: country + agent.code, kind: .bare), k + 1)
    }

    /// "el alcalde de Cádiz", "the mayor of the northern West Bank city of Nablus": the country of
    /// the town or region a local office is of, named after "de"/"of" within a few words.
    func jurisdiction(_ doc: Document, after end: Int, sentence: Int, dominant: String?) -> String? {
        let limit = min(doc.sentences[sentence].tokens.upperBound, end + 8)
        guard end < limit, isClass(doc, end, .genitive) else { return nil }
        let word: (Int) -> Int32 = { doc.tokens[$0].word }
        for t in (end + 1)..<limit {
            let tok = doc.tokens[t]
            // A verb ends the phrase; "de" and "la" are no verbs here.
            guard tok.kind == .word, lexicon.verbReadings(tok.word).isEmpty || isClass(doc, t, .determiner) || isClass(doc, t, .preposition)
            else { return nil }
            if tok.flags.contains(.capitalized), isClass(doc, t - 1, .genitive),
               let m = lexicon.places.trie.longestMatch(word, from: t, limit: limit) {
                return lexicon.places.resolvedCountry(m.value, country: dominant)
            }
        }
        return nil
    }

    /// "el ejército de Colombia", "el portavoz del Kremlin", "el secretario general de la ONU";
    /// "los cancilleres de Perú y Ecuador": the agent goes with every country listed.
    func agentOfName(_ raws: ArraySlice<Raw>, _ k: Int, _ agent: AgentEntry, _ e: Int32, _ doc: Document) -> (ActorMention, Int) {
        let r = raws[k], n = raws[k + 1]
        let kind = lexicon.actors.entries[Int(e)].kind
        let code = lexicon.actors.code(e, on: doc.date)
        let composed: String
        switch kind {
        case .country: composed = code + agent.code
        case .person: composed = Self.root(of: code, with: agent.code)
        case .seat, .organization, .group: composed = code
        }
        var members = [ActorMember(code: composed, tokens: r.start..<n.end)]
        var end = n.end
        var j = k + 2
        while kind == .country, j < raws.endIndex, raws[j].start == end + 1,
              isClass(doc, end, .conjunction) || isComma(doc, end),
              case .named(let e2) = raws[j].kind, lexicon.actors.entries[Int(e2)].kind == .country {
            members.append(ActorMember(code: lexicon.actors.code(e2, on: doc.date) + agent.code,
                                       tokens: raws[j].start..<raws[j].end))
            end = raws[j].end
            j += 1
        }
        guard members.count > 1 else {
            return (ActorMention(sentence: r.sentence, tokens: r.start..<n.end, code: composed, kind: .composed), j)
        }
        return (ActorMention(sentence: r.sentence, tokens: r.start..<end, code: Self.group(members),
                             kind: .group, members: members), j)
    }

    /// Lower-case words of no closed class and no verb ("security" in "Palestinian security
    /// officials"): nouns or adjectives that may qualify an agent.
    func plainWords(_ doc: Document, _ r: Range<Int>) -> Bool {
        r.allSatisfy { lowerCaseWord(doc, $0) && lexicon.wordClass(doc.tokens[$0].word).isEmpty }
    }

    /// "el consejero del Gobierno español", "el jefe del ejército colombiano": an agent of a
    /// national body is coded as the body.
    func nationalBody(_ raws: ArraySlice<Raw>, _ k: Int, _ doc: Document) -> (ActorMention, Int)? {
        let r = raws[k], n = raws[k + 1]
        guard k + 2 < raws.endIndex, r.end < doc.tokens.count, lexicon.word(doc.tokens[r.end].word, is: .genitive),
              n.start == r.end + 1 || (n.start == r.end + 2 && isClass(doc, r.end + 1, .determiner)),
              case .agent(let body) = n.kind, raws[k + 2].start == n.end, case .demonym(let c) = raws[k + 2].kind else { return nil }
        let code = c + lexicon.agentEntries[Int(body)].code
        return (ActorMention(sentence: r.sentence, tokens: r.start..<raws[k + 2].end, code: code, kind: .composed), k + 3)
    }

    /// "dissidents from Myanmar", "the envoy from Beijing": the country (or seat, or organisation)
    /// an agent comes from, past an article and a modifier ("from military-ruled Myanmar").
    func origin(_ raws: ArraySlice<Raw>, _ k: Int, _ doc: Document) -> Int32? {
        let r = raws[k], n = raws[k + 1]
        guard r.end < doc.tokens.count, isClass(doc, r.end, .origin), n.start > r.end, n.start <= r.end + 3,
              (r.end + 1..<n.start).allSatisfy({ isClass(doc, $0, .determiner) || lowerCaseWord(doc, $0) }),
              case .named(let e) = n.kind, e >= 0, lexicon.actors.entries[Int(e)].kind != .person else { return nil }
        return e
    }

    /// "de Salud", "de Asuntos Exteriores": the portfolio of a minister between the agent noun
    /// and its demonym, capitalised words after a genitive.
    func portfolio(_ doc: Document, _ gap: Range<Int>) -> Bool {
        guard gap.count >= 2, gap.count <= 4, lexicon.word(doc.tokens[gap.lowerBound].word, is: .genitive) else { return false }
        return gap.dropFirst().allSatisfy { doc.tokens[$0].kind == .word
            && (doc.tokens[$0].flags.contains(.capitalized) || isClass(doc, $0, .conjunction)) }
    }

    /// A person's country with an agent of theirs: "Putin" (RUSGOV) + "MIL" → RUSMIL.
    static func root(of code: String, with agent: String) -> String {
        ActorCode(root: ActorCode(code).root, parts: ActorCode.parts(of: agent)).description
    }

    /// The code of a group: its members' codes, as a group ("PRKGOV+RUSGOV").
    static func group(_ members: [ActorMember]) -> String {
        ActorCode(group: members.map { ActorCode($0.code) }).description
    }
}
