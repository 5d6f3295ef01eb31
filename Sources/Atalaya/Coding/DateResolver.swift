/// Finds date expressions and resolves them against the document date:
/// "ayer", "la semana pasada", "el martes", "el 13 de septiembre (de 2023)", "en septiembre",
/// "en 2019". Runs after the verb groups: in a sentence about the future, "el 20 de diciembre"
/// and "el martes" lie ahead; otherwise behind.
///
/// ```swift
/// DateResolver(lexicon: lexicon).resolve(&doc)
/// doc.dates.first?.day.description  // "2023-09-12" for "ayer" in a story of 2023-09-13
/// ```
public struct DateResolver: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func resolve(_ doc: inout Document) {
        var found = [DateMention]()
        let tokens = doc.tokens
        let word: (Int) -> Int32 = { tokens[$0].word }
        var v = 0
        for (s, sentence) in doc.sentences.enumerated() {
            // Dates ahead of the story are last year's, or next week's, unless the sentence speaks of the future.
            var future = false
            while v < doc.verbs.count && doc.verbs[v].sentence <= s {
                if doc.verbs[v].sentence == s && doc.verbs[v].mode == .future { future = true }
                v += 1
            }
            var t = sentence.tokens.lowerBound
            let end = sentence.tokens.upperBound
            while t < end {
                // Relative phrases.
                if let m = lexicon.relativeDatePhrases.longestMatch(word, from: t, limit: end) {
                    let prev = t > sentence.tokens.lowerBound ? lexicon.wordClass(tokens[t - 1].word) : []
                    if !(m.length == 1 && prev.contains(.determiner)) {  // "la mañana" is the morning
                        let rel = lexicon.relativeDates[Int(m.value)]
                        found.append(DateMention(sentence: s, tokens: t..<(t + m.length), day: shift(doc.date, rel.offset, rel.unit),
                                                 precision: rel.unit == .week ? .day : rel.unit))
                        t += m.length
                        continue
                    }
                }
                // "13 de septiembre (de 2023)".
                if let d = number(doc, t), d >= 1, d <= 31, t + 2 < end, lexicon.word(tokens[t + 1].word, is: .genitive),
                   let month = lexicon.monthNumber(tokens[t + 2].word) {
                    var year = doc.date.civil.year
                    var last = t + 2
                    if t + 4 < end, lexicon.word(tokens[t + 3].word, is: .genitive), let y = number(doc, t + 4), y > 1000 {
                        year = y
                        last = t + 4
                    } else if !future, let guess = Day(year: year, month: month, day: d), guess.ordinal > doc.date.ordinal + 7 {
                        year -= 1
                    }
                    if let day = Day(year: year, month: month, day: d) {
                        found.append(DateMention(sentence: s, tokens: t..<(last + 1), day: day, precision: .day))
                    }
                    t = last + 1
                    continue
                }
                // "septiembre (de 2023)".
                if let month = lexicon.monthNumber(tokens[t].word), t > sentence.tokens.lowerBound,
                   lexicon.wordClass(tokens[t - 1].word).contains(.yearCue) {
                    var year = doc.date.civil.year
                    var last = t
                    if t + 2 < end, lexicon.word(tokens[t + 1].word, is: .genitive), let y = number(doc, t + 2), y > 1000 {
                        year = y
                        last = t + 2
                    } else if !future && month > doc.date.civil.month {
                        year -= 1
                    }
                    if let day = Day(year: year, month: month, day: 1) {
                        found.append(DateMention(sentence: s, tokens: t..<(last + 1), day: day, precision: .month))
                    }
                    t = last + 1
                    continue
                }
                // "el martes": the last such day on or before the story.
                if let wd = lexicon.weekdayNumber(tokens[t].word), t > sentence.tokens.lowerBound,
                   lexicon.wordClass(tokens[t - 1].word).contains(.determiner) {
                    let offset = future ? (wd - doc.date.weekday + 7) % 7 : -((doc.date.weekday - wd + 7) % 7)
                    found.append(DateMention(sentence: s, tokens: (t - 1)..<(t + 1), day: doc.date.adding(days: offset), precision: .day))
                    t += 1
                    continue
                }
                // "en 2019".
                if let y = number(doc, t), (1900...2100).contains(y), t > sentence.tokens.lowerBound,
                   lexicon.wordClass(tokens[t - 1].word).contains(.yearCue), let day = Day(year: y, month: 1, day: 1) {
                    found.append(DateMention(sentence: s, tokens: t..<(t + 1), day: day, precision: .year))
                }
                t += 1
            }
        }
        doc.dates = found
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
        }
    }
}
