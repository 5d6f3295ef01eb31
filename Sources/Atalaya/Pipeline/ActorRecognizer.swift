/// Stage 4. Reads tokens and words; writes `doc.mentions`, `doc.mentionAt` and `doc.country`.
///
/// Finds actor mentions: dictionary names (longest match), agent nouns composed with a
/// country ("el presidente ruso" → RUSGOV, "el ejército de Colombia" → COLMIL), demonyms,
/// appositions ("el líder norcoreano, Kim Jong-un,") and coordination ("Kim y Putin").
///
/// A person named in full makes their single names usable for the rest of the document
/// ("Kim Jong-un" … "Kim"). A bare agent takes the story's main country ("la policía" in a
/// Venezuelan story → VENCOP). Plural leader nouns ("ambos líderes") become references that
/// the subject resolver resolves.
///
/// ```swift
/// ActorRecognizer(lexicon: lexicon).run(&doc)
/// doc.mentions.map(\.code)  // ["PRKGOV", "RUSGOV", ...]
/// ```
public struct ActorRecognizer: Stage {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    enum RawKind { case named(Int32), agent(Int32), demonym(String) }
    struct Raw {
        var sentence: Int
        var start: Int
        var end: Int
        var kind: RawKind
    }

    public func run(_ doc: inout Document) {
        let raws = scan(doc)
        let dominant = dominantCountry(raws, doc)
        doc.country = dominant
        var mentions = [ActorMention]()
        var a = 0
        while a < raws.count {
            var b = a
            while b < raws.count && raws[b].sentence == raws[a].sentence { b += 1 }
            mentions += coordinate(mergeAppositions(compose(Array(raws[a..<b]), doc, dominant: dominant), doc), doc)
            a = b
        }
        doc.mentions = mentions
        doc.mentionAt = [Int32](repeating: -1, count: doc.tokens.count)
        for (i, m) in mentions.enumerated() { for t in m.tokens { doc.mentionAt[t] = Int32(i) } }
    }

    /// Names, agents and demonyms, longest match first, left to right.
    func scan(_ doc: Document) -> [Raw] {
        var raws = [Raw]()
        var aliases = [Int32: Int32]()
        var seen = Set<String>(), seenCount = 0  // countries of raws[..<seenCount]
        // The countries named so far: worked out only when a surname needs them, each raw once.
        func countries() -> Set<String> {
            while seenCount < raws.count {
                if let c = country(of: raws[seenCount], doc) { seen.insert(c) }
                seenCount += 1
            }
            return seen
        }
        let tokens = doc.tokens
        let word: (Int) -> Int32 = { tokens[$0].word }
        for (s, sentence) in doc.sentences.enumerated() {
            var i = sentence.tokens.lowerBound
            let end = sentence.tokens.upperBound
            while i < end {
                let tok = tokens[i]
                guard tok.kind == .word, tok.word >= 0 else { i += 1; continue }
                let capital = tok.flags.contains(.capitalized)
                var best: Raw?
                if let m = lexicon.actors.trie.longestMatch(word, from: i, limit: end) {
                    let lower = m.value >= ActorDictionary.lowercaseOffset
                    let entry = lower ? m.value - ActorDictionary.lowercaseOffset : m.value
                    if lower || capitalized(doc, i..<(i + m.length)) {
                        best = Raw(sentence: s, start: i, end: i + m.length, kind: .named(entry))
                    }
                }
                if let a = lexicon.agents.longestMatch(word, from: i, limit: end), a.length > (best.map { $0.end - i } ?? 0),
                   !followsNoun(doc, i, sentenceStart: sentence.tokens.lowerBound) {
                    best = Raw(sentence: s, start: i, end: i + a.length, kind: .agent(a.value))
                }
                if best == nil, capital, let e = aliases[tok.word] {
                    best = Raw(sentence: s, start: i, end: i + 1, kind: .named(e))
                }
                if best == nil, let c = lexicon.demonymCode(tok.word) {
                    best = Raw(sentence: s, start: i, end: i + 1, kind: .demonym(c))
                }
                if best == nil, capital, let e = surname(doc, i, sentence: sentence.tokens, countries: countries) {
                    best = Raw(sentence: s, start: i, end: i + 1, kind: .named(e))
                    aliases[tok.word] = e
                }
                guard let found = best else { i += 1; continue }
                if case .named(let e) = found.kind, lexicon.actors.entries[Int(e)].kind == .person, found.end - found.start > 1 {
                    for k in found.start..<found.end where tokens[k].flags.contains(.capitalized)
                        && lexicon.wordClass(tokens[k].word).isEmpty && tokens[k].end - tokens[k].start >= 3 {
                        aliases[tokens[k].word] = e
                    }
                }
                raws.append(found)
                i = found.end
            }
        }
        return raws
    }

    /// A surname standing alone ("Kim se reunió con Putin"): not next to another capitalised word
    /// (that would be someone else's full name), not a common word capitalised at the start of a
    /// sentence, and naming one person on the document's date.
    func surname(_ doc: Document, _ i: Int, sentence: Range<Int>, countries: () -> Set<String>) -> Int32? {
        let tok = doc.tokens[i]
        guard lexicon.actors.surnames[tok.word] != nil, tok.end - tok.start >= 3, lexicon.wordClass(tok.word).isEmpty else { return nil }
        func capitalWord(_ k: Int) -> Bool { doc.tokens[k].kind == .word && doc.tokens[k].flags.contains(.capitalized) }
        if i + 1 < sentence.upperBound && capitalWord(i + 1) { return nil }
        // A capital at the start of a sentence proves nothing for a known word ("Hoy Kim habló").
        if i > sentence.lowerBound && capitalWord(i - 1) && (i - 1 > sentence.lowerBound
            || lexicon.wordClass(doc.tokens[i - 1].word).isEmpty && lexicon.verbReadings(doc.tokens[i - 1].word).isEmpty) { return nil }
        if i == sentence.lowerBound && !lexicon.verbReadings(tok.word).isEmpty { return nil }
        return lexicon.actors.person(bySurname: tok.word, on: doc.date, countries: countries)
    }

    /// The country an actor found so far belongs to (none for agents).
    func country(of raw: Raw, _ doc: Document) -> String? {
        switch raw.kind {
        case .named(let e): return ActorCode(lexicon.actors.entries[Int(e)].code(on: doc.date)).root
        case .demonym(let c): return ActorCode(c).root
        case .agent: return nil
        }
    }

    /// A name written with capitals must be capitalised in the text, every word but the small
    /// ones: "La Paz" is the city, "la paz" is peace.
    func capitalized(_ doc: Document, _ r: Range<Int>) -> Bool {
        r.allSatisfy { doc.tokens[$0].flags.contains(.capitalized) || !lexicon.wordClass(doc.tokens[$0].word).isEmpty
            || doc.tokens[$0].kind != .word } && doc.tokens[r.lowerBound].flags.contains(.capitalized)
    }

    /// "asuntos militares": an agent word right after a plain lower-case noun is an adjective.
    func followsNoun(_ doc: Document, _ i: Int, sentenceStart: Int) -> Bool {
        guard i > sentenceStart else { return false }
        let p = doc.tokens[i - 1]
        return p.kind == .word && !p.flags.contains(.capitalized) && lexicon.wordClass(p.word).isEmpty
            && lexicon.verbReadings(p.word).isEmpty
    }

    /// The country the story is mostly about: the most frequent country among named actors.
    func dominantCountry(_ raws: [Raw], _ doc: Document) -> String? {
        var counts = [String: Int]()
        var order = [String]()
        for r in raws {
            let code: String
            switch r.kind {
            case .named(let e): code = lexicon.actors.entries[Int(e)].code(on: doc.date)
            case .demonym(let c): code = c
            case .agent: continue
            }
            guard let country = ActorCode(code).country, country.count == 3 else { continue }
            if counts[country] == nil { order.append(country) }
            counts[country, default: 0] += 1
        }
        // No country named among the actors ("Guerrilleros atacaron … , CAUCA , POPAYÁN"): the
        // towns named tell where the story is.
        if counts.isEmpty {
            let tokens = doc.tokens
            let word: (Int) -> Int32 = { tokens[$0].word }
            var t = 0
            while t < tokens.count {
                if tokens[t].flags.contains(.capitalized), let m = lexicon.places.trie.longestMatch(word, from: t, limit: tokens.count) {
                    let country = lexicon.places.resolve(m.value, country: nil).country
                    if counts[country] == nil { order.append(country) }
                    counts[country, default: 0] += 1
                    t += m.length
                } else {
                    t += 1
                }
            }
        }
        return order.max { counts[$0]! < counts[$1]! || counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)! }
    }

    @inline(__always)
    func isClass(_ doc: Document, _ t: Int, _ c: WordClass) -> Bool {
        t >= 0 && t < doc.tokens.count && lexicon.wordClass(doc.tokens[t].word).contains(c)
    }


    /// "El líder norcoreano, Kim Jong-un," and "Vladimir Putin, presidente ruso," are one actor.
    func mergeAppositions(_ ms: [ActorMention], _ doc: Document) -> [ActorMention] {
        var out = [ActorMention]()
        var k = 0
        while k < ms.count {
            var m = ms[k]
            if k + 1 < ms.count {
                let n = ms[k + 1]
                let commaBetween = n.tokens.lowerBound == m.tokens.upperBound + 1 && isComma(doc, m.tokens.upperBound)
                let after = n.tokens.upperBound
                let closes = after >= doc.tokens.count || doc.tokens[after].kind == .punct
                    || !lexicon.verbReadings(doc.tokens[after].word).isEmpty
                let pair = (m.kind == .composed && n.kind == .named) || (m.kind == .named && n.kind == .composed)
                if commaBetween && closes && pair {
                    let person = m.kind == .named ? m : n
                    let other = m.kind == .named ? n : m
                    let code = ActorCode(person.code).agents.last == "ELI" && !other.code.isEmpty ? other.code : person.code
                    m = ActorMention(sentence: m.sentence, tokens: m.tokens.lowerBound..<n.tokens.upperBound, code: code, kind: .named)
                    k += 1
                }
            }
            out.append(m)
            k += 1
        }
        return out
    }

    /// "Kim y Putin", "Rusia, China y Corea del Norte" → one group mention.
    func coordinate(_ ms: [ActorMention], _ doc: Document) -> [ActorMention] {
        var out = [ActorMention]()
        var k = 0
        while k < ms.count {
            var group = [ms[k]]
            var j = k
            while j + 1 < ms.count, ms[j].kind != .modifier, ms[j + 1].kind != .modifier, ms[j].kind != .reference,
                  ms[j + 1].kind != .reference {
                let gap = ms[j].tokens.upperBound..<ms[j + 1].tokens.lowerBound
                guard !gap.isEmpty, gap.count <= 3 else { break }
                let conj = gap.contains { isClass(doc, $0, .conjunction) }
                guard gap.allSatisfy({ isComma(doc, $0) || isClass(doc, $0, .conjunction) || isClass(doc, $0, .determiner) }) else { break }
                // "llegó a Moscú y Putin le elogió": the second actor opens a clause of its own.
                let after = ms[j + 1].tokens.upperBound
                if isClass(doc, ms[j].tokens.lowerBound - 1, .preposition), after < doc.tokens.count,
                   isClass(doc, after, .clitic) || isClass(doc, after, .objClitic) || isClass(doc, after, .negation)
                    || (!lexicon.verbReadings(doc.tokens[after].word).isEmpty && !doc.tokens[after].flags.contains(.capitalized)) {
                    break
                }
                // A comma alone only lists when an "y" closes the list further on.
                if !conj && !(j + 2 < ms.count && ms[j + 2].tokens.lowerBound - ms[j + 1].tokens.upperBound <= 2
                              && (ms[j + 1].tokens.upperBound..<ms[j + 2].tokens.lowerBound).contains { isClass(doc, $0, .conjunction) }) {
                    break
                }
                group.append(ms[j + 1])
                j += 1
            }
            if group.count > 1 {
                let members = group.flatMap(\.actors)
                out.append(ActorMention(sentence: group[0].sentence, tokens: group[0].tokens.lowerBound..<group.last!.tokens.upperBound,
                                        code: Self.group(members), kind: .group, members: members))
                k = j + 1
            } else {
                out.append(ms[k])
                k += 1
            }
        }
        return out
    }

    @inline(__always)
    func isComma(_ doc: Document, _ t: Int) -> Bool {
        t < doc.tokens.count && doc.tokens[t].kind == .punct && doc.bytes[Int(doc.tokens[t].start)] == UInt8(ascii: ",")
    }
}
