import Foundation
/// `--format plover`: PLOVER-style records (as in POLECAT), one a line: event type and mode,
/// actor and recipient lists, CAMEO code kept alongside. Events whose CAMEO code has no PLOVER
/// event (roots 01, 02) are not written. `atalaya export --format plover` writes stored events
/// with the same `write(_:into:)`.
///
/// ```swift
/// var out = [UInt8]()
/// PloverJSON(lexicon: lexicon).write(doc, into: &out)
/// ```
public struct PloverJSON: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func write(_ doc: Document, into out: inout [UInt8]) {
        var w = JSONWriter()
        for i in doc.events.indices {
            Self.write(EventRecord(doc, event: i, cameo: lexicon.cameo, codePoints: nil), agents: lexicon.cameoAgents, into: &w)
        }
        out.append(contentsOf: w.bytes)
    }

    /// One record, or nothing when the event has no PLOVER type; `agents` are CAMEO's agent codes
    /// (an actor's country is its code's root: none for a bare agent such as "COP").
    public static func write(_ r: EventRecord, agents: Set<String>, into w: inout JSONWriter) {
        guard let plover = r.plover else { return }
        w.beginObject()
        w.key("id"); w.string(r.id)
        w.key("story_id"); w.string(r.doc)
        w.key("sentence"); w.int(r.sentence)
        w.key("date"); w.string(r.date)
        w.key("event_type"); w.string(plover.event)
        w.key("mode"); w.string(plover.mode)  // null when asserted, as in jsonl
        w.key("actor"); list([r.source], agents: agents, &w)
        w.key("recipient"); list(r.target.map { [$0] } ?? [], agents: agents, &w)
        w.key("cameo"); w.string(r.code)
        w.key("negated"); w.bool(r.negated)
        w.key("event_text"); w.string(r.evidence.text)
        w.key("location"); EventJSON.location(r.location, &w)
        w.endObject()
        w.newline()
    }

    static func list(_ actors: [EventRecord.Span], agents: Set<String>, _ w: inout JSONWriter) {
        w.beginArray()
        for a in actors {
            let code = a.code ?? ""
            w.beginObject()
            w.key("code"); w.string(code)
            w.key("country"); w.string(ActorCode(code, agents: agents).root)
            w.key("text"); w.string(a.text)
            w.endObject()
        }
        w.endArray()
    }
}
