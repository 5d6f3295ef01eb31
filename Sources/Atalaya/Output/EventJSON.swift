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
        // The lines go straight into `out`, not into a buffer copied there afterwards.
        var w = JSONWriter(appendingTo: &out)
        // Most events of a story share its date: print each day once.
        var day = doc.date, date = doc.date.description
        // Events come in runs of one code (both directions of a meeting): its table entry is looked up once a run.
        var code: String?, info: CameoTable.Info?
        // Each event read where it is, not copied out of the list (a copy retains its strings).
        doc.events.withUnsafeBufferPointer { events in
            for k in events.indices {
                if events[k].date != day { (day, date) = (events[k].date, events[k].date.description) }
                if events[k].code != code { (code, info) = (events[k].code, lexicon.cameo.info(events[k].code)) }
                write(events[k], of: doc, date: date, info: info, codePoints: cp, into: &w)
            }
        }
        if quotes {
            for q in doc.quotes { Self.write(q, of: doc, codePoints: cp, into: &w) }
        }
        w.finish(into: &out)
    }

    /// One event line. The fields are the README's `jsonl` table, in its order.
    public static func write(_ r: EventRecord, into w: inout JSONWriter) {
        w.beginObject()
        if let s = r.stored { w.name("id"); w.int(Int(s.id)) }
        head(doc: r.doc, sentence: r.sentence, date: r.date, precision: r.datePrecision, code: r.code, root: r.root,
             quad: r.quad, goldstein: r.goldstein, &w)
        w.name("source"); span(r.source, &w)
        w.name("target")
        if let t = r.target { span(t, &w) } else { w.null() }
        w.name("evidence"); span(r.evidence, &w)
        tail(pattern: r.pattern, negated: r.negated, mode: r.mode, location: r.location, plover: r.plover, &w)
        if let s = r.stored {
            w.name("num_mentions"); w.int(s.mentions)
            w.name("num_sentences"); w.int(s.sentences)
            w.name("num_documents"); w.int(s.documents)
            w.name("url"); w.string(r.url)
        }
        w.endObject()
        w.newline()
    }

    /// A coded event's line, written from the document: the bytes of `write(EventRecord(…))`
    /// without the record's strings (the words of the text are copied from `doc.bytes`), through
    /// one cursor: room for the whole line is made once.
    func write(_ e: Event, of doc: Document, date: String, info: CameoTable.Info?, codePoints cp: CodePointIndex,
               into w: inout JSONWriter) {
        // Strings take at most 6 bytes a byte (escapes); the rest of the line is under 800.
        var strings = doc.id.utf8.count + date.utf8.count + e.code.utf8.count + e.source.code.utf8.count
            + e.pattern.utf8.count + Self.length(e.source.tokens, doc) + Self.length(e.evidence, doc)
            + (info?.ploverEvent?.utf8.count ?? 0) + (info?.ploverMode?.utf8.count ?? 0)
        if let t = e.target { strings += t.code.utf8.count + Self.length(t.tokens, doc) }
        if let l = e.location { strings += l.name.utf8.count + l.country.utf8.count }
        let comma = w.needsComma
        w.write(atMost: 6 * strings + 800) { c in
            if comma { c.byte(UInt8(ascii: ",")) }
            c.byte(UInt8(ascii: "{")); c.firstKey("doc"); c.string(doc.id)
            c.key("sentence"); c.int(e.sentence + 1)
            c.key("date"); c.string(date)
            c.key("date_precision"); c.string(e.datePrecision.rawValue)
            c.key("code"); c.string(e.code)
            c.key("root"); Self.root(of: e, &c)
            c.key("quad"); c.int(info?.quad ?? 0)
            c.key("goldstein"); c.double(info?.goldstein ?? 0)
            c.key("source"); Self.span(code: e.source.code, tokens: e.source.tokens, of: doc, cp, &c)
            c.key("target")
            if let t = e.target { Self.span(code: t.code, tokens: t.tokens, of: doc, cp, &c) } else { c.raw("null") }
            c.key("evidence"); Self.span(code: nil, tokens: e.evidence, of: doc, cp, &c)
            c.key("pattern"); c.string(e.pattern)
            c.key("negated"); c.raw(e.negated ? "true" : "false")
            c.key("mode"); c.string(e.mode?.rawValue)
            c.key("location")
            if let l = e.location {
                c.byte(UInt8(ascii: "{")); c.firstKey("name"); c.string(l.name)
                c.key("country"); c.string(l.country)
                c.key("lat"); if let v = l.lat { c.double(v) } else { c.raw("null") }
                c.key("lon"); if let v = l.lon { c.double(v) } else { c.raw("null") }
                c.byte(UInt8(ascii: "}"))
            } else { c.raw("null") }
            c.key("plover")
            if let event = info?.ploverEvent {
                c.byte(UInt8(ascii: "{")); c.firstKey("event"); c.string(event)
                c.key("mode"); c.string(info?.ploverMode)
                c.byte(UInt8(ascii: "}"))
            } else { c.raw("null") }
            c.raw("}\n")
        }
        w.needsComma = false
    }

    /// The bytes of the text of a token range.
    static func length(_ r: Range<Int>, _ doc: Document) -> Int {
        guard let f = r.first, let l = r.last else { return 0 }
        return Int(doc.tokens[l].end) - Int(doc.tokens[f].start)
    }

    /// The fields before the actors.
    static func head(doc: String, sentence: Int, date: String, precision: String, code: String, root: String,
                     quad: Int, goldstein: Double?, _ w: inout JSONWriter) {
        w.field("doc", doc)
        w.field("sentence", int: sentence)
        w.field("date", date)
        w.field("date_precision", precision)
        w.field("code", code)
        w.field("root", root)
        w.field("quad", int: quad)
        w.field("goldstein", double: goldstein ?? 0)
    }

    /// `event.root`, its two bytes copied from the code when the code is of printable ASCII there
    /// (as `Event.root` reads it), without making the string.
    static func root(of event: Event, _ c: inout JSONCursor) {
        let done: Bool? = event.code.utf8.withContiguousStorageIfAvailable { u in
            guard u.count >= 2, u[0] > 0x20, u[0] < 0x7F, u[1] > 0x20, u[1] < 0x7F,
                  u.count == 2 || (u[2] > 0x20 && u[2] < 0x7F) else { return false }
            c.string(utf8: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(u)[0..<2]))
            return true
        }
        if done != true { c.string(event.root) }
    }

    /// The fields after the actors and the evidence.
    static func tail(pattern: String, negated: Bool, mode: String?, location: EventRecord.Location?,
                     plover: EventRecord.Plover?, _ w: inout JSONWriter) {
        w.name("pattern"); w.string(pattern)
        w.name("negated"); w.bool(negated)
        w.name("mode"); w.string(mode)
        w.name("location"); Self.location(location, &w)
        w.name("plover")
        if let p = plover {
            w.beginObject()
            w.name("event"); w.string(p.event)
            w.name("mode"); w.string(p.mode)
            w.endObject()
        } else { w.null() }
    }

    static func span(_ s: EventRecord.Span, _ w: inout JSONWriter) {
        w.beginObject()
        if let code = s.code { w.name("code"); w.string(code) }
        w.name("text"); w.string(s.text)
        w.name("start"); if let v = s.start { w.int(v) } else { w.null() }
        w.name("end"); if let v = s.end { w.int(v) } else { w.null() }
        w.endObject()
    }

    /// `span(_:_:)` of the record's span of these tokens.
    static func span(code: String?, tokens r: Range<Int>, of doc: Document, _ cp: CodePointIndex, _ c: inout JSONCursor) {
        if let code {
            c.byte(UInt8(ascii: "{")); c.firstKey("code"); c.string(code)
            c.key("text")
        } else {
            c.byte(UInt8(ascii: "{")); c.firstKey("text")
        }
        if let f = r.first, let l = r.last { text(Int(doc.tokens[f].start), Int(doc.tokens[l].end), of: doc, &c) } else { c.string("") }
        let offsets = cp.codePoints(tokens: r, of: doc)
        c.key("start"); c.int(offsets.lowerBound)
        c.key("end"); c.int(offsets.upperBound)
        c.byte(UInt8(ascii: "}"))
    }

    /// The words of a token range, as `doc.string(tokens:)` gives them.
    static func text(tokens r: Range<Int>, of doc: Document, _ w: inout JSONWriter) {
        guard let f = r.first, let l = r.last else { return w.string("") }
        text(Int(doc.tokens[f].start), Int(doc.tokens[l].end), of: doc, &w)
    }

    /// The text of a byte range, as `doc.string(_:_:)` gives it: its bytes copied, unless the range
    /// cuts a character (they would not be UTF-8, and the string has U+FFFD there).
    static func text<W: JSONStringSink>(_ start: Int, _ end: Int, of doc: Document, _ w: inout W) {
        let whole = doc.bytes.withUnsafeBytes { b in
            precondition(start >= 0 && start <= end && end <= b.count, "range outside the document")
            guard startsCharacter(start, b) && startsCharacter(end, b) else { return false }
            w.string(utf8: UnsafeRawBufferPointer(rebasing: b[start..<end]))
            return true
        }
        if !whole { w.string(doc.string(start, end)) }
    }

    /// Byte `i` of `b` starts a character (or is the end): it is no UTF-8 continuation byte.
    @inline(__always)
    static func startsCharacter(_ i: Int, _ b: UnsafeRawBufferPointer) -> Bool { i == b.count || b[i] & 0xC0 != 0x80 }

    static func location(_ l: EventRecord.Location?, _ w: inout JSONWriter) {
        guard let l else { return w.null() }
        location(name: l.name, country: l.country, lat: l.lat, lon: l.lon, &w)
    }

    static func location(name: String, country: String?, lat: Double?, lon: Double?, _ w: inout JSONWriter) {
        w.beginObject()
        locationFields(name: name, country: country, lat: lat, lon: lon, &w)
    }

    /// A location's fields and its closing brace.
    static func locationFields(name: String, country: String?, lat: Double?, lon: Double?, _ w: inout JSONWriter) {
        w.field("name", name)
        w.field("country", country)
        if let v = lat { w.field("lat", double: v) } else { w.field("lat", literal: "null") }
        if let v = lon { w.field("lon", double: v) } else { w.field("lon", literal: "null") }
        w.endObject()
    }

    /// A quotation record (`--quotes`).
    static func write(_ q: Quote, of doc: Document, codePoints cp: CodePointIndex, into w: inout JSONWriter) {
        w.beginObject()
        w.name("type"); w.string("quote")
        w.name("doc"); w.string(doc.id)
        w.name("sentence"); w.int(q.sentence + 1)
        w.name("speaker")
        if let s = q.speaker {
            w.beginObject()
            w.name("code"); w.string(s.code)
            w.name("text"); text(tokens: s.tokens, of: doc, &w)
            w.endObject()
        } else { w.null() }
        w.name("text"); text(q.start, q.end, of: doc, &w)
        w.name("start"); w.int(cp.codePoint(q.start))
        w.name("end"); w.int(cp.codePoint(q.end))
        w.endObject()
        w.newline()
    }
}
