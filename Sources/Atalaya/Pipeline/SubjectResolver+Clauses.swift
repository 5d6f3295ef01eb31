extension SubjectResolver {
    /// Where each verb group's complements end (indexed from `first`): at the first later finite
    /// verb that starts a clause of its own, or at ";" or ":"; verbs in subordinate clauses ("de que
    /// esta reunión resulte") and infinitives do not end it. One pass over the sentence. Written
    /// into `ends`, a buffer the caller keeps for all sentences (no array made for each).
    func scopeEnds(_ doc: Document, first: Int, last: Int, sentence: Range<Int>, into ends: inout [Int]) {
        ends.removeAll(keepingCapacity: true)
        guard last > first else { return }  // no verb: no scope, nothing to read
        var stops = [Int](), complementizers = [Int]()
        for t in sentence {
            let tok = doc.tokens[t]
            if tok.kind == .punct, doc.bytes[Int(tok.start)] == UInt8(ascii: ";") || doc.bytes[Int(tok.start)] == UInt8(ascii: ":") {
                stops.append(t)
            }
            if lexicon.word(tok.word, is: .complementizer) { complementizers.append(t) }
        }
        // The first position in a sorted list after `t`.
        func after(_ list: [Int], _ t: Int) -> Int? {
            let i = Document.span(list, (t + 1)..<Int.max) { $0 }.lowerBound
            return i < list.count ? list[i] : nil
        }
        ends.append(contentsOf: repeatElement(sentence.upperBound, count: last - first))
        var nextFinite: Int?
        for g in stride(from: last - 1, through: first, by: -1) {
            let head = doc.verbs[g].head
            let limit = after(stops, head) ?? sentence.upperBound
            var end = limit
            if let k = nextFinite {
                let start = doc.verbs[k].tokens.lowerBound
                // A "que" between the verbs makes the next one subordinate to this one.
                if start < limit && (after(complementizers, head) ?? Int.max) >= start { end = start }
            }
            ends[g - first] = min(end, head + 1 + Self.maxScope)
            if doc.verbs[g].finite { nextFinite = g }
        }
    }

    func isSubordinate(_ doc: Document, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return (from..<to).contains { lexicon.wordClass(doc.tokens[$0].word).contains(.subordinator) }
    }

    /// The preposition a mention starting at `start` stands after ("de la ONU", "con Rusia"), if any.
    func prepositionBefore(_ doc: Document, _ start: Int, floor: Int) -> Int32? {
        var t = start - 1
        while t >= floor && lexicon.wordClass(doc.tokens[t].word).contains(.determiner)
            && !lexicon.wordClass(doc.tokens[t].word).contains(.preposition) { t -= 1 }
        guard t >= floor else { return nil }
        let w = doc.tokens[t].word
        // "entre Ejército y guerrilla": the second of the pair a preposition of two parties takes
        // is in its phrase too (after "a Moscú y Putin …" a clause of its own begins).
        if lexicon.word(w, is: .conjunction), !lexicon.word(w, is: .subordinator), t - 1 >= floor, doc.mentionAt[t - 1] >= 0,
           let p = prepositionBefore(doc, doc.mentions[Int(doc.mentionAt[t - 1])].tokens.lowerBound, floor: floor),
           lexicon.word(p, is: .pairMarker) {
            return p
        }
        // "miles de estudiantes", "miembros de un grupo armado": a quantity or a part, not a
        // prepositional phrase; nor is "un comunicado (de prensa) del Kremlin" ("a report by the
        // UN", "a statement from Moscow"), which speaks for it.
        if lexicon.word(w, is: .genitive), t > floor,
           !lexicon.wordClass(doc.tokens[t - 1].word).intersection([.determiner, .partitive]).isEmpty { return nil }
        if t > floor, !lexicon.wordClass(w).isDisjoint(with: [.genitive, .agentMarker, .origin]), speaksFor(doc, t - 1, floor: floor) { return nil }
        return lexicon.wordClass(w).contains(.preposition) || lexicon.wordClass(w).contains(.according) ? w : nil
    }

    /// Whether a `channel` noun ends at `t` (past a fixed phrase: "comunicado de prensa") and opens
    /// its clause: after its articles, the sentence starts, or a comma, a conjunction or "que" stands
    /// ("…, a quien una investigación de EE UU acusó"); after a verb it is an object ("reclamaron
    /// una investigación del FBI, denunciando …" is no denunciation by the FBI).
    func speaksFor(_ doc: Document, _ t: Int, floor: Int) -> Bool {
        var n = t
        while n > floor && doc.tokens[n].flags.contains(.fixedPhrase) { n -= 1 }
        guard lexicon.word(doc.tokens[n].word, is: .channel) else { return false }
        var b = n - 1
        while b >= floor && lexicon.word(doc.tokens[b].word, is: .determiner) && !lexicon.word(doc.tokens[b].word, is: .preposition) { b -= 1 }
        return b < floor || doc.tokens[b].kind == .punct
            || !lexicon.wordClass(doc.tokens[b].word).isDisjoint(with: [.conjunction, .subordinator, .complementizer])
    }

    /// The nearest actor before the verb, in its clause, that is not in a prepositional phrase;
    /// for a speech verb with none, the actor right after it ("dijo Peskov que …") — unless a name
    /// no dictionary knows stands right before the verb (`namedBefore`).
    func findSubject(_ doc: Document, _ mentionAt: [Int32], _ g: VerbGroup, windowStart: Int, namedBefore: Bool) -> [ActorMember] {
        var t = g.tokens.lowerBound - 1
        // A participle passive ("los periodistas detenidos"): its patient is the actor right before it.
        if g.passive && !g.finite && t >= 0 && mentionAt[t] >= 0 { return doc.actors(ofMention: Int(mentionAt[t])) }
        let floor = doc.sentences[g.sentence].tokens.lowerBound
        // A conjunction right before the verb (an adverb or two between), after the verb before
        // ("visitó Moscú y después viajó a Pekín"): an actor before it is that verb's object, and
        // the two verbs share their subject. Not when an actor or a name stands between ("los
        // militantes del PAN y del PRD se suman", "Pablo Iglesias e Irene Montero pagarán").
        var coordinated = false, seen = false
        while t >= windowStart {
            let mi = mentionAt[t]
            if mi >= 0 {
                let m = doc.mentions[Int(mi)]
                if coordinated && windowStart > floor { break }
                seen = true
                if m.kind != .modifier && prepositionBefore(doc, m.tokens.lowerBound, floor: floor) == nil {
                    return doc.actors(ofMention: Int(mi))
                }
                t = m.tokens.lowerBound - 1
                continue
            }
            let classes = lexicon.wordClass(doc.tokens[t].word)
            if classes.contains(.subordinator) { break }
            if classes.contains(.conjunction) && !seen && g.tokens.lowerBound - t <= 3
                && !(t + 1..<g.tokens.lowerBound).contains(where: { doc.tokens[$0].flags.contains(.capitalized) }) { coordinated = true }
            t -= 1
        }
        guard !namedBefore else { return [] }
        // After the verb: speakers ("…», dijo Peskov"), the patients of passives ("fue asesinado el
        // alcalde"), and a subject before the personal "a" of the object ("Así felicitó Putin a López Obrador").
        // Past articles and numbers, not past a subordinator that is an article too: after "stated
        // that every doctor …" the doctor is in what was said, not who said it.
        var after = g.tokens.upperBound
        while after < doc.tokens.count, case let classes = lexicon.wordClass(doc.tokens[after].word),
              classes.contains(.determiner) && !classes.contains(.subordinator) || doc.tokens[after].kind == .number { after += 1 }
        guard after < doc.tokens.count, mentionAt[after] >= 0 else {
            return g.passive && g.finite ? postposedPatient(doc, mentionAt, g) : []
        }
        let m = doc.mentions[Int(mentionAt[after])]
        guard m.kind != .modifier else { return [] }
        let objectFollows = g.finite && m.tokens.upperBound < doc.tokens.count
            && lexicon.word(doc.tokens[m.tokens.upperBound].word, is: .objectMarker)
        // A headline that opens with a third-person verb names its subject next ("Coincide AMLO
        // con la propuesta", "Condena Rusia el ataque"); English forms do not tell their person.
        let headline = g.finite && g.person == 3 && g.tokens.lowerBound == floor
            && !lexicon.word(doc.tokens[g.tokens.upperBound].word, is: .objectMarker)
        // Only a finite verb of saying has its speaker after it: "alleging Paris played a role" is no
        // speech of Paris.
        return (g.finite && lexicon.wordClass(g.lemma).contains(.speech)) || g.passive || objectFollows || headline
            ? doc.actors(ofMention: Int(mentionAt[after])) : []
    }

    /// "fue asesinado anoche en su casa, el concejal X": a passive's patient may come after its
    /// adverbials, set off by a comma. The first actor right after a comma (past articles and
    /// numbers), before the next verb, conjunction, subordinator or "por" (whose actor is the doer).
    func postposedPatient(_ doc: Document, _ mentionAt: [Int32], _ g: VerbGroup) -> [ActorMember] {
        let start = g.tokens.upperBound
        var end = min(doc.sentences[g.sentence].tokens.upperBound, start + Self.patientReach)
        if let next = Document.span(doc.verbs, start..<end, key: { $0.tokens.lowerBound }).first { end = doc.verbs[next].tokens.lowerBound }
        let stops: WordClass = [.conjunction, .subordinator, .agentMarker]
        var t = start
        var afterComma = false
        while t < end {
            let tok = doc.tokens[t]
            if mentionAt[t] >= 0 {
                let m = doc.mentions[Int(mentionAt[t])]
                if afterComma && m.kind != .modifier { return doc.actors(ofMention: Int(mentionAt[t])) }
                t = m.tokens.upperBound
                afterComma = false
                continue
            }
            if !lexicon.wordClass(tok.word).intersection(stops).isEmpty { break }
            if tok.kind == .punct { afterComma = doc.bytes[Int(tok.start)] == UInt8(ascii: ",") }
            else if tok.kind != .number && !lexicon.word(tok.word, is: .determiner) { afterComma = false }
            t += 1
        }
        return []
    }

    /// How far after a passive its patient is looked for (tokens).
    static let patientReach = 15

    /// "«Las víctimas merecen justicia», dijo el juez": right after a quotation, the speaker is the
    /// actor after the verb of saying, never one named inside the quotation.
    func speakerAfterQuotation(_ doc: Document, _ mentionAt: [Int32], _ g: VerbGroup) -> [ActorMember]? {
        var after = g.tokens.upperBound
        while after < doc.tokens.count && lexicon.wordClass(doc.tokens[after].word).contains(.determiner) { after += 1 }
        guard after < doc.tokens.count, mentionAt[after] >= 0, doc.mentions[Int(mentionAt[after])].kind != .modifier else { return nil }
        return doc.actors(ofMention: Int(mentionAt[after]))
    }

    /// Whether `range` holds an actor after the personal "a" ("pidió a los estudiantes …").
    func personalObject(_ doc: Document, _ mentionAt: [Int32], in range: Range<Int>) -> Bool {
        guard let a = range.first(where: { lexicon.word(doc.tokens[$0].word, is: .objectMarker) }) else { return false }
        return (a..<range.upperBound).contains { mentionAt[$0] >= 0 }
    }

    /// A verb of saying right after a closing quotation mark (and a comma): «…», dijo X.
    func afterQuotation(_ doc: Document, _ g: VerbGroup) -> Bool {
        var q = g.tokens.lowerBound - 1
        if doc.isComma(q) { q -= 1 }
        return q >= 0 && doc.tokens[q].flags.contains(.closeQuote) && lexicon.wordClass(g.lemma).contains(.speech)
    }

    /// "Rex Tillerson, que viajó a México": the verb right after "que" has the actor before it as subject.
    func relativeSubject(_ doc: Document, _ mentionAt: [Int32], _ group: VerbGroup) -> [ActorMember] {
        // ", que": an apposition's relative is about the name before it, even inside "el turno del …".
        antecedent(doc, mentionAt, relativeAt: group.tokens.lowerBound, sentence: group.sentence, commaLiftsPreposition: true,
                   doerHeads: true, genitiveHeads: !group.passive)
    }

    /// "Paramilitares que se movilizaban en una motocicleta ejecutaron a …": after a relative clause,
    /// the subject is the actor the relative pronoun follows.
    func antecedentOfRelative(_ doc: Document, _ mentionAt: [Int32], _ g: Int, first: Int) -> [ActorMember] {
        guard g > first, doc.verbs[g].finite else { return [] }
        return antecedent(doc, mentionAt, relativeAt: doc.verbs[g - 1].tokens.lowerBound, sentence: doc.verbs[g].sentence,
                          commaLiftsPreposition: false)
    }

    /// The actor right before the "que" (and a comma) that opens a relative clause at `start`, if it
    /// is not inside a prepositional phrase (unless a comma sets it off and `commaLiftsPreposition`,
    /// or it is a passive's doer and `doerHeads`: "incendiados por camioneros que protestan", or a
    /// genitive and `genitiveHeads`: "las protestas de los indígenas que exigen …"; a passive
    /// relative is not the genitive's: "los correos de Clinton que están desaparecidos").
    func antecedent(_ doc: Document, _ mentionAt: [Int32], relativeAt start: Int, sentence s: Int,
                    commaLiftsPreposition: Bool, doerHeads: Bool = false, genitiveHeads: Bool = false) -> [ActorMember] {
        let floor = doc.sentences[s].tokens.lowerBound
        var q = start - 1
        guard q > floor, lexicon.word(doc.tokens[q].word, is: .complementizer) else { return [] }
        q -= 1
        let comma = doc.tokens[q].kind == .punct && q > floor
        if comma { q -= 1 }
        guard mentionAt[q] >= 0 else { return [] }
        let m = doc.mentions[Int(mentionAt[q])]
        let preposition = prepositionBefore(doc, m.tokens.lowerBound, floor: floor)
        guard m.kind != .modifier, comma && commaLiftsPreposition
                || preposition.map({ doerHeads && lexicon.word($0, is: .agentMarker) || genitiveHeads && lexicon.word($0, is: .genitive) }) ?? true
        else { return [] }
        return doc.actors(ofMention: Int(mentionAt[q]))
    }

    /// Pro-drop: the subject of the previous verb of the sentence (`previous`), or of the previous sentence.
    func inheritedSubject(_ doc: Document, _ g: Int, first: Int, windowStart: Int, memory: Discourse,
                          previous: [ActorMember]) -> [ActorMember] {
        let group = doc.verbs[g]
        let relativeQue = (windowStart..<group.tokens.lowerBound).contains { lexicon.word(doc.tokens[$0].word, is: .complementizer) }
        // "que incluyó": the subject is the noun before "que" — unless "que" follows a speech verb
        // ("mencionó que ya tiene …"), whose subject goes on.
        if relativeQue && !(g > first && lexicon.wordClass(doc.verbs[g - 1].lemma).contains(.speech)) { return [] }
        if group.finite, hasOvertSubject(doc, group, windowStart: windowStart, names: memory.names) { return [] }
        // "Temer decretó … y en marzo asesinaron a …": a verb whose number differs from the last
        // one's has another subject (where both forms tell their number).
        if g > first { return numberOf(doc, doc.verbs[g - 1]).map { $0 != numberOf(doc, group) } == true
                           && numberOf(doc, group) != nil ? [] : previous }
        guard group.person == 3, !memory.lastSubject.isEmpty else { return [] }
        // "El presidente de Chile se reunió con el de Perú. Los dos países …": a plural verb after
        // one subject, with a pair word before it, is the last pair's (named one by one, or together).
        // (A pair word makes the verb plural where its form does not tell: "both countries signed".)
        if group.plural || numberOf(doc, group) == nil, pairBefore(doc, group, windowStart: windowStart) {
            if memory.lastSubject.count >= 2 { return memory.lastSubject }
            if memory.singles.count == 2 { return memory.singles }
            if memory.lastGroup.count >= 2 { return memory.lastGroup }
        }
        return group.plural == (memory.lastSubject.count > 1) ? memory.lastSubject : []
    }

    /// Whether a pair word ("ambos", "los dos") stands in the clause before the verb.
    func pairBefore(_ doc: Document, _ group: VerbGroup, windowStart: Int) -> Bool {
        (windowStart..<group.tokens.lowerBound).contains { lexicon.word(doc.tokens[$0].word, is: .dual) }
    }

    /// Whether a finite verb is plural, when its form says so whatever reading is taken
    /// ("asesinaron"); nil when the form does not tell ("attacked", "dijo que" aside) or it is no finite verb.
    func numberOf(_ doc: Document, _ group: VerbGroup) -> Bool? {
        let readings = lexicon.finiteReadings(doc, group)
        guard let first = readings.first, readings.allSatisfy({ $0.plural == first.plural }) else { return nil }
        return first.plural
    }

    /// Whether the verb has a subject of its own that is no actor we know: a noun phrase right
    /// before it that is not in a prepositional phrase ("La ley federal prohíbe"), a name
    /// ("… y Nisman acusó"), a number ("229 were detained"). Such a clause does not inherit the
    /// previous subject: it is about someone else.
    func hasOvertSubject(_ doc: Document, _ group: VerbGroup, windowStart: Int, names: Set<Int> = []) -> Bool {
        let floor = doc.sentences[group.sentence].tokens.lowerBound
        // "Nunes and another employee … were attacked": a clause that opens the sentence with a
        // name the story uses is about that person.
        if windowStart == floor, floor < group.tokens.lowerBound, isNameWord(doc, floor),
           names.contains(Self.hash(doc, floor)) { return true }
        var t = group.tokens.lowerBound - 1
        var content = false
        while t >= windowStart {
            let tok = doc.tokens[t]
            let classes = lexicon.wordClass(tok.word)
            // "229 were detained" has a subject; "En 2019 visitó" a date.
            if tok.kind == .number { return t == floor || !lexicon.word(doc.tokens[t - 1].word, is: .preposition) }
            guard tok.kind == .word else { return false }
            // "los dos países", "ambas partes": the pair named before, no one else.
            if classes.contains(.dual) && content { return false }
            if classes.contains(.determiner) {
                // "la ley", but not "en la reunión", "al día siguiente".
                guard content, !classes.contains(.preposition) else { return false }
                return t == floor || !lexicon.wordClass(doc.tokens[t - 1].word).contains(.preposition)
            }
            if tok.flags.contains(.capitalized) && classes.isEmpty && lexicon.verbReadings(tok.word).isEmpty
                && (t > floor || t + 1 < group.tokens.lowerBound && doc.tokens[t + 1].flags.contains(.capitalized)
                    || names.contains(Self.hash(doc, t)) && doc.mentionAt[t] < 0) {
                return t == floor || !lexicon.wordClass(doc.tokens[t - 1].word).contains(.preposition)
            }
            // A part or a group is a noun too: "el grupo popular exige", "el director denunció".
            guard classes.subtracting(.partitive).isEmpty, lexicon.verbReadings(tok.word).isEmpty else { return false }
            content = true
            t -= 1
        }
        return false
    }

    /// Hypothetical ("si", "en caso de que"), reported ("dijo que …"), or the verb's own mode.
    func mode(_ doc: Document, _ g: Int, first: Int, subordinate: Bool) -> EventMode? {
        let group = doc.verbs[g]
        let lo = max(doc.sentences[group.sentence].tokens.lowerBound, group.tokens.lowerBound - 8)
        // "entre sí" written without its accent is no "si": after a preposition a condition word
        // is a pronoun, unless "de" follows ("en caso de que").
        for t in lo..<group.tokens.lowerBound where lexicon.word(doc.tokens[t].word, is: .condition) {
            let afterPreposition = t > 0 && lexicon.word(doc.tokens[t - 1].word, is: .preposition)
            if !afterPreposition || lexicon.word(doc.tokens[t + 1].word, is: .genitive) { return .hypothetical }
        }
        // "urged the army to attack", "wants Putin to attack": what is asked for has not happened.
        if group.tense == .infinitive, g > first, lexicon.wordClass(doc.verbs[g - 1].lemma).contains(.request) { return .hypothetical }
        // "confirmó que Trump asistirá …": what is reported to come is still to come.
        let afterSpeech = g > first && lexicon.wordClass(doc.verbs[g - 1].lemma).contains(.speech)
        // "announced it would free …", "anunció que viajaría …": a conditional reported after a verb
        // of saying is the future of the past, an intent.
        if afterSpeech, group.mode == .conditional, group.tense == .conditional { return .future }
        if subordinate, afterSpeech, group.mode != .future { return .reported }
        return group.mode
    }
}
