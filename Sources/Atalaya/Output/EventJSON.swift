/// `--format jsonl`: one event a line, with evidence, mode, location and PLOVER mapping;
/// with `--quotes`, quotation records too. Stored events (`atalaya events`, `export`) are written
/// by the same `write(_:into:)`, with their id first and their counts and url last.
///
/// ```swift
/// var out = [UInt8]()
/// EventJSON(lexicon: lexicon).write(doc, quotes: false, into: &out)
/// ```
public struct EventJSON: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func write(_ doc: Document, quotes: Bool, into out: inout [UInt8]) {
        guard !doc.events.isEmpty || (quotes && !doc.quotes.isEmpty) else { return }
        let cp = CodePointIndex(doc.bytes)
        var w = JSONWriter()
        for i in doc.events.indices {
            Self.write(EventRecord(doc, event: i, cameo: lexicon.cameo, codePoints: cp), into: &w)
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

    /// One event line. The fields are the README's `jsonl` table, in its order.
    public static func write(_ r: EventRecord, into w: inout JSONWriter) {
        w.beginObject()
        if let s = r.stored { w.key("id"); w.int(Int(s.id)) }
        w.key("doc"); w.string(r.doc)
        w.key("sentence"); w.int(r.sentence)
        w.key("date"); w.string(r.date)
        w.key("date_precision"); w.string(r.datePrecision)
        w.key("code"); w.string(r.code)
        w.key("root"); w.string(r.root)
        w.key("quad"); w.int(r.quad)
        w.key("goldstein"); w.double(r.goldstein ?? 0)
        w.key("source"); span(r.source, &w)
        w.key("target")
        if let t = r.target { span(t, &w) } else { w.null() }
        w.key("evidence"); span(r.evidence, &w)
        w.key("pattern"); w.string(r.pattern)
        w.key("negated"); w.bool(r.negated)
        w.key("mode"); w.string(r.mode)
        w.key("location"); location(r.location, &w)
        w.key("plover")
        if let p = r.plover {
            w.beginObject()
            w.key("event"); w.string(p.event)
            w.key("mode"); w.string(p.mode)
            w.endObject()
        } else { w.null() }
        if let s = r.stored {
            w.key("num_mentions"); w.int(s.mentions)
            w.key("num_sentences"); w.int(s.sentences)
            w.key("num_documents"); w.int(s.documents)
            w.key("url"); w.string(r.url)
        }
        w.endObject()
        w.newline()
    }

    static func span(_ s: EventRecord.Span, _ w: inout JSONWriter) {
        w.beginObject()
        if let code = s.code { w.key("code"); w.string(code) }
        w.key("text"); w.string(s.text)
        w.key("start"); if let v = s.start { w.int(v) } else { w.null() }
        w.key("end"); if let v = s.end { w.int(v) } else { w.null() }
        w.endObject()
    }

    static func location(_ l: EventRecord.Location?, _ w: inout JSONWriter) {
        guard let l else { return w.null() }
        w.beginObject()
        w.key("name"); w.string(l.name)
        w.key("country"); w.string(l.country)
        w.key("lat"); if let v = l.lat { w.double(v) } else { w.null() }
        w.key("lon"); if let v = l.lon { w.double(v) } else { w.null() }
        w.endObject()
    }
}
