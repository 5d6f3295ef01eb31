/// The loaders of a language's word tables: abbreviations, closed-class words, dates, discards.
extension LexiconBuilder {
    /// `<lang>/abbreviations.txt`: words a final period belongs to ("Sr.").
    mutating func loadAbbreviations() throws {
        for f in try finder.files("\(language)/abbreviations.txt") { for r in f.rows { abbreviations.insert(Folding.fold(r[0])) } }
        tokenizer = Tokenizer(abbreviations: abbreviations, splitSuffixes: settings.splitSuffixes, numberPlaceholders: settings.numberPlaceholders)
        // A suffix with an ASCII byte other than a lower-case letter ("'s") ends no folded word of letters.
        spacedNamesSplitPlainly = settings.splitSuffixes.allSatisfy { s in s.contains { $0 < 0x80 && !($0 >= 0x61 && $0 <= 0x7A) } }
    }

    /// `<lang>/words.tsv`: class, words. Enclitics keep the file's order: they are tried in it.
    mutating func loadWords() throws {
        for f in try finder.files("\(language)/words.tsv") {
            for r in f.rows {
                guard let c = WordClass.names[r[0]] else { throw f.error(r, "unknown word class '\(r[0])'") }
                for w in DataFile.parts(r[1], " ") {
                    classes[word(w), default: []].insert(c)
                    if c == .enclitic { enclitics.append(Folding.fold(w)) }
                }
            }
        }
    }

    /// `<lang>/dates.tsv`: month and weekday names, relative date phrases, year cues.
    mutating func loadDates() throws {
        for f in try finder.files("\(language)/dates.tsv") {
            for r in f.rows {
                switch r[0] {
                case "month", "weekday":
                    guard let n = Int8(r[2]) else { throw f.error(r, "expected a number") }
                    for w in DataFile.parts(r[1], " ") {
                        if r[0] == "month" { monthMap[word(w)] = n } else { weekdayMap[word(w)] = n }
                    }
                case "relative":
                    let parts = r[2].split(separator: " ")
                    guard parts.count == 2, let n = Int(parts[0]), let unit = DateMention.Precision(rawValue: String(parts[1])), unit != .unknown else {
                        throw f.error(r, "expected an offset and a unit: '-1 day'")
                    }
                    relativePhrases.append((phrase(r[1]), Int32(relativeDates.count)))
                    relativeDates.append((n, unit))
                case "year-cue":
                    for w in DataFile.parts(r[1], " ") { classes[word(w), default: []].insert(.yearCue) }
                default: throw f.error(r, "unknown kind '\(r[0])'")
                }
            }
        }
        for (w, _) in monthMap { classes[w, default: []].insert(.month) }
        for (w, _) in weekdayMap { classes[w, default: []].insert(.weekday) }
    }

    /// `<lang>/discards.tsv`: scope, phrases that mark a sentence or story as not political news,
    /// or (scope `phrase`) fixed phrases whose words start no event and name no actor.
    mutating func loadDiscards() throws {
        let scopes = ["sentence": Lexicon.discardSentence, "story": Lexicon.discardStory, "phrase": Lexicon.fixedPhrase]
        for f in try finder.files("\(language)/discards.tsv") {
            for r in f.rows {
                guard let scope = scopes[r[0]] else { throw f.error(r, "scope must be sentence, story or phrase") }
                for p in DataFile.parts(r[1], "|") { discardPhrases.append((phrase(p), scope)) }
            }
        }
    }
}
