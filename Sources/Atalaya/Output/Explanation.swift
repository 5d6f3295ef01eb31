/// `--format explain`: for a person reading along — each sentence with the actors, verbs,
/// dates, places and quotations found, and the events with the pattern that made them.
public struct Explanation: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func write(_ doc: Document, into out: inout [UInt8]) {
        var s = "# \(doc.id) (\(doc.date))\n"
        for (i, sentence) in doc.sentences.enumerated() {
            s += "\n[\(i + 1)] \(doc.string(Int(sentence.start), Int(sentence.end)))\n"
            let actors = doc.mentions.filter { $0.sentence == i }
            if !actors.isEmpty {
                s += "  actors: " + actors.map { "\(doc.string(tokens: $0.tokens)) = \($0.code.isEmpty ? "?" : $0.code)" }
                    .joined(separator: "; ") + "\n"
            }
            let verbs = doc.verbs.filter { $0.sentence == i }
            if !verbs.isEmpty {
                s += "  verbs: " + verbs.map { v in
                    var d = "\(doc.string(tokens: v.tokens)) (\(lexicon.vocabulary.form(v.lemma)), \(v.tense.name)"
                    if v.negated { d += ", negated" }
                    if v.passive { d += ", passive" }
                    if let m = v.mode { d += ", \(m.rawValue)" }
                    if !v.subject.isEmpty { d += ", subject " + v.subject.map(\.code).joined(separator: "+") }
                    return d + ")"
                }.joined(separator: "; ") + "\n"
            }
            let dates = doc.dates.filter { $0.sentence == i }
            if !dates.isEmpty {
                s += "  dates: " + dates.map { "\(doc.string(tokens: $0.tokens)) = \($0.day) (\($0.precision.rawValue))" }
                    .joined(separator: "; ") + "\n"
            }
            let places = doc.places.filter { $0.sentence == i }
            if !places.isEmpty {
                s += "  places: " + places.map { (p: PlaceMention) -> String in
                    var d = "\(doc.string(tokens: p.tokens)) = \(p.place.name), \(p.place.country)"
                    if let lat = p.place.lat, let lon = p.place.lon { d += " (\(lat), \(lon))" }
                    return d
                }.joined(separator: "; ") + "\n"
            }
            for q in doc.quotes where q.sentence == i {
                s += "  quote: «\(doc.string(q.start, q.end))» — \(q.speaker.map { "\(doc.string(tokens: $0.tokens)) (\($0.code))" } ?? "speaker unknown")\n"
            }
            for e in doc.events where e.sentence == i {
                s += "  EVENT \(e.source.code) → \(e.target?.code ?? "-") \(e.code)"
                s += " \(lexicon.cameo.info(e.code)?.name ?? "")"
                if e.negated { s += " [negated]" }
                if let m = e.mode { s += " [\(m.rawValue)]" }
                if e.date != doc.date { s += " on \(e.date)" }
                if let l = e.location { s += " at \(l.name) (\(l.country))" }
                s += "\n        because \"\(doc.string(tokens: e.evidence))\" matched \(e.pattern)\n"
            }
        }
        s += "\n"
        out.append(contentsOf: s.utf8)
    }
}
