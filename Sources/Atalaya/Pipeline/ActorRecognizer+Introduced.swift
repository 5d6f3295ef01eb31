extension ActorRecognizer {
    /// People no dictionary knows, introduced with a role: "el presidente del grupo
    /// parlamentario, Jorge Bellver," or "Christopher Wylie, canadiense de 28 años," (a demonym
    /// alone: a civilian of that country). The role's mention takes in the name, and the name —
    /// in full, by its surname, or by a Spanish first surname ("Enrique Ochoa Reza" … "Ochoa") —
    /// names the same actor for the rest of the story ("Bellver ha denunciado …").
    ///
    /// Reads the mentions of every sentence; returns them with the introductions merged and the
    /// later names added, in text order.
    func introducedNames(_ mentions: [ActorMention], _ doc: Document) -> [ActorMention] {
        // Most stories introduce nobody: look for a capital after a mention before anything else.
        guard mentions.contains(where: { mayIntroduce($0, doc) }) else { return mentions }
        var covered = [Bool](repeating: false, count: doc.tokens.count)
        for m in mentions { for t in m.tokens { covered[t] = true } }
        var out = mentions
        var learned = [[UInt8]: ActorMention]()
        var introduced = Set<Int>()
        for (i, m) in mentions.enumerated() {
            guard let (name, found) = introduction(m, doc, covered: covered) else { continue }
            let code = i > 0 ? appositionCode(m, before: mentions[i - 1], doc) ?? found : found
            introduced.insert(i)
            out[i].tokens = min(m.tokens.lowerBound, name.lowerBound)..<max(m.tokens.upperBound, name.upperBound)
            out[i].code = code
            out[i].kind = .named
            for t in name { covered[t] = true }
            for key in keys(name, doc) where learned[key] == nil { learned[key] = out[i] }
        }
        guard !learned.isEmpty else { return out }
        // A surname the story introduced beats the dictionary's person of that surname: after
        // "el consejero canario, Pedro Ortega," "Ortega" is he, not Nicaragua's president.
        for k in out.indices where out[k].kind == .named && out[k].tokens.count == 1 && !introduced.contains(k) {
            if let intro = learned[folded(doc, out[k].tokens)], intro.tokens.upperBound <= out[k].tokens.lowerBound { out[k].code = intro.code }
        }
        var added = [ActorMention]()
        for (s, sentence) in doc.sentences.enumerated() {
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                defer { t += 1 }
                // A capital opening the sentence may be any word ("Later Mr. Bao …"): a name may follow it.
                guard !covered[t], capitalWord(doc, t), t <= sentence.tokens.lowerBound + 1 || !capitalWord(doc, t - 1) || covered[t - 1] else { continue }
                let run = nameRun(doc, from: t, covered: covered)
                guard run.upperBound <= sentence.tokens.upperBound, let intro = learned[folded(doc, run)] else { continue }
                added.append(ActorMention(sentence: s, tokens: run, code: intro.code, kind: .named))
                t = run.upperBound - 1
            }
        }
        return added.isEmpty ? out : (out + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "US veteran, Sergeant Frank Ford": a title right after a comma stands in apposition to the
    /// actor before the comma, whose code the person takes (the title alone has only the story's
    /// country).
    func appositionCode(_ m: ActorMention, before p: ActorMention, _ doc: Document) -> String? {
        guard m.kind == .bare, doc.tokens[m.tokens.lowerBound].flags.contains(.capitalized), [.composed, .named].contains(p.kind),
              p.tokens.upperBound == m.tokens.lowerBound - 1, isComma(doc, p.tokens.upperBound) else { return nil }
        return p.code
    }

    /// A capitalised word within a few words after the mention, or a comma before a demonym.
    func mayIntroduce(_ m: ActorMention, _ doc: Document) -> Bool {
        let end = min(doc.tokens.count, m.tokens.upperBound + 6)
        if m.kind != .named || m.tokens.lowerBound > 0 && isClass(doc, m.tokens.lowerBound - 1, .genitive) {
            for t in m.tokens.upperBound..<max(m.tokens.upperBound, end) where doc.tokens[t].flags.contains(.capitalized) { return true }
        }
        if m.kind == .named && m.tokens.lowerBound >= 3
            && (m.tokens.count == 1 && isComma(doc, m.tokens.lowerBound - 1) || isClass(doc, m.tokens.lowerBound - 1, .origin)) { return true }
        let before = m.tokens.lowerBound - (m.tokens.lowerBound > 0 && isClass(doc, m.tokens.lowerBound - 1, .determiner) ? 2 : 1)
        return Self.isRole(m.kind) && before >= 2 && isComma(doc, before)
    }

    /// The name an agent mention introduces, and the code the person gets.
    func introduction(_ m: ActorMention, _ doc: Document, covered: [Bool]) -> (Range<Int>, String)? {
        guard !m.code.isEmpty, m.tokens.upperBound < doc.tokens.count else { return nil }
        let end = doc.sentences[m.sentence].tokens.upperBound
        // "el presidente del grupo, Jorge Bellver," and "la política del Frente Nacional Emmanuelle Menard".
        // "el presidente del grupo parlamentario del PP, Jorge Bellver,": the owner of a role.
        let owner = m.kind == .named && m.tokens.lowerBound > 0 && isClass(doc, m.tokens.lowerBound - 1, .genitive)
            && ActorCode(m.code).agents.isEmpty == false
        if Self.isRole(m.kind) || owner {
            // Past a short complement of the role: "el presidente del grupo parlamentario, Jorge Bellver".
            var c = m.tokens.upperBound
            while c < min(end, m.tokens.upperBound + 4), !covered[c], lowerCaseWord(doc, c) { c += 1 }
            if !isComma(doc, c) { c = m.tokens.upperBound }
            let start = isComma(doc, c) ? c + 1 : c
            let run = nameRun(doc, from: start, covered: covered)
            if run.count >= 2, run.upperBound <= end, closesName(doc, run.upperBound, end: end) { return (run, m.code) }
        }
        // "Karime Macías, esposa del exgobernador,", "Héctor Serrano, el secretario de Movilidad,":
        // a name, a comma and the role.
        if Self.isRole(m.kind), let run = nameBeforeComma(doc, mention: m, covered: covered) { return (run, m.code) }
        // "Christopher Wylie, canadiense de 28 años,": a name, a comma and a demonym alone.
        if m.kind == .named, m.tokens.count == 1, lexicon.demonymCode(doc.tokens[m.tokens.lowerBound].word) != nil,
           let country = ActorCode(m.code).country, m.tokens.lowerBound >= 3, isComma(doc, m.tokens.lowerBound - 1),
           let run = name(endingAt: m.tokens.lowerBound - 1, doc, covered: covered) {
            return (run, country + "CVL")
        }
        // "Dr Wangari Maathai from Kenya": a name, "from" and a country: a civilian of it.
        if m.kind == .named, lexicon.places.isCountryCode(m.code), m.tokens.lowerBound >= 3,
           isClass(doc, m.tokens.lowerBound - 1, .origin), let run = name(endingAt: m.tokens.lowerBound - 1, doc, covered: covered) {
            return (run, m.code + "CVL")
        }
        return nil
    }

    /// A name of two words or more right before the comma before a role (past one article); not
    /// a town's name ("En Ciudad Juárez, la policía …").
    func nameBeforeComma(_ doc: Document, mention m: ActorMention, covered: [Bool]) -> Range<Int>? {
        var comma = m.tokens.lowerBound - 1
        // "Mr. Bao, the newly-installed envoy,": a modifier or two before the role.
        if lexicon.nounCompounds {
            let floor = max(0, comma - 2)
            while comma > floor && lowerCaseWord(doc, comma) && !isClass(doc, comma, .determiner) { comma -= 1 }
        }
        if comma > 0 && isClass(doc, comma, .determiner) { comma -= 1 }
        guard comma >= 2, isComma(doc, comma), let run = name(endingAt: comma, doc, covered: covered),
              lexicon.places.trie.longestMatch({ doc.tokens[$0].word }, from: run.lowerBound, limit: comma) == nil else { return nil }
        return run
    }

    /// A name of two words or more ending right before token `end` (a comma), its start looked for
    /// at most six words back (a long run of capitals stays linear).
    func name(endingAt end: Int, _ doc: Document, covered: [Bool]) -> Range<Int>? {
        var s = end - 1
        while s > 0 && end - s < 6 && !covered[s - 1] && capitalWord(doc, s - 1) { s -= 1 }
        let run = nameRun(doc, from: s, covered: covered)
        return run.count >= 2 && run.upperBound == end ? run : nil
    }

    /// Capitalised words no dictionary gives a role, with lower-case particles inside ("Félix de
    /// la Cruz"), from `from` on; empty when none starts there.
    func nameRun(_ doc: Document, from: Int, covered: [Bool]) -> Range<Int> {
        var t = from, last = from
        while t < doc.tokens.count && !covered[t] {
            if capitalWord(doc, t) {
                last = t + 1
            } else if t > from, let n = nickname(doc, at: t, covered: covered) {
                // Joaquín "El Chapo" Guzmán, Frank "Greg" Ford: a nickname in quotes inside the name.
                t = n
                continue
            } else if !(doc.tokens[t].kind == .word && isClass(doc, t, .genitive) || isClass(doc, t, .determiner)) || t == from {
                break
            }
            t += 1
            if t - from > 5 { break }
        }
        return from..<last
    }

    /// The token after a quoted nickname of one or two capitalised words opening at `t`, if one does.
    func nickname(_ doc: Document, at t: Int, covered: [Bool]) -> Int? {
        guard doc.tokens[t].flags.contains(.openQuote) else { return nil }
        var k = t + 1
        while k < min(doc.tokens.count, t + 4), !covered[k], doc.tokens[k].kind == .word, doc.tokens[k].flags.contains(.capitalized) { k += 1 }
        guard k > t + 1, k < doc.tokens.count, doc.tokens[k].flags.contains(.closeQuote), k + 1 < doc.tokens.count, capitalWord(doc, k + 1) else { return nil }
        return k + 1
    }

    /// A word of a person's name: capitalised, not all capitals, no closed-class word, no known
    /// verb, no agent noun. (Many first names and surnames are also towns somewhere, and some
    /// are months: "Jan Egeland", "Theresa May".)
    func capitalWord(_ doc: Document, _ t: Int) -> Bool {
        let tok = doc.tokens[t]
        guard tok.kind == .word, tok.flags.contains(.capitalized), !tok.flags.contains(.upper) || tok.end - tok.start == 1 else { return false }
        return tok.word < 0 || lexicon.wordClass(tok.word).subtracting(.month).isEmpty && lexicon.verbReadings(tok.word).isEmpty
            && lexicon.agents.longestMatch({ doc.tokens[$0].word }, from: t, limit: t + 1) == nil
    }

    /// A lower-case word that is no verb: part of a role's complement ("del grupo parlamentario").
    func lowerCaseWord(_ doc: Document, _ t: Int) -> Bool {
        let tok = doc.tokens[t]
        return tok.kind == .word && !tok.flags.contains(.capitalized) && lexicon.verbReadings(tok.word).isEmpty
            && !isClass(doc, t, .conjunction) && !isClass(doc, t, .subordinator)
    }

    /// After a name of an apposition: a comma, the sentence's end, a verb, or a preposition
    /// ("Captain Victor Artiga in order to …").
    func closesName(_ doc: Document, _ t: Int, end: Int) -> Bool {
        t >= end || doc.tokens[t].kind == .punct || !lexicon.verbReadings(doc.tokens[t].word).isEmpty
            || !doc.tokens[t].flags.contains(.capitalized) && isClass(doc, t, .preposition)
    }

    /// The folded names a person may go by later: the full name, the last word, and in a name of
    /// three words or more its second (a Spanish first surname).
    func keys(_ name: Range<Int>, _ doc: Document) -> [[UInt8]] {
        let capitals = name.filter { doc.tokens[$0].flags.contains(.capitalized) }
        var keys = [folded(doc, name)]
        if let last = capitals.last { keys.append(folded(doc, last..<(last + 1))) }
        if capitals.count >= 3 { keys.append(folded(doc, capitals[1]..<(capitals[1] + 1))) }
        return keys
    }

    func folded(_ doc: Document, _ r: Range<Int>) -> [UInt8] {
        guard let first = r.first, let last = r.last else { return [] }
        return Array(doc.folded[Int(doc.tokens[first].foldStart)..<Int(doc.tokens[last].foldEnd)])
    }
}
