/// `--format jsonl`: one event a line, with evidence, mode, location and PLOVER mapping;
/// with `--quotes`, quotation records too.
public struct EventJSON: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func write(_ doc: Document, quotes: Bool, into out: inout [UInt8]) {
        guard !doc.events.isEmpty || (quotes && !doc.quotes.isEmpty) else { return }
        let cp = CodePointIndex(doc.bytes)
        var w = JSONWriter()
        for e in doc.events {
            w.beginObject()
            w.key("doc"); w.string(doc.id)
            w.key("sentence"); w.int(e.sentence + 1)
            w.key("date"); w.string(e.date.description)
            w.key("date_precision"); w.string(e.datePrecision.rawValue)
            w.key("code"); w.string(e.code)
            w.key("root"); w.string(e.root)
            let info = lexicon.cameo.info(e.code)
            w.key("quad"); w.int(info?.quad ?? 0)
            w.key("goldstein"); w.double(info?.goldstein ?? 0)
            w.key("source"); actor(e.source, doc, cp, &w)
            w.key("target")
            if let t = e.target { actor(t, doc, cp, &w) } else { w.null() }
            w.key("evidence"); span(e.evidence, doc, cp, &w)
            w.key("pattern"); w.string(e.pattern)
            w.key("negated"); w.bool(e.negated)
            w.key("mode"); w.string(e.mode?.rawValue)
            w.key("location")
            if let l = e.location { EventJSON.place(l, &w) } else { w.null() }
            w.key("plover")
            if let ev = info?.ploverEvent {
                w.beginObject()
                w.key("event"); w.string(ev)
                w.key("mode"); w.string(info?.ploverMode)
                w.endObject()
            } else { w.null() }
            w.endObject()
            w.newline()
        }
        if quotes {
            for q in doc.quotes {
                w.beginObject()
                w.key("type"); w.string("quote")
                w.key("doc"); w.string(doc.id)
                w.key("sentence"); w.int(q.sentence + 1)
                w.key("speaker")
                if let s = q.speaker {
                    w.beginObject()
                    w.key("code"); w.string(s.code)
                    w.key("text"); w.string(doc.string(tokens: s.tokens))
                    w.endObject()
                } else { w.null() }
                w.key("text"); w.string(doc.string(q.start, q.end))
                w.key("start"); w.int(cp.codePoint(q.start))
                w.key("end"); w.int(cp.codePoint(q.end))
                w.endObject()
                w.newline()
            }
        }
        out.append(contentsOf: w.bytes)
    }

    func actor(_ a: ActorMember, _ doc: Document, _ cp: CodePointIndex, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("code"); w.string(a.code)
        w.key("text"); w.string(doc.string(tokens: a.tokens))
        w.key("start"); w.int(cp.codePoint(Int(doc.tokens[a.tokens.lowerBound].start)))
        w.key("end"); w.int(cp.codePoint(Int(doc.tokens[a.tokens.upperBound - 1].end)))
        w.endObject()
    }

    func span(_ r: Range<Int>, _ doc: Document, _ cp: CodePointIndex, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("text"); w.string(doc.string(tokens: r))
        w.key("start"); w.int(cp.codePoint(Int(doc.tokens[r.lowerBound].start)))
        w.key("end"); w.int(cp.codePoint(Int(doc.tokens[r.upperBound - 1].end)))
        w.endObject()
    }

    static func place(_ l: Place, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("name"); w.string(l.name)
        w.key("country"); w.string(l.country)
        w.key("lat"); if let v = l.lat { w.double(v) } else { w.null() }
        w.key("lon"); if let v = l.lon { w.double(v) } else { w.null() }
        w.endObject()
    }
}
