/// Stage 7. Reads tokens, verb groups and their clauses (the mode); writes `doc.dates`.
///
/// Finds date expressions and resolves them against the document date:
/// "ayer", "la semana pasada", "el martes", "el 13 de septiembre (de 2023)", "en septiembre",
/// "en 2019". Runs after the verb groups: in a clause about the future (by the verb nearest the
/// date), "el 20 de diciembre" and "el martes" lie ahead; otherwise behind. A clause is about
/// the future by its verb or by what reports it ("dijo que viajaría en octubre").
///
/// ```swift
/// DateResolver(lexicon: lexicon).run(&doc)
/// doc.dates.first?.day.description  // "2023-09-12" for "ayer" in a story of 2023-09-13
/// ```
public struct DateResolver: Stage {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func run(_ doc: inout Document) {
        doc.dates = dates(doc)
    }

    /// The document's dates, read from a borrowed document (helpers given the `inout` one copy it).
    func dates(_ doc: Document) -> [DateMention] {
        var found = [DateMention]()
        let tokens = doc.tokens
        let word: (Int) -> Int32 = { tokens[$0].word }
        var v = 0
        for (s, sentence) in doc.sentences.enumerated() {
            // Dates ahead of the story are last year's, or next week's, unless the sentence speaks of the future.
            while v < doc.verbs.count && doc.verbs[v].sentence < s { v += 1 }
            var last = v
            while last < doc.verbs.count && doc.verbs[last].sentence == s { last += 1 }
            let c = Context(sentence: s, tokens: sentence.tokens, verbs: v..<last)
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                // Most tokens start no date: each matcher is tried only where its first word can be.
                let number = doc.tokens[t].kind == .number
                let w = doc.tokens[t].word
                guard number || lexicon.mayStartDate(w) else { t += 1; continue }
                var f = relative(doc, c, t, word)
                if f == nil && number { f = dayOfMonth(doc, c, t) }
                if f == nil && !number { f = month(doc, c, t) ?? weekday(doc, c, t) }
                if let (mention, next) = f {
                    if let mention { found.append(mention) }
                    t = next
                } else {
                    if number, let y = year(doc, c, t) { found.append(y) }
                    t += 1
                }
            }
        }
        return found
    }

    /// One sentence being read for dates.
    struct Context {
        let sentence: Int
        let tokens: Range<Int>
        /// The sentence's verb groups.
        let verbs: Range<Int>
    }

    /// Whether the clause of token `t` speaks of the future, by its nearest verb ("dijo que se
    /// reunirán el jueves": ahead; "se reunió el jueves y dijo que volverá": behind). Dates ahead
    /// of the story are last year's, or last week's, unless their clause speaks of the future.
    /// Verb groups are in text order, so the nearest is found by binary search: a sentence of a
    /// million words with as many dates stays linear.
    func future(_ doc: Document, _ c: Context, _ t: Int) -> Bool {
        guard !c.verbs.isEmpty else { return false }
        var lo = c.verbs.lowerBound, hi = c.verbs.upperBound  // first group whose head is at or after t
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.verbs[mid].head < t { lo = mid + 1 } else { hi = mid }
        }
        var best = lo < c.verbs.upperBound ? lo : lo - 1
        if lo > c.verbs.lowerBound, lo < c.verbs.upperBound, t - doc.verbs[lo - 1].head <= doc.verbs[lo].head - t { best = lo - 1 }
        return (best < doc.clauses.count ? doc.clauses[best].mode : doc.verbs[best].mode) == .future
    }

    /// A date phrase found at a token (nil: none found, though the tokens up to `next` are read).
    typealias Found = (mention: DateMention?, next: Int)

    /// Relative phrases: "ayer", "la semana pasada"; a lone word after a determiner is not one
    /// ("la mañana" is the morning).
    func relative(_ doc: Document, _ c: Context, _ t: Int, _ word: (Int) -> Int32) -> Found? {
        guard let m = lexicon.relativeDatePhrases.longestMatch(word, from: t, limit: c.tokens.upperBound) else { return nil }
        let prev = t > c.tokens.lowerBound ? lexicon.wordClass(doc.tokens[t - 1].word) : []
        guard !(m.length == 1 && prev.contains(.determiner)) else { return nil }
        let rel = lexicon.relativeDates[Int(m.value)]
        return (DateMention(sentence: c.sentence, tokens: t..<(t + m.length), day: shift(doc.date, rel.offset, rel.unit),
                            precision: rel.unit == .week ? .day : rel.unit), t + m.length)
    }

    /// "13 de septiembre (de 2023)".
    func dayOfMonth(_ doc: Document, _ c: Context, _ t: Int) -> Found? {
        let end = c.tokens.upperBound
        guard let d = number(doc, t), d >= 1, d <= 31, t + 2 < end, lexicon.word(doc.tokens[t + 1].word, is: .genitive),
              let month = lexicon.monthNumber(doc.tokens[t + 2].word) else { return nil }
        var year = doc.date.civil.year
        var last = t + 2
        if t + 4 < end, lexicon.word(doc.tokens[t + 3].word, is: .genitive), let y = number(doc, t + 4), y > 1000 {
            year = y
            last = t + 4
        } else if !future(doc, c, t), let guess = Day(year: year, month: month, day: d), guess.ordinal > doc.date.ordinal + 7 {
            year -= 1
        }
        let mention = Day(year: year, month: month, day: d).map {
            DateMention(sentence: c.sentence, tokens: t..<(last + 1), day: $0, precision: .day, stated: last == t + 4)
        }
        return (mention, last + 1)
    }

    /// "(en) septiembre (de 2023)".
    func month(_ doc: Document, _ c: Context, _ t: Int) -> Found? {
        guard let month = lexicon.monthNumber(doc.tokens[t].word), t > c.tokens.lowerBound,
              lexicon.wordClass(doc.tokens[t - 1].word).contains(.yearCue) else { return nil }
        var year = doc.date.civil.year
        var last = t
        if t + 2 < c.tokens.upperBound, lexicon.word(doc.tokens[t + 1].word, is: .genitive), let y = number(doc, t + 2), y > 1000 {
            year = y
            last = t + 2
        } else if t + 1 < c.tokens.upperBound, let y = number(doc, t + 1), y > 1000 {
            year = y  // "in February 2022", "septiembre 2000"
            last = t + 1
        } else if !future(doc, c, t) && month > doc.date.civil.month {
            year -= 1
        }
        let mention = Day(year: year, month: month, day: 1).map {
            DateMention(sentence: c.sentence, tokens: t..<(last + 1), day: $0, precision: .month, stated: last > t)
        }
        return (mention, last + 1)
    }

    /// "el martes": the last such day on or before the story (the next, in a sentence about the future).
    func weekday(_ doc: Document, _ c: Context, _ t: Int) -> Found? {
        guard let wd = lexicon.weekdayNumber(doc.tokens[t].word), t > c.tokens.lowerBound,
              lexicon.wordClass(doc.tokens[t - 1].word).contains(.determiner) else { return nil }
        let date = doc.date
        let offset = future(doc, c, t) ? (wd - date.weekday + 7) % 7 : -((date.weekday - wd + 7) % 7)
        return (DateMention(sentence: c.sentence, tokens: (t - 1)..<(t + 1), day: date.adding(days: offset), precision: .day), t + 1)
    }

    /// "en 2019".
    func year(_ doc: Document, _ c: Context, _ t: Int) -> DateMention? {
        guard let y = number(doc, t), (1900...2100).contains(y), t > c.tokens.lowerBound,
              lexicon.wordClass(doc.tokens[t - 1].word).contains(.yearCue), let day = Day(year: y, month: 1, day: 1) else { return nil }
        return DateMention(sentence: c.sentence, tokens: t..<(t + 1), day: day, precision: .year, stated: true)
    }

    /// The value of a token made only of digits, or nil.
    func number(_ doc: Document, _ t: Int) -> Int? {
        let tok = doc.tokens[t]
        guard tok.kind == .number, tok.end - tok.start <= 4 else { return nil }
        var v = 0
        for i in Int(tok.start)..<Int(tok.end) {
            let c = doc.bytes[i]
            guard c >= 48 && c <= 57 else { return nil }
            v = v * 10 + Int(c - 48)
        }
        return v
    }

    func shift(_ d: Day, _ offset: Int, _ unit: DateMention.Precision) -> Day {
        let c = d.civil
        switch unit {
        case .day, .week: return d.adding(days: offset)
        case .month:
            let m = c.month - 1 + offset
            let y = c.year + (m >= 0 ? m / 12 : (m - 11) / 12)
            return Day(year: y, month: ((m % 12) + 12) % 12 + 1, day: 1) ?? d
        case .year: return Day(year: c.year + offset, month: 1, day: 1) ?? d
        case .unknown: return d
        }
    }
}
