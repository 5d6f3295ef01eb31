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
        (doc.country, doc.mentions) = mentions(doc)
        doc.mentionAt = [Int32](repeating: -1, count: doc.tokens.count)
        for (i, m) in doc.mentions.enumerated() { for t in m.tokens { doc.mentionAt[t] = Int32(i) } }
    }

    /// The story's country and the document's mentions. (Read from a borrowed document, not the
    /// `inout` one: each helper given the `inout` document got a copy of it, retaining its arrays.)
    func mentions(_ doc: Document) -> (country: String?, mentions: [ActorMention]) {
        let raws = scan(doc)
        let dominant = dominantCountry(raws, doc)
        var mentions = [ActorMention]()
        mentions.reserveCapacity(raws.count)  // at most one a raw
        var a = 0
        // The country each agent was last named with ("the US army" → MIL: USA): a few pairs at most.
        var named = [(agent: String, country: String)]()
        while a < raws.count {
            var b = a
            while b < raws.count && raws[b].sentence == raws[a].sentence { b += 1 }
            // An agent alone takes the country of the place its sentence names ("la policía … en
            // Barcelona"), else the story's.
            let local = placeCountry(doc, sentence: raws[a].sentence, story: dominant) ?? dominant
            let first = mentions.count
            coordinate(mergeAppositions(compose(raws[a..<b], doc, dominant: local, named: named), doc), doc, into: &mentions)
            for m in mentions[first...] where m.kind == .composed { remember(m.code, in: &named) }
            a = b
        }
        return (dominant, introducedAcronyms(introducedNames(mentions, doc), doc))
    }

    /// Notes the country a composed code gives its agent ("USAMIL": soldiers are American in this
    /// story). Not government: a story of diplomacy names the officials of several countries.
    func remember(_ code: String, in named: inout [(agent: String, country: String)]) {
        guard let agent = ActorCode.soleAgent(of: code), agent != "GOV", let country = ActorCode.country(of: code),
              lexicon.places.isCountryCode(country) else { return }
        if let i = named.firstIndex(where: { $0.agent == agent }) { named[i].country = country } else { named.append((agent, country)) }
    }

    /// The country the story is mostly about: the most frequent country among named actors.
    func dominantCountry(_ raws: [Raw], _ doc: Document) -> String? {
        // A story names a few countries: counted in a list, searched linearly, in order of first mention.
        var counts = [(country: String, count: Int)]()
        // Each country's length and first bytes in one word, searched before the strings are compared.
        var keys = [UInt32]()
        counts.reserveCapacity(16)
        keys.reserveCapacity(16)
        func count(_ country: String) {
            let key = Self.countKey(country)
            // Equal keys, different countries (alike in their first bytes): the strings decide.
            if keys.contains(key), let i = counts.firstIndex(where: { $0.country == country }) {
                counts[i].count += 1
            } else {
                counts.append((country, 1))
                keys.append(key)
            }
        }
        for r in raws {
            let code: String
            switch r.kind {
            case .named(let e): code = lexicon.actors.code(e, on: doc.date)
            case .demonym(let c): code = c
            case .agent: continue
            }
            // Countries only: a region ("colonia Caribe Bajo" → Caribbean) is no story's country.
            guard let country = ActorCode.country(of: code), country.utf8.count == 3, lexicon.places.isCountryCode(country) else { continue }
            count(country)
        }
        // No country named among the actors ("Guerrilleros atacaron … , CAUCA , POPAYÁN"): the
        // towns named tell where the story is.
        if counts.isEmpty { return townsCountry(doc) }
        // The most named; of equals, the first named.
        var best: (country: String, count: Int)?
        for c in counts where c.count > best?.count ?? 0 { best = c }
        return best?.country
    }

    /// The country of the towns a story names: the most named, of equals the most populous
    /// places'. First the names of one country only ("TOLIMA", "Natagaima"); a name towns of
    /// several countries have ("Palma", "Valencia") only when no such name tells.
    func townsCountry(_ doc: Document) -> String? {
        let tokens = doc.tokens
        let word: (Int) -> Int32 = { tokens[$0].word }
        var sole = [(country: String, count: Int, population: Int)](), shared = [Int32]()
        var t = 0
        while t < tokens.count {
            guard tokens[t].flags.contains(.capitalized), let m = lexicon.places.trie.longestMatch(word, from: t, limit: tokens.count),
                  mayBeTown(doc, t, length: m.length) else { t += 1; continue }
            if let c = lexicon.places.soleCountry(m.value) {
                let population = lexicon.places.resolvedSize(m.value, country: c).population
                if let i = sole.firstIndex(where: { $0.country == c }) {
                    sole[i].count += 1
                    sole[i].population += population
                } else {
                    sole.append((c, 1, population))
                }
            } else {
                shared.append(m.value)
            }
            t += m.length
        }
        if let best = sole.max(by: { ($0.count, $0.population) < ($1.count, $1.population) }) { return best.country }
        var counts = [(country: String, count: Int)]()
        for v in shared {
            let c = lexicon.places.resolvedCountry(v, country: nil)
            if let i = counts.firstIndex(where: { $0.country == c }) { counts[i].count += 1 } else { counts.append((c, 1)) }
        }
        // The most named; of equals, the first named.
        var best: (country: String, count: Int)?
        for c in counts where c.count > best?.count ?? 0 { best = c }
        return best?.country
    }

    /// A country's length and first three bytes in one word: equal countries have equal keys.
    @inline(__always)
    static func countKey(_ country: String) -> UInt32 {
        let u = country.utf8
        var key = UInt32(truncatingIfNeeded: u.count) << 24, shift: UInt32 = 0
        var i = u.startIndex
        while i != u.endIndex && shift < 24 {
            key |= UInt32(u[i]) << shift
            shift += 8
            i = u.index(after: i)
        }
        return key
    }

    /// The country of the first town the sentence names after a place marker ("en Nueva York").
    func placeCountry(_ doc: Document, sentence s: Int, story: String?) -> String? {
        let range = doc.sentences[s].tokens
        var t = range.lowerBound + 1
        while t < range.upperBound {
            defer { t += 1 }
            guard doc.tokens[t].flags.contains(.capitalized) else { continue }
            // "en Kharkiv", "the city of Kharkiv", "el municipio de Balboa" (not an office's: "el
            // ministro de la ciudad de Nablus")
            let marked = isClass(doc, t - 1, .placeMarker)
                || t - 2 >= range.lowerBound && isClass(doc, t - 1, .genitive) && isClass(doc, t - 2, .placeMarker)
                   && !ofSomething(doc, t - 2, floor: range.lowerBound)
            guard marked, let m = lexicon.places.trie.longestMatch({ doc.tokens[$0].word }, from: t, limit: range.upperBound),
                  mayBeTown(doc, t, length: m.length) else { continue }
            let place = lexicon.places.resolvedSize(m.value, country: story)
            if story == nil || place.country == story || isKnownAbroad(place, m.value) { return place.country }
        }
        return nil
    }

    /// Whether the noun at `t` follows a genitive, past articles ("de la ciudad").
    func ofSomething(_ doc: Document, _ t: Int, floor: Int) -> Bool {
        var p = t - 1
        while p >= floor && isClass(doc, p, .determiner) && !isClass(doc, p, .genitive) { p -= 1 }
        return p >= floor && isClass(doc, p, .genitive)
    }

    /// Whether a town of another country than the story's is surely that town: a country, a city
    /// of a million, or one of 100,000 whose name no other country's town has ("la policía … en
    /// Miami"). A village's name is too often a village of the story's country that the gazetteer
    /// lacks ("la vereda El Crucero" in Cauca is no Nicaraguan town), and a shared name
    /// ("Palma", "Valencia") the story's own.
    func isKnownAbroad(_ place: (country: String, population: Int, isCountry: Bool), _ value: Int32) -> Bool {
        place.isCountry || place.population >= 1_000_000 || place.population >= 100_000 && lexicon.places.soleCountry(value) != nil
    }

    /// A closed-class word (a month, an article) or an agent noun alone is no town: "Un juez …"
    /// does not name Un, India, "Police arrested …" Police, Poland, nor "in March" March, England.
    func mayBeTown(_ doc: Document, _ t: Int, length: Int) -> Bool {
        length > 1 || lexicon.wordClass(doc.tokens[t].word).isEmpty
            && lexicon.agents.longestMatch({ doc.tokens[$0].word }, from: t, limit: t + 1) == nil
    }

    @inline(__always)
    func isClass(_ doc: Document, _ t: Int, _ c: WordClass) -> Bool {
        t >= 0 && t < doc.tokens.count && lexicon.wordClass(doc.tokens[t].word).contains(c)
    }


    /// "El líder norcoreano, Kim Jong-un," and "Vladimir Putin, presidente ruso," are one actor, and
    /// so are "su homólogo chino Xi Jinping".
    func mergeAppositions(_ ms: [ActorMention], _ doc: Document) -> [ActorMention] {
        guard ms.count > 1 else { return ms }  // nothing to merge: the list as it is
        var out = [ActorMention]()
        out.reserveCapacity(ms.count)  // at most one a mention: one allocation, no regrowth
        var k = 0
        while k < ms.count {
            var m = ms[k]
            if k + 1 < ms.count {
                let n = ms[k + 1]
                let commaBetween = n.tokens.lowerBound == m.tokens.upperBound + 1 && isComma(doc, m.tokens.upperBound)
                let after = n.tokens.upperBound
                let closes = after >= doc.tokens.count || doc.tokens[after].kind == .punct
                    || !lexicon.verbReadings(doc.tokens[after].word).isEmpty
                let pair = (Self.isRole(m.kind) && n.kind == .named) || (m.kind == .named && Self.isRole(n.kind))
                // "su homólogo chino Xi Jinping": a role right before a name of the same country.
                let adjacent = n.tokens.lowerBound == m.tokens.upperBound && m.kind == .composed && n.kind == .named
                    && ActorCode(m.code).country != nil && ActorCode(m.code).country == ActorCode(n.code).country
                if commaBetween && closes && pair || adjacent {
                    let person = m.kind == .named ? m : n
                    let other = m.kind == .named ? n : m
                    // A role the text states ("el ministro de Salud venezolano, Carlos Alvarado") beats
                    // the dictionary's entry for someone of the same name.
                    let stated = other.kind == .composed || ActorCode(person.code).agents.last == "ELI"
                    let code = stated && !other.code.isEmpty ? other.code : person.code
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
        coordinate(ms, doc, into: &out)
        return out
    }

    /// `coordinate(_:_:)`, appending to the document's list `out` (no list of its own a sentence).
    func coordinate(_ ms: [ActorMention], _ doc: Document, into out: inout [ActorMention]) {
        guard ms.count > 1 else { return out.append(contentsOf: ms) }  // nothing to coordinate
        var k = 0
        while k < ms.count {
            var group = [ActorMention]()  // filled only when a second member joins: most mentions stand alone
            var j = k
            while j + 1 < ms.count, ms[j].kind != .modifier, ms[j + 1].kind != .modifier, ms[j].kind != .reference,
                  ms[j + 1].kind != .reference {
                let gap = ms[j].tokens.upperBound..<ms[j + 1].tokens.lowerBound
                guard !gap.isEmpty, gap.count <= 3 else { break }
                let conj = gap.contains { isClass(doc, $0, .conjunction) }
                // "los presidentes de Perú y de Chile": the genitive repeats after the conjunction.
                let parallel = ms[j].tokens.contains { isClass(doc, $0, .genitive) }
                guard gap.allSatisfy({ isComma(doc, $0) || isClass(doc, $0, .conjunction) || isClass(doc, $0, .determiner)
                    || parallel && conj && isClass(doc, $0, .genitive) }) else { break }
                // "llegó a Moscú y Putin le elogió", "detuvo a los manifestantes y el gobierno condenó":
                // after an object, an actor before a verb opens a clause of its own.
                let after = ms[j + 1].tokens.upperBound
                if isObject(ms[j], doc), after < doc.tokens.count,
                   isClass(doc, after, .clitic) || isClass(doc, after, .objClitic) || isClass(doc, after, .negation)
                    || (!lexicon.verbReadings(doc.tokens[after].word).isEmpty && !doc.tokens[after].flags.contains(.capitalized)
                        && !isClass(doc, after, .preposition)) {
                    break
                }
                // A comma alone only lists when an "y" closes the list further on ("Colombia, Argentina,
                // Chile y Panamá").
                if !conj && !listClosed(ms, after: j + 1, doc) { break }
                if group.isEmpty { group.append(ms[k]) }
                group.append(parallel && gap.contains { isClass(doc, $0, .genitive) } ? distributed(ms[j + 1], from: ms[j]) : ms[j + 1])
                j += 1
            }
            if group.count > 1 {
                let members = sharedAgent(group, doc).flatMap(\.actors)
                out.append(ActorMention(sentence: group[0].sentence, tokens: group[0].tokens.lowerBound..<group.last!.tokens.upperBound,
                                        code: Self.group(members), kind: .group, members: members))
                k = j + 1
            } else {
                out.append(ms[k])
                k += 1
            }
        }
    }

    /// Whether a mention follows a preposition or a verb, past articles ("a los manifestantes",
    /// "atacó Ucrania"); not a verb right after "que", whose subject may follow it ("el acuerdo
    /// que firmaron Chile y Perú entra en vigor").
    func isObject(_ m: ActorMention, _ doc: Document) -> Bool {
        var t = m.tokens.lowerBound - 1
        let floor = doc.sentences[m.sentence].tokens.lowerBound
        while t >= floor && !isClass(doc, t, .preposition) && isClass(doc, t, .determiner) && !isClass(doc, t, .subordinator) { t -= 1 }
        guard t >= floor, doc.tokens[t].kind == .word else { return false }
        return isClass(doc, t, .preposition)
            || !doc.tokens[t].flags.contains(.capitalized) && lexicon.wordClass(doc.tokens[t].word).isEmpty
               && !lexicon.verbReadings(doc.tokens[t].word).isEmpty && !isClass(doc, t - 1, .subordinator)
    }

    /// Whether the mentions from `i` on go on by single commas until an "y" joins the next one.
    func listClosed(_ ms: [ActorMention], after i: Int, _ doc: Document) -> Bool {
        var k = i
        while k + 1 < ms.count {
            let gap = ms[k].tokens.upperBound..<ms[k + 1].tokens.lowerBound
            guard !gap.isEmpty, gap.count <= 2 else { return false }
            if gap.contains(where: { isClass(doc, $0, .conjunction) }) { return true }
            guard gap.count == 1, isComma(doc, gap.lowerBound) else { return false }
            k += 1
        }
        return false
    }

    /// "los presidentes de Perú y de Chile": the second country has the first one's role too.
    func distributed(_ m: ActorMention, from first: ActorMention) -> ActorMention {
        let role = ActorCode(first.code), own = ActorCode(m.code)
        guard own.isRootAlone, own.country != nil, role.country != nil, !role.body.isEmpty else { return m }
        var out = m
        out.code = own.root + role.body
        return out
    }

    /// "French and German ministers", "US and British troops": countries listed before a demonym
    /// and the one agent noun that closes the list are each that agent of their own country
    /// (FRAGOV+DEUGOV, not FRA+DEUGOV). Only a country alone takes the role, and only from an
    /// agent with a demonym before it ("Russia and the Chinese army" is no such list).
    func sharedAgent(_ group: [ActorMention], _ doc: Document) -> [ActorMention] {
        guard let last = group.last, last.kind == .composed, group.count > 1,
              lexicon.demonymCode(doc.tokens[last.tokens.lowerBound].word) != nil,
              isClass(doc, last.tokens.lowerBound - 1, .conjunction) else { return group }
        let role = ActorCode(last.code)
        guard role.country != nil, !role.body.isEmpty else { return group }
        return group.map { m in
            let own = ActorCode(m.code)
            guard m.members.isEmpty, m.kind == .named, own.isRootAlone, own.country != nil else { return m }
            var out = m
            out.code = own.root + role.body
            return out
        }
    }

    /// An agent noun's mention, composed or bare: a role ("el presidente ruso", "la policía").
    /// (Compared directly: a literal list of kinds to search is made on every call.)
    @inline(__always)
    static func isRole(_ k: ActorMention.Kind) -> Bool { k == .composed || k == .bare }

    @inline(__always)
    func isComma(_ doc: Document, _ t: Int) -> Bool { doc.isComma(t) }
}
