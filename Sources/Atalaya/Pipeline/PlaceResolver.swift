/// Stage 8. Reads tokens, mentions and `doc.country`; writes `doc.places`.
///
/// Finds place names (countries, cities, landmarks) and resolves them with the gazetteer.
/// Names must be capitalised in the text, so common words that are also towns stay words, and
/// a town is a place only where the text uses it as one: after a place marker ("en Cádiz"), in a
/// dateline ("BRUSELAS, 16 oct (AFP)"), or as a city too large to be mistaken for a surname.
/// "López criticó" and "la Guardia Nacional" name no town.
///
/// ```swift
/// PlaceResolver(lexicon: lexicon).run(&doc)
/// doc.places.first?.place.country  // "RUS" for "Vladivostok"
/// ```
public struct PlaceResolver: Stage {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func run(_ doc: inout Document) {
        doc.places = places(doc)
    }

    /// The document's places, read from a borrowed document (helpers given the `inout` one copy it).
    func places(_ doc: Document) -> [PlaceMention] {
        var found = [PlaceMention]()
        found.reserveCapacity(16)  // a story names a few places: seldom regrown
        let tokens = doc.tokens
        let word: (Int) -> Int32 = { tokens[$0].word }
        let country = doc.country
        // A place inside a longer actor name is part of that name ("Kim" in "Kim Jong-un", "Linda").
        let mentionOf = doc.mentionAt
        for (s, sentence) in doc.sentences.enumerated() {
            var t = sentence.tokens.lowerBound
            let end = sentence.tokens.upperBound
            while t < end {
                let tok = tokens[t]
                guard tok.kind == .word, let m = lexicon.places.trie.longestMatch(word, from: t, limit: end) else { t += 1; continue }
                // A place needs a capital somewhere ("cosmódromo de Vostochny"); a sentence-initial
                // capital proves nothing, so a single word there must be a country.
                let named = (t..<(t + m.length)).contains { tokens[$0].flags.contains(.capitalized) }
                guard named else { t += m.length; continue }  // no place: not worth resolving
                let place = lexicon.places.resolve(m.value, country: country)
                // …and an actor named exactly like a town elsewhere is still the actor ("Kim" is not Kim, India).
                let mention = mentionOf[t] >= 0 ? doc.mentions[Int(mentionOf[t])] : nil
                let inside = mention.map { $0.tokens.count > m.length || ActorCode.root(of: $0.code) != place.country } ?? false
                let dateline = t == 0 && isDatelineEnd(doc, t + m.length)
                    || t == sentence.tokens.lowerBound && t + m.length <= sentence.content
                if named && !inside && (t > sentence.tokens.lowerBound || place.isCountry || m.length > 1 || dateline)
                    && (dateline || usedAsPlace(doc, t, length: m.length, place, sentenceStart: sentence.tokens.lowerBound)) {
                    found.append(PlaceMention(sentence: s, tokens: t..<(t + m.length), place: place))
                }
                t += m.length
            }
        }
        return found
    }

    /// A place with at least this many people is a place wherever it is named: a surname or a
    /// word inside a name is rarely also a city of a million.
    public static let largeCity = 1_000_000

    /// After "a" or "de" ("viajó a Vladivostok", "el alcalde de Cádiz") a town of this size is a
    /// place; smaller ones there are more often people ("criticó a López").
    public static let mediumCity = 100_000

    /// Countries and large cities anywhere; names of several words that do not start with an
    /// article ("cosmódromo de Vostochny", "Cabo San Lucas", not "la Guardia"); other towns after
    /// a place marker, or medium towns after "a" or "de" (articles skipped).
    func usedAsPlace(_ doc: Document, _ t: Int, length: Int, _ place: Place, sentenceStart: Int) -> Bool {
        if place.isCountry || place.population >= Self.largeCity { return true }
        // "arrested in March": a month or weekday is a date, not the town of that name.
        if length == 1 && !lexicon.wordClass(doc.tokens[t].word).intersection([.month, .weekday]).isEmpty { return false }
        if length > 1 && !lexicon.wordClass(doc.tokens[t].word).contains(.determiner) { return true }
        var p = t - 1
        while p >= sentenceStart, lexicon.wordClass(doc.tokens[p].word).contains(.determiner),
              !lexicon.wordClass(doc.tokens[p].word).contains(.preposition) { p -= 1 }
        guard p >= sentenceStart else { return false }
        let before = lexicon.wordClass(doc.tokens[p].word)
        // "el municipio de Balboa"
        if before.contains(.genitive), p > sentenceStart, lexicon.wordClass(doc.tokens[p - 1].word).contains(.placeMarker) { return true }
        // "…, CAUCA , POPAYÁN": names in capitals listed after a comma tag the place of a wire story.
        if doc.tokens[t].flags.contains(.upper), doc.isComma(p) {
            return true
        }
        return before.contains(.placeMarker)
            || place.population >= Self.mediumCity && !before.intersection([.objectMarker, .genitive]).isEmpty
    }

    /// The story's first words end a dateline at a comma, a dash or a parenthesis.
    func isDatelineEnd(_ doc: Document, _ t: Int) -> Bool {
        guard t < doc.tokens.count, doc.tokens[t].kind == .punct else { return false }
        let b = doc.bytes[Int(doc.tokens[t].start)]
        return b == UInt8(ascii: ",") || b == UInt8(ascii: "-") || b == UInt8(ascii: "(")
    }
}
