/// Matches a pattern's complement words after its head and finds the target its
/// prepositions mark. Shared by verbal and nominal event coding.
struct PatternMatcher: Sendable {
    let lexicon: Lexicon

    /// The token after the last complement word, or nil when the complement is not there.
    /// Slots may be preceded by other words (`gapBefore`), but not across a clause break. From
    /// `firstSlot` on: the slots before it were found elsewhere (before the verb).
    func complement(_ p: Pattern, _ doc: Document, after head: Int, scopeEnd: Int, firstSlot: Int = 0) -> Int? {
        var t = head + 1
        for slot in p.slots[firstSlot...] {
            var found = -1
            var k = t
            while k < scopeEnd && k <= t + slot.gapBefore {
                if slot.words.contains(doc.tokens[k].word) { found = k; break }
                k += 1
            }
            guard found >= 0 else { return nil }
            t = found + 1
        }
        return t
    }

    /// "condenó la detención de dos británicos por el ejército ruso": when the object is a deed done
    /// to its genitive (a noun with a `target=genitive` pattern) and names its doer, the verb is
    /// about the doer, not about those it was done to.
    func deedDoer(_ doc: Document, _ index: EventCoder.Index, noun t: Int, to: Int, excluding subject: [ActorMember]) -> [ActorMember]? {
        let w = doc.tokens[t].word
        guard w >= 0, lexicon.patterns.candidates(head: w).contains(where: {
            let p = lexicon.patterns.patterns[Int($0)]
            return p.noun && p.targetAfterGenitive
        }), let doer = NounParties(lexicon: lexicon).explicitAgent(doc, index, noun: t, end: to) else { return nil }
        let others = doer.filter { a in !subject.contains { EventCoder.sameActor($0.code, a.code) } }
        return others.isEmpty ? nil : others
    }

    /// A comma, semicolon or colon ends the phrase a preposition opens.
    static func isBreak(_ doc: Document, _ t: Int) -> Bool {
        guard doc.tokens[t].kind == .punct else { return false }
        let c = doc.bytes[Int(doc.tokens[t].start)]
        return c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":")
    }

    /// The target after `from`: the first actor following one of the pattern's prepositions,
    /// or (for `OBJ`) an object right after the verb. A place stands for its country
    /// ("viajó a Vladivostok" → RUS).
    func target(_ p: Pattern, _ doc: Document, _ index: EventCoder.Index, from: Int, to: Int,
                excluding subject: [ActorMember]) -> [ActorMember] {
        if p.objectTarget, let found = object(doc, index, from: from, to: to, owner: !p.actorObject, excluding: subject) {
            // (The end of the actors found, reduced in place: no list made for it.)
            let end = found.reduce(0) { max($0, $1.tokens.upperBound) }
            return instances(after: end, doc, index, excluding: subject) ?? found
        }
        if p.farTarget && p.targetMarkers.isEmpty && !p.objectTarget { return anyActor(doc, index, from: from, to: to, excluding: subject) }
        guard !p.targetMarkers.isEmpty else { return [] }
        for t in from..<max(from, to) where p.targetMarkers.contains(doc.tokens[t].word) && !doc.tokens[t].flags.contains(.fixedPhrase) {
            // "viajó a Vladivostok": a place is a target only as a destination; "en Colombo" says
            // where, and "con Castro" is no town. "ejecutaron a las 11:00 pm, en la vereda El Morro
            // a tres personas": when one marker leads nowhere, the next may be the one.
            let places = lexicon.word(doc.tokens[t].word, is: .objectMarker)
            var k = t + 1
            while k < to && !Self.isBreak(doc, k) {
                if let found = actors(at: k, places: places, doc, index, excluding: subject) {
                    let end = index.mentionAt[k] >= 0 ? doc.mentions[Int(index.mentionAt[k])].tokens.upperBound : k + 1
                    return instances(after: end, doc, index, excluding: subject) ?? found
                }
                // The personal "a" of a verb that takes a person ("ejecutaron … a Wilson"); after
                // "viajar a" an unknown name is a town.
                if places && p.objectTarget && k == t + 1, let found = unknownName(doc, index, k) { return found }
                k += 1
            }
        }
        return []
    }

    /// "se ha reunido con los líderes de la región, como México, Perú y Colombia": the group named
    /// after a comma and an `instance` word right after an actor (ending at `end`) are the ones meant.
    func instances(after end: Int, _ doc: Document, _ index: EventCoder.Index, excluding subject: [ActorMember]) -> [ActorMember]? {
        guard end + 2 < doc.tokens.count, doc.tokens[end].kind == .punct, Self.isBreak(doc, end),
              lexicon.word(doc.tokens[end + 1].word, is: .instance), index.mentionAt[end + 2] >= 0 else { return nil }
        let m = doc.mentions[Int(index.mentionAt[end + 2])]
        guard m.kind == .group else { return nil }
        let list = doc.actors(ofMention: Int(index.mentionAt[end + 2])).filter { !isSubject($0, subject, doc) }
        return list.isEmpty ? nil : list
    }

    /// The actors at token `t` (a mention, or a place's country), other than the subject. (A method,
    /// not a closure in `target`: a closure would copy the whole document into its context.)
    func actors(at t: Int, places: Bool, _ doc: Document, _ index: EventCoder.Index,
                excluding subject: [ActorMember]) -> [ActorMember]? {
        if index.mentionAt[t] >= 0 {
            let all = doc.actors(ofMention: Int(index.mentionAt[t]))
            // A subject has an actor or two, searched in place; most mentions hold none of them, and
            // their list is returned as it is, not filtered into a new one.
            guard all.contains(where: { isSubject($0, subject, doc) }) else { return all.isEmpty ? nil : all }
            let list = all.filter { !isSubject($0, subject, doc) }
            return list.isEmpty ? nil : list
        }
        if places && index.placeAt[t] >= 0 {
            let country = doc.places[Int(index.placeAt[t])].place.country
            return subject.contains(where: { $0.code == country }) || (subject.count == 1 && EventCoder.sameActor(subject[0].code, country)) ? nil
                : [ActorMember(code: country, tokens: doc.places[Int(index.placeAt[t])].tokens)]
        }
        return nil
    }

    /// Whether `member` is the subject again. An actor under the subject's code is, as a rule
    /// ("Putin … el presidente ruso"); a named organisation spelled otherwise is not: the PRI and
    /// the PAN are both MEXPTY, two outlets both ESPMED.
    func isSubject(_ member: ActorMember, _ subject: [ActorMember], _ doc: Document) -> Bool {
        // A state and its government are one actor: "una intervención militar estadounidense en
        // Venezuela" threatened by the US president is against Venezuela, not the US. (Of a pair
        // of subjects, each may still be the other's target.)
        if subject.count == 1, subject[0].code != member.code, EventCoder.sameActor(subject[0].code, member.code) { return true }
        guard subject.contains(where: { $0.code == member.code }) else { return false }
        // Two private persons are one only in the same words: "desconocidos mataron a un
        // comerciante" (both COLCVL) is one civilian's killing by others.
        guard namedOrganization(doc, member.tokens) || lexicon.actorCode(member.code).agents == [Self.civilians] else { return true }
        let words = member.tokens.map { doc.tokens[$0].word }
        return subject.contains { $0.code == member.code && $0.tokens.map { doc.tokens[$0].word } == words }
    }

    /// The CAMEO agent of private persons.
    static let civilians = "CVL"

    /// Tokens that are exactly a dictionary name of an organisation or group.
    func namedOrganization(_ doc: Document, _ tokens: Range<Int>) -> Bool {
        guard !tokens.isEmpty, let m = lexicon.actors.trie.longestMatch({ doc.tokens[$0].word }, from: tokens.lowerBound,
                                                                          limit: tokens.upperBound),
              m.length == tokens.count else { return false }
        let kind = lexicon.actors.entries[Int(ActorDictionary.decode(m.value).entry)].kind
        return kind == .organization || kind == .group
    }

    /// A name the dictionaries do not know after the personal "a": a person, a civilian of the
    /// story's country, as human coders code victims ("ejecutaron a Wilson"); an acronym is an
    /// organisation, the story's country alone ("exigió al PRD").
    func unknownName(_ doc: Document, _ index: EventCoder.Index, _ t: Int) -> [ActorMember]? {
        let tok = doc.tokens[t]
        guard tok.kind == .word, tok.flags.contains(.capitalized), index.mentionAt[t] < 0, index.placeAt[t] < 0,
              lexicon.wordClass(tok.word).isEmpty else { return nil }
        // An acronym is an organisation of the story's country; in a story of no known country,
        // no one we can code (it was an actor with an empty code).
        if tok.flags.contains(.upper) { return doc.country.map { [ActorMember(code: $0, tokens: t..<(t + 1))] } }
        return [ActorMember(code: (doc.country ?? "") + "CVL", tokens: t..<(t + 1))]
    }

    /// "freed over 150 prisoners", "liberó a más de 150 presos": one or two lower-case words before
    /// a number only say how many.
    func leadsANumber(_ doc: Document, _ index: EventCoder.Index, _ t: Int, to: Int) -> Bool {
        func plain(_ k: Int) -> Bool {
            let tok = doc.tokens[k]
            return tok.kind == .word && !tok.flags.contains(.capitalized) && index.mentionAt[k] < 0 && lexicon.verbReadings(tok.word).isEmpty
        }
        guard plain(t) else { return false }
        if t + 1 < to, doc.tokens[t + 1].kind == .number { return true }
        return t + 2 < to && plain(t + 1) && doc.tokens[t + 2].kind == .number
    }

    /// A comma or a quotation mark: inside a list of nouns or around one.
    static func isListPunct(_ doc: Document, _ t: Int) -> Bool {
        let tok = doc.tokens[t]
        guard tok.kind == .punct else { return false }
        return tok.flags.contains(.openQuote) || tok.flags.contains(.closeQuote) || doc.bytes[Int(tok.start)] == UInt8(ascii: ",")
    }

    /// The direct object: an actor right after the verb (past determiners and the personal "a"), an
    /// unknown name after the personal "a" ("ejecutaron a Wilson": a civilian), or the object's owner
    /// ("derribó drones ucranianos", "lamentó la decisión de Irán", "invadieron el norte de Siria").
    func object(_ doc: Document, _ index: EventCoder.Index, from: Int, to: Int, owner: Bool = true,
                excluding subject: [ActorMember]) -> [ActorMember]? {
        var t = from
        // "visitó el pasado agosto Colombia": a date right after the verb stands before its object.
        if let d = doc.dates(startingIn: from..<min(to, from + 3)).first,
           (from..<d.tokens.lowerBound).allSatisfy({ lexicon.wordClass(doc.tokens[$0].word).contains(.yearCue) || lexicon.word(doc.tokens[$0].word, is: .determiner) }) {
            t = max(t, d.tokens.upperBound)
        }
        while t < to && (lexicon.word(doc.tokens[t].word, is: .determiner) || lexicon.word(doc.tokens[t].word, is: .objectMarker)
                         || doc.tokens[t].kind == .number || leadsANumber(doc, index, t, to: to)) { t += 1 }
        if !owner, t < to, qualifiesAThing(doc, index, t, to: to) { return nil }
        if t < to, let found = actors(at: t, places: true, doc, index, excluding: subject) { return found }
        if owner, t < to, let doer = deedDoer(doc, index, noun: t, to: to, excluding: subject) { return doer }
        if t < to, t > from, lexicon.word(doc.tokens[t - 1].word, is: .objectMarker), let found = unknownName(doc, index, t) {
            return found
        }
        // "killed Paulo Brizola Nunes": a verb that takes a person, right before a full name no
        // dictionary knows (two capitalised words or more), acts on a person of the story's country;
        // before an unknown acronym ("attacked the MST"), on an organisation of that country.
        if !owner, t < to, let found = unknownName(doc, index, t),
           doc.tokens[t].flags.contains(.upper) || (t == from && t + 1 < to && unknownName(doc, index, t + 1) != nil) {
            return found
        }
        // "enfrenta críticas de la prensa": whom a fight is with is no thing's owner; but
        // "dozens of prisoners", "miles de manifestantes" are the actors themselves.
        guard owner else {
            guard t + 1 < to, lexicon.word(doc.tokens[t].word, is: .genitive) else { return nil }
            var k = t + 1
            while k < to && lexicon.word(doc.tokens[k].word, is: .determiner) { k += 1 }
            return k < to ? actors(at: k, places: true, doc, index, excluding: subject) : nil
        }
        var k = t
        // Past a list of things ("acusó dilaciones, obstrucciones y bloqueos del Gobierno") and
        // quotation marks ('blamed the "over-eagerness" of the police').
        while k < min(to, t + 8), doc.tokens[k].kind == .word || Self.isListPunct(doc, k) {
            if doc.tokens[k].kind == .punct { k += 1; continue }
            if index.mentionAt[k] >= 0 || index.placeAt[k] >= 0 {
                let owned = k == t + 1 || lexicon.word(doc.tokens[k - 1].word, is: .genitive)
                    || lexicon.wordClass(doc.tokens[k - 1].word).contains(.determiner)
                return owned ? actors(at: k, places: true, doc, index, excluding: subject) : nil
            }
            let classes = lexicon.wordClass(doc.tokens[k].word)
            if !lexicon.verbReadings(doc.tokens[k].word).isEmpty && classes.isEmpty && k > t { break }
            if classes.contains(.preposition) && !classes.contains(.genitive) { break }
            k += 1
        }
        return nil
    }

    /// "received military aid from …": a lower-case agent word alone before a plain lower-case noun
    /// (no verb, no closed-class word, no actor) that the phrase goes on past only says what kind
    /// of thing the object is; it is no actor for a pattern whose object must be one (`who`).
    /// ("held the dissidents incommunicado." ends there: the dissidents are held.)
    func qualifiesAThing(_ doc: Document, _ index: EventCoder.Index, _ t: Int, to: Int) -> Bool {
        guard t + 2 < to, doc.tokens[t + 2].kind == .word, index.mentionAt[t] >= 0, index.mentionAt[t + 1] < 0,
              index.placeAt[t + 1] < 0 else { return false }
        let m = doc.mentions[Int(index.mentionAt[t])], next = doc.tokens[t + 1]
        return m.tokens == t..<(t + 1) && m.kind != .modifier && !doc.tokens[t].flags.contains(.capitalized)
            && next.kind == .word && !next.flags.contains(.capitalized) && lexicon.wordClass(next.word).isEmpty
            && lexicon.verbReadings(next.word).isEmpty
    }

    /// The doer of a passive: an actor right after an agent marker, past determiners, numbers and
    /// "parte de" ("fue detenido por la policía", "por parte de dos comités"), the first such in
    /// `from..<to`; nil when no marker is followed by one ("asesinados por denuncias a narcos").
    func agent(_ doc: Document, _ index: EventCoder.Index, from: Int, to: Int) -> [ActorMember]? {
        var t = from
        while t < to {
            defer { t += 1 }
            guard !doc.tokens[t].flags.contains(.fixedPhrase), let found = actor(afterAgentMarker: t, doc, index, to: to) else { continue }
            return found
        }
        return nil
    }

    /// The actor right after the agent marker at `t` ("por (parte de) la policía"), or nil when
    /// `t` is no agent marker or no actor follows it.
    func actor(afterAgentMarker t: Int, _ doc: Document, _ index: EventCoder.Index, to: Int) -> [ActorMember]? {
        guard t < to, lexicon.word(doc.tokens[t].word, is: .agentMarker) else { return nil }
        var k = t + 1
        if k + 1 < to, lexicon.word(doc.tokens[k].word, is: .partitive), lexicon.word(doc.tokens[k + 1].word, is: .genitive) { k += 2 }
        while k < to && (lexicon.word(doc.tokens[k].word, is: .determiner) || doc.tokens[k].kind == .number) { k += 1 }
        // "by members of the MST": an acronym no dictionary knows is an organisation of the story's country.
        if k < to, index.mentionAt[k] < 0, doc.tokens[k].flags.contains(.upper) { return unknownName(doc, index, k) }
        guard k < to, index.mentionAt[k] >= 0 else { return nil }
        let found = doc.actors(ofMention: Int(index.mentionAt[k]))
        return found.isEmpty ? nil : found
    }

    /// Any actor from `from` on, except origins ("desde Corea del Norte").
    func anyActor(_ doc: Document, _ index: EventCoder.Index, from: Int, to: Int, excluding subject: [ActorMember]) -> [ActorMember] {
        for t in from..<max(from, to) {
            if let found = actors(at: t, places: true, doc, index, excluding: subject),
               t == 0 || lexicon.wordClass(doc.tokens[t - 1].word).intersection([.origin, .genitive]).isEmpty { return found }
        }
        return []
    }
}
