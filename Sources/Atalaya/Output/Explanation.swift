/// `--format explain`: for a person reading along — each sentence with the actors, verbs,
/// dates, places and quotations found, the events with the pattern that made them, and a
/// closing count. Time is linear in the document: each list is grouped by sentence once.
/// Control characters from the text are shown, not sent to the terminal (`TerminalText`).
///
/// ```swift
/// var out = [UInt8]()
/// Explanation(lexicon: lexicon).write(doc, into: &out)
/// ```
public struct Explanation: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// What a missing target is written as (`---` is a source the text does not name).
    public static let noTarget = "-"

    public func write(_ doc: Document, into out: inout [UInt8]) {
        let n = doc.sentences.count
        let index = Index(
            mentions: SentenceIndex(sentences: n, doc.mentions.map(\.sentence)),
            verbs: SentenceIndex(sentences: n, doc.verbs.map(\.sentence)),
            dates: SentenceIndex(sentences: n, doc.dates.map(\.sentence)),
            places: SentenceIndex(sentences: n, doc.places.map(\.sentence)),
            quotes: SentenceIndex(sentences: n, doc.quotes.map(\.sentence)),
            events: SentenceIndex(sentences: n, doc.events.map(\.sentence)))
        let date = doc.dateUnknown ? "date unknown, coded \(doc.date)" : "\(doc.date)"
        out.append(contentsOf: TerminalText.visible("# \(doc.id) (\(date))\n").utf8)
        for i in 0..<n {
            out.append(contentsOf: TerminalText.visible(sentence(i, doc, index)).utf8)
        }
        out.append(contentsOf: "\n\(summary(doc))\n\n".utf8)
    }

    struct Index {
        var mentions, verbs, dates, places, quotes, events: SentenceIndex
    }

    /// "12 sentences, 15 events (1 negated), 2 quotes".
    func summary(_ doc: Document) -> String {
        func count(_ k: Int, _ word: String) -> String { "\(k) \(word)\(k == 1 ? "" : "s")" }
        let negated = doc.events.lazy.filter(\.negated).count
        return "\(count(doc.sentences.count, "sentence")), \(count(doc.events.count, "event")) (\(negated) negated), "
            + count(doc.quotes.count, "quote")
    }

    func sentence(_ i: Int, _ doc: Document, _ index: Index) -> String {
        let sentence = doc.sentences[i]
        var s = "\n[\(i + 1)] \(doc.string(Int(sentence.start), Int(sentence.end)))\n"
        let actors = index.mentions[i]
        if !actors.isEmpty {
            s += "  actors: " + actors.map { m in
                let code = doc.code(ofMention: m)
                return "\(doc.string(tokens: doc.mentions[m].tokens)) = \(code.isEmpty ? "?" : code)"
            }.joined(separator: "; ") + "\n"
        }
        let verbs = index.verbs[i]
        if !verbs.isEmpty {
            s += "  verbs: " + verbs.map { verb($0, doc) }.joined(separator: "; ") + "\n"
        }
        let dates = index.dates[i].map { doc.dates[$0] }
        if !dates.isEmpty {
            s += "  dates: " + dates.map { "\(doc.string(tokens: $0.tokens)) = \($0.day) (\($0.precision.rawValue))" }
                .joined(separator: "; ") + "\n"
        }
        let places = index.places[i].map { doc.places[$0] }
        if !places.isEmpty {
            s += "  places: " + places.map { (p: PlaceMention) -> String in
                var d = "\(doc.string(tokens: p.tokens)) = \(p.place.name), \(p.place.country)"
                if let lat = p.place.lat, let lon = p.place.lon { d += " (\(lat), \(lon))" }
                return d
            }.joined(separator: "; ") + "\n"
        }
        for q in index.quotes[i].map({ doc.quotes[$0] }) {
            s += "  quote: «\(doc.string(q.start, q.end))» — \(q.speaker.map { "\(doc.string(tokens: $0.tokens)) (\($0.code))" } ?? "speaker unknown")\n"
        }
        for e in index.events[i].map({ doc.events[$0] }) { s += event(e, doc) }
        return s
    }

    func verb(_ g: Int, _ doc: Document) -> String {
        let v = doc.verbs[g]
        let subject = g < doc.clauses.count ? doc.clauses[g].subject : []
        var d = "\(doc.string(tokens: v.tokens)) (\(lexicon.vocabulary.form(v.lemma)), \(v.tense.name)"
        if v.negated { d += ", negated" }
        if v.passive { d += ", passive" }
        if let m = v.mode { d += ", \(m.rawValue)" }
        if !subject.isEmpty { d += ", subject \(ActorCode(group: subject.map { ActorCode($0.code) }))" }
        return d + ")"
    }

    func event(_ e: Event, _ doc: Document) -> String {
        var s = "  EVENT \(e.source.code) → \(e.target?.code ?? Self.noTarget) \(e.code)"
        s += " \(lexicon.cameo.info(e.code)?.name ?? "")"
        if e.negated { s += " [negated]" }
        if let m = e.mode { s += " [\(m.rawValue)]" }
        if e.date != doc.date { s += " on \(e.date)" }
        if let l = e.location { s += " at \(l.name) (\(l.country))" }
        return s + "\n        because \"\(doc.string(tokens: e.evidence))\" matched \(e.pattern)\n"
    }
}
