/// `--format plover`: PLOVER-style records (as in POLECAT), one a line: event type and mode,
/// actor and recipient lists, CAMEO code kept alongside.
public struct PloverJSON: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func write(_ doc: Document, into out: inout [UInt8]) {
        var w = JSONWriter()
        for (i, e) in doc.events.enumerated() {
            guard let info = lexicon.cameo.info(e.code), let event = info.ploverEvent else { continue }
            w.beginObject()
            w.key("id"); w.string("\(doc.id)-\(i + 1)")
            w.key("story_id"); w.string(doc.id)
            w.key("sentence"); w.int(e.sentence + 1)
            w.key("date"); w.string(e.date.description)
            w.key("event_type"); w.string(event)
            w.key("mode"); w.string(info.ploverMode)  // null when asserted, as in jsonl
            w.key("actor"); list([e.source], doc, &w)
            w.key("recipient"); list(e.target.map { [$0] } ?? [], doc, &w)
            w.key("cameo"); w.string(e.code)
            w.key("negated"); w.bool(e.negated)
            w.key("event_text"); w.string(doc.string(tokens: e.evidence))
            w.key("location")
            if let l = e.location { EventJSON.place(l, &w) } else { w.null() }
            w.endObject()
            w.newline()
        }
        out.append(contentsOf: w.bytes)
    }

    func list(_ actors: [ActorMember], _ doc: Document, _ w: inout JSONWriter) {
        w.beginArray()
        for a in actors {
            w.beginObject()
            w.key("code"); w.string(a.code)
            w.key("country"); w.string(lexicon.actorCode(a.code).root)
            w.key("text"); w.string(doc.string(tokens: a.tokens))
            w.endObject()
        }
        w.endArray()
    }
}
