extension ActorRecognizer {
    /// Organisations no dictionary knows, introduced with their acronym: "members of the Brazilian
    /// Landless Workers Movement (MST)", "la Asociación Nacional de Educadores Salvadoreños
    /// (ANDES)". The acronym names the actor of the name before it for the rest of the story
    /// ("MST members extended barbed wire …").
    ///
    /// Reads the mentions (introductions merged); returns them with the acronym's later uses
    /// added, in text order.
    func introducedAcronyms(_ mentions: [ActorMention], _ doc: Document) -> [ActorMention] {
        var learned = [[UInt8]: String]()
        var named = [(owner: Int, tokens: Range<Int>)]()  // owners widened to their whole name
        var m = 0  // the first mention ending after token t
        var t = 1
        let tokens = doc.tokens
        while t + 2 < tokens.count {
            defer { t += 1 }
            while m < mentions.count && mentions[m].tokens.upperBound <= t { m += 1 }
            guard isOpening(doc, t), isAcronym(doc, t + 1), !(m < mentions.count && mentions[m].tokens.lowerBound <= t + 1),
                  tokens[t + 2].isPunct(UInt8(ascii: ")"), in: doc.bytes), m > 0,
                  let owner = nameOwner(mentions[m - 1], before: t, doc) else { continue }
            let key = folded(doc, (t + 1)..<(t + 2))
            if learned[key] == nil { learned[key] = owner.code }
            named.append((m - 1, nameStart(of: owner, doc)..<(t + 3)))
        }
        guard !learned.isEmpty else { return mentions }
        let mentions = widened(mentions, named)
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for k in m.tokens { covered[k] = true } }
        var added = [ActorMention]()
        for (s, sentence) in doc.sentences.enumerated() {
            for k in sentence.content..<sentence.tokens.upperBound where !covered[k] && isAcronym(doc, k)
                && !(k > 0 && isOpening(doc, k - 1)) {
                if let code = learned[folded(doc, k..<(k + 1))] {
                    added.append(ActorMention(sentence: s, tokens: k..<(k + 1), code: code, kind: .named))
                }
            }
        }
        return added.isEmpty ? mentions : (mentions + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The mention `owner` when its name runs up to the parenthesis at `paren`: it ends there or
    /// is followed only by a few capitalised words of the same name ("Workers Movement (MST)").
    func nameOwner(_ owner: ActorMention, before paren: Int, _ doc: Document) -> ActorMention? {
        guard owner.kind != .reference, owner.kind != .group, !owner.code.isEmpty,
              paren - owner.tokens.upperBound <= Self.maxNameTail else { return nil }
        for k in owner.tokens.upperBound..<paren where !(doc.tokens[k].kind == .word && doc.tokens[k].flags.contains(.capitalized)) {
            return nil
        }
        return isComplement(owner, doc) && ActorCode(owner.code).agents.isEmpty ? nil : owner
    }

    /// The owners' mentions widened to the whole name and its acronym ("la [Asociación Nacional de
    /// Educadores Salvadoreños (ANDES)]"), the mentions inside them dropped: the name is one actor,
    /// the subject of what follows, not a complement ("de Educadores").
    func widened(_ mentions: [ActorMention], _ named: [(owner: Int, tokens: Range<Int>)]) -> [ActorMention] {
        var out = [ActorMention]()
        out.reserveCapacity(mentions.count)
        var n = 0
        for (i, m) in mentions.enumerated() {
            while n < named.count && named[n].tokens.upperBound <= m.tokens.lowerBound { n += 1 }
            if n < named.count, named[n].owner == i {
                var w = m
                w.tokens = named[n].tokens
                if w.kind == .modifier { w.kind = .named }  // "the Kenyan Green Belt Movement (GBM)" acts
                out.append(w)
            } else if !(n < named.count && named[n].tokens.contains(m.tokens.lowerBound)) {
                out.append(m)
            }
        }
        return out
    }

    /// The first word of the name whose last recognised words `m` are: capitalised words back,
    /// and genitives between capitalised words ("Asociación Nacional de Educadores"), not the
    /// sentence's first word (any word is capitalised there).
    func nameStart(of m: ActorMention, _ doc: Document) -> Int {
        let first = doc.sentences[m.sentence].content
        var k = m.tokens.lowerBound
        func capital(_ t: Int) -> Bool {
            t > first && doc.tokens[t].kind == .word && doc.tokens[t].flags.contains(.capitalized) && !isClass(doc, t, .determiner)
        }
        while k - 1 > first {
            if capital(k - 1) { k -= 1; continue }
            var q = k - 1
            while q > first && isClass(doc, q, .determiner) { q -= 1 }
            guard isClass(doc, q, .genitive), q - 1 >= first, capital(q - 1) else { break }
            k = q - 1
        }
        return k
    }

    /// A place or body named inside a longer name, as its complement: "Tratado de Libre Comercio
    /// de América del Norte (TLCAN)" is a treaty, not North America. (An agent stays the owner:
    /// "Asociación Nacional de Educadores Salvadoreños (ANDES)" are Salvadoran teachers.)
    func isComplement(_ m: ActorMention, _ doc: Document) -> Bool {
        var k = m.tokens.lowerBound - 1
        while k > 0 && isClass(doc, k, .determiner) { k -= 1 }
        guard k > 0, isClass(doc, k, .genitive) else { return false }
        k -= 1
        // Not the sentence's first word, capitalised whatever it is ("Members of the Kenyan …").
        return k > doc.sentences[m.sentence].content && doc.tokens[k].kind == .word && doc.tokens[k].flags.contains(.capitalized)
    }

    /// Capitalised words of an organisation's name after its last recognised word.
    static let maxNameTail = 4

    func isOpening(_ doc: Document, _ t: Int) -> Bool { doc.tokens[t].isPunct(UInt8(ascii: "("), in: doc.bytes) }

    /// A word in capitals of two letters or more.
    func isAcronym(_ doc: Document, _ t: Int) -> Bool {
        let tok = doc.tokens[t]
        return tok.kind == .word && tok.flags.contains(.upper) && tok.end - tok.start >= 2
    }
}
