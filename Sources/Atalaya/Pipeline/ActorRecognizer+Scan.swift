extension ActorRecognizer {
    /// Names, agents and demonyms, longest match first, left to right. A surname alone is
    /// resolved at the end, against every country the story names.
    func scan(_ doc: Document) -> [Raw] {
        var raws = [Raw]()
        raws.reserveCapacity(doc.tokens.count / 8 + 4)  // about one a few words in news text: seldom regrown
        var aliases = [Int32: Int32]()
        var pending = [Int]()  // raws that are surnames alone, resolved once the story is read
        let tokens = doc.tokens
        for (s, sentence) in doc.sentences.enumerated() {
            var i = sentence.content  // a dateline's city and agency are no actors
            while i < sentence.tokens.upperBound {
                let tok = tokens[i]
                if tok.kind == .word, tok.word < 0, let c = placeBased(doc, i) {
                    raws.append(Raw(sentence: s, start: i, end: i + 1, kind: .demonym(c)))
                    i += 1
                    continue
                }
                guard tok.kind == .word, tok.word >= 0, !tok.flags.contains(.fixedPhrase) else { i += 1; continue }
                let capital = tok.flags.contains(.capitalized)
                let previousEnd = raws.last?.end ?? -1
                // Most words start no name: asked of the trie's first level here, not in a call.
                var best = lexicon.actors.trie.starts(with: tok.word) ? named(doc, i, sentence: s, previousEnd: previousEnd) : nil
                if let a = lexicon.agents.longestMatch({ tokens[$0].word }, from: i, limit: sentence.tokens.upperBound),
                   a.length > (best.map { $0.end - i } ?? 0) {
                    if !followsNoun(doc, i, sentenceStart: sentence.tokens.lowerBound)
                        || headsPhrase(doc, i, length: a.length, sentence: sentence.tokens, after: raws.last) {
                        best = Raw(sentence: s, start: i, end: i + a.length, kind: .agent(a.value))
                    } else if best == nil, isAgent(raws.last, endingAt: i), !capital, lexicon.verbReadings(tok.word).isEmpty {
                        // "el líder opositor", "el portavoz militar", "opposition leaders": two agent words
                        // are one agent, of the sector one of them names (not a participle: "los
                        // periodistas detenidos" are journalists).
                        if case .agent(let first) = raws[raws.count - 1].kind {
                            raws[raws.count - 1].kind = .agent(sector(first, a.value))
                        }
                        raws[raws.count - 1].end = i + a.length
                        i += a.length
                        continue
                    }
                }
                if best == nil, capital, let e = aliases[tok.word] {
                    best = Raw(sentence: s, start: i, end: i + 1, kind: .named(e))
                }
                if best == nil, let c = lexicon.demonymCode(tok.word), !(capital && afterName(doc, i, sentence: sentence.tokens, previousEnd: previousEnd)) {
                    best = Raw(sentence: s, start: i, end: i + 1, kind: .demonym(c))
                }
                if best == nil, capital, isSurname(doc, i, sentence: sentence.tokens, afterAgent: isAgent(raws.last, endingAt: i)),
                   !afterUnknownName(doc, i, sentence: sentence.tokens, previousEnd: previousEnd) {
                    pending.append(raws.count)
                    best = Raw(sentence: s, start: i, end: i + 1, kind: .named(-1))
                }
                guard let found = best else { i += 1; continue }
                if case .named(let e) = found.kind, e >= 0, lexicon.actors.entries[Int(e)].kind == .person, found.end - found.start > 1 {
                    for k in found.start..<found.end where tokens[k].flags.contains(.capitalized)
                        && lexicon.wordClass(tokens[k].word).isEmpty && tokens[k].end - tokens[k].start >= 3 {
                        aliases[tokens[k].word] = e
                    }
                }
                raws.append(found)
                i = found.end
            }
        }
        return resolveSurnames(raws, pending: pending, aliases: aliases, doc)
    }

    /// "Khartoum-based", "London-based": a word no dictionary knows, a place, a hyphen and a word of
    /// class `place-suffix`: the country of that place, as a demonym.
    func placeBased(_ doc: Document, _ i: Int) -> String? {
        let tok = doc.tokens[i]
        let start = Int(tok.foldStart), end = Int(tok.foldEnd)
        return doc.folded.withUnsafeBufferPointer { f -> String? in
            guard let h = (start..<end).last(where: { f[$0] == UInt8(ascii: "-") }), h > start, h + 1 < end else { return nil }
            let suffix = lexicon.vocabulary.lookup(UnsafeBufferPointer(rebasing: f[(h + 1)..<end]))
            guard suffix >= 0, lexicon.word(suffix, is: .placeSuffix) else { return nil }
            let place = lexicon.vocabulary.lookup(UnsafeBufferPointer(rebasing: f[start..<h]))
            guard place >= 0, let m = lexicon.places.trie.longestMatch({ _ in place }, from: 0, limit: 1) else { return nil }
            return lexicon.places.resolvedCountry(m.value, country: nil)
        }
    }

    /// A dictionary name at `i`, if the text writes it as the dictionary says and it is not the
    /// end of a longer name ("Allan Wagner") or the name of a thing ("el túnel Holland").
    func named(_ doc: Document, _ i: Int, sentence s: Int, previousEnd: Int) -> Raw? {
        let tokens = doc.tokens
        let range = doc.sentences[s].tokens
        guard let m = lexicon.actors.trie.longestMatch({ tokens[$0].word }, from: i, limit: range.upperBound) else { return nil }
        let (entry, rule) = ActorDictionary.decode(m.value)
        let r = i..<(i + m.length)
        switch rule {
        case .any: break
        case .capitalized:
            guard capitalized(doc, r) else { return nil }
            // A capital at the start of a sentence proves nothing: "Ciudadanos salieron", "Podemos
            // decir" are common words there, not the parties.
            if i == range.lowerBound && m.length == 1 && isCommonWord(doc, i, limit: range.upperBound) { return nil }
        case .capitals: guard r.allSatisfy({ tokens[$0].kind != .word || tokens[$0].flags.contains(.upper) }) else { return nil }
        }
        if rule != .any {
            switch lexicon.actors.entries[Int(entry)].kind {
            case .person, .organization, .group:
                if afterUnknownName(doc, i, sentence: range, previousEnd: previousEnd) { return nil }
            case .country, .seat:
                if namesAThing(doc, i, sentenceStart: range.lowerBound) { return nil }
            }
        }
        return Raw(sentence: s, start: i, end: r.upperBound, kind: .named(entry))
    }

    /// Whether a capitalised word opening a sentence is read as the common word it also is: a
    /// closed-class word; a verb before an infinitive or a pronoun ("Podemos decir", not "Podemos
    /// acusó"); an agent noun unless a singular verb follows ("Ciudadanos salieron", not
    /// "Ciudadanos acusó").
    func isCommonWord(_ doc: Document, _ i: Int, limit: Int) -> Bool {
        let w = doc.tokens[i].word
        if !lexicon.wordClass(w).isEmpty { return true }
        let next = i + 1 < limit ? doc.tokens[i + 1].word : -1
        let nextReadings = lexicon.verbReadings(next)
        if !lexicon.verbReadings(w).isEmpty {
            return nextReadings.contains { $0.tense == .infinitive } || !lexicon.wordClass(next).intersection([.clitic, .objClitic]).isEmpty
        }
        if lexicon.agents.longestMatch({ doc.tokens[$0].word }, from: i, limit: limit) != nil {
            return !nextReadings.contains { $0.tense.isFinite && !$0.plural }
        }
        return false
    }

    /// Surnames alone become the person the story's countries allow, or are dropped.
    func resolveSurnames(_ raws: [Raw], pending: [Int], aliases: [Int32: Int32], _ doc: Document) -> [Raw] {
        guard !pending.isEmpty else { return raws }
        // Each entry and each surname is worked out once, however often the story names it.
        var entries = Set<Int32>(), demonyms = Set<String>()
        for r in raws {
            switch r.kind {
            case .named(let e) where e >= 0: entries.insert(e)
            case .demonym(let c): demonyms.insert(c)
            default: break
            }
        }
        // Roots read off the codes' bytes (`ActorCode.root(of:)`), not parsed.
        var countries = Set(demonyms.map { ActorCode.root(of: $0) })
        for e in entries { countries.insert(ActorCode.root(of: lexicon.actors.code(e, on: doc.date))) }
        var out = raws
        var drop = Set<Int>()
        var resolved = [Int32: Int32?]()
        for k in pending {
            let word = doc.tokens[raws[k].start].word
            if resolved[word] == nil {
                resolved[word] = .some(aliases[word] ?? lexicon.actors.person(bySurname: word, on: doc.date, countries: countries))
            }
            if let e = resolved[word]! {
                out[k].kind = .named(e)
            } else {
                drop.insert(k)
            }
        }
        return drop.isEmpty ? out : out.indices.filter { !drop.contains($0) }.map { out[$0] }
    }

    /// A surname standing alone ("Kim se reunió con Putin"): not next to another capitalised word
    /// (that would be someone else's full name) unless that word is a title ("President Putin"),
    /// and never a common word ("Han", "Mori", "Sola": the linter lists such names).
    func isSurname(_ doc: Document, _ i: Int, sentence: Range<Int>, afterAgent: Bool) -> Bool {
        let tok = doc.tokens[i]
        guard lexicon.actors.surnames[tok.word] != nil, tok.end - tok.start >= 3, lexicon.wordClass(tok.word).isEmpty,
              lexicon.verbReadings(tok.word).isEmpty else { return false }
        func capitalWord(_ k: Int) -> Bool { doc.tokens[k].kind == .word && doc.tokens[k].flags.contains(.capitalized) }
        if i + 1 < sentence.upperBound && capitalWord(i + 1) { return false }
        // A capital at the start of a sentence proves nothing for a known word ("Hoy Kim habló").
        if !afterAgent, i > sentence.lowerBound && capitalWord(i - 1) && (i - 1 > sentence.lowerBound
            || lexicon.wordClass(doc.tokens[i - 1].word).isEmpty && lexicon.verbReadings(doc.tokens[i - 1].word).isEmpty) { return false }
        return true
    }

    func isAgent(_ raw: Raw?, endingAt i: Int) -> Bool {
        guard let r = raw, r.end == i, case .agent = r.kind else { return false }
        return true
    }

    /// A capitalised word right before `i` that is part of a name, not a title or a known word:
    /// "Salgado Macedonio" is a surname, not a Macedonian.
    func afterName(_ doc: Document, _ i: Int, sentence: Range<Int>, previousEnd: Int) -> Bool {
        let p = i - 1
        guard p > sentence.lowerBound, previousEnd != i else { return false }
        let t = doc.tokens[p]
        return t.kind == .word && t.flags.contains(.capitalized) && lexicon.wordClass(t.word).isEmpty
            && lexicon.verbReadings(t.word).isEmpty
    }

    /// A name right after a capitalised word no dictionary knows, or after a capitalised word and
    /// a small lower-case particle, is the end of a longer name: "Allan Wagner" is not the Wagner Group,
    /// "Khalifa bin Salman" not Mohammed bin Salman.
    func afterUnknownName(_ doc: Document, _ i: Int, sentence: Range<Int>, previousEnd: Int) -> Bool {
        // Unknown: no word of the vocabulary, or one only as part of longer names ("Allan" of a
        // list's "Allan Wagner Tizon"): no acronym, closed class, verb, name or demonym of its own.
        func unknownCapital(_ k: Int) -> Bool {
            guard k >= sentence.lowerBound, doc.tokens[k].kind == .word, doc.tokens[k].flags.contains(.capitalized) else { return false }
            let w = doc.tokens[k].word
            return w < 0 || !doc.tokens[k].flags.contains(.upper) && lexicon.wordClass(w).isEmpty && lexicon.verbReadings(w).isEmpty
                && lexicon.demonymCode(w) == nil
                && lexicon.actors.trie.longestMatch({ doc.tokens[$0].word }, from: k, limit: i) == nil
        }
        guard previousEnd != i else { return false }
        if unknownCapital(i - 1) { return true }
        // Frank "Greg" Ford: a nickname in quotes after a first name.
        if i - 2 >= sentence.lowerBound, doc.tokens[i - 1].flags.contains(.openQuote), unknownCapital(i - 2) { return true }
        guard i - 2 >= sentence.lowerBound else { return false }
        let particle = doc.tokens[i - 1]
        return particle.kind == .word && !particle.flags.contains(.capitalized) && particle.end - particle.start <= 3
            && (particle.word < 0 || lexicon.wordClass(particle.word).isEmpty && lexicon.verbReadings(particle.word).isEmpty)
            && doc.tokens[i - 2].kind == .word && doc.tokens[i - 2].flags.contains(.capitalized)
            && (doc.tokens[i - 2].word < 0 || lexicon.wordClass(doc.tokens[i - 2].word).isEmpty)
    }

    /// "el túnel Holland", "la calle Argentina": a country after a determiner and a common noun
    /// names the thing, not the country.
    func namesAThing(_ doc: Document, _ i: Int, sentenceStart: Int) -> Bool {
        i - 2 >= sentenceStart && followsNoun(doc, i, sentenceStart: sentenceStart) && isClass(doc, i - 2, .determiner)
    }

    /// A name written with capitals must be capitalised in the text, every word but the small
    /// ones: "La Paz" is the city, "la paz" is peace.
    func capitalized(_ doc: Document, _ r: Range<Int>) -> Bool {
        r.allSatisfy { doc.tokens[$0].flags.contains(.capitalized) || !lexicon.wordClass(doc.tokens[$0].word).isEmpty
            || doc.tokens[$0].kind != .word } && doc.tokens[r.lowerBound].flags.contains(.capitalized)
    }

    /// Where modifiers come first ("the new envoy"), an agent word after a plain word heads its
    /// phrase, unless it qualifies a noun after it ("further military support") or follows an
    /// agent that it says which of ("police officers").
    func headsPhrase(_ doc: Document, _ i: Int, length: Int, sentence: Range<Int>, after raw: Raw?) -> Bool {
        guard lexicon.nounCompounds, !isAgent(raw, endingAt: i) else { return false }
        guard i + length < sentence.upperBound else { return true }
        let n = doc.tokens[i + length]
        guard n.kind == .word, !n.flags.contains(.capitalized), lexicon.wordClass(n.word).isEmpty else { return true }
        return !lexicon.verbReadings(n.word).isEmpty && !lexicon.word(doc.tokens[i].word, is: .prenominal)
    }

    /// "asuntos militares": an agent word right after a plain lower-case noun is an adjective; so
    /// after a word that could be a verb but follows an article ("la cita diplomática").
    func followsNoun(_ doc: Document, _ i: Int, sentenceStart: Int) -> Bool {
        guard i > sentenceStart else { return false }
        let p = doc.tokens[i - 1]
        guard p.kind == .word && !p.flags.contains(.capitalized) && lexicon.wordClass(p.word).isEmpty else { return false }
        return lexicon.verbReadings(p.word).isEmpty
            || (i - 2 >= sentenceStart && lexicon.word(doc.tokens[i - 2].word, is: .determiner) && !lexicon.nounCompounds)
    }
}
