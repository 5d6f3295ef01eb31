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
        // The lines go straight into `out`, not into a buffer copied there afterwards.
        var w = JSONWriter(appendingTo: &out)
        for i in doc.events.indices {
            Self.write(EventRecord(doc, event: i, cameo: lexicon.cameo, codePoints: nil), agents: lexicon.cameoAgents, into: &w)
        }
        w.finish(into: &out)
    }

    /// One record, or nothing when the event has no PLOVER type; `agents` are CAMEO's agent codes
    /// (an actor's country is its code's root: none for a bare agent such as "COP").
    public static func write(_ r: EventRecord, agents: Set<String>, into w: inout JSONWriter) {
        guard let plover = r.plover else { return }
        w.beginObject()
        w.name("id"); w.string(r.id)
        w.name("story_id"); w.string(r.doc)
        w.name("sentence"); w.int(r.sentence)
        w.name("date"); w.string(r.date)
        w.name("event_type"); w.string(plover.event)
        w.name("mode"); w.string(plover.mode)  // null when asserted, as in jsonl
        w.name("actor"); list([r.source], agents: agents, &w)
        w.name("recipient"); list(r.target.map { [$0] } ?? [], agents: agents, &w)
        w.name("cameo"); w.string(r.code)
        w.name("negated"); w.bool(r.negated)
        w.name("event_text"); w.string(r.evidence.text)
        w.name("location"); EventJSON.location(r.location, &w)
        w.endObject()
        w.newline()
    }

    static func list(_ actors: [EventRecord.Span], agents: Set<String>, _ w: inout JSONWriter) {
        w.beginArray()
        for a in actors {
            let code = a.code ?? ""
            w.beginObject()
            w.name("code"); w.string(code)
            w.name("country"); w.string(ActorCode(code, agents: agents).root)
            w.name("text"); w.string(a.text)
            w.endObject()
        }
        w.endArray()
    }
}
