/// `--format mentions`: every actor mention, one a line, for dictionary work.
public struct MentionJSON: Sendable {
    public init() {}

    public func write(_ doc: Document, into out: inout [UInt8]) {
        guard !doc.mentions.isEmpty else { return }
        let cp = CodePointIndex(doc.bytes)
        // The lines go straight into `out`, not into a buffer copied there afterwards.
        var w = JSONWriter(appendingTo: &out)
        for (i, m) in doc.mentions.enumerated() {
            let kind = m.kind == .group ? "named" : Self.kindNames[Int(m.kind.rawValue)]
            for a in m.kind == .group ? m.actors : [ActorMember(code: doc.code(ofMention: i), tokens: m.tokens)] {
                w.beginObject()
                w.name("doc"); w.string(doc.id)
                w.name("sentence"); w.int(m.sentence + 1)
                w.name("code"); w.string(a.code)
                w.name("text"); EventJSON.text(tokens: a.tokens, of: doc, &w)
                let r = cp.codePoints(tokens: a.tokens, of: doc)
                w.name("start"); w.int(r.lowerBound)
                w.name("end"); w.int(r.upperBound)
                w.name("kind"); w.string(kind)
                w.endObject()
                w.newline()
            }
        }
        w.finish(into: &out)
    }

    /// Each kind's case name by raw value, as `"\(kind)"` prints it: printing reflects on the
    /// value, too slow to do for every mention.
    static let kindNames: [String] = (0...UInt8.max).map { raw in ActorMention.Kind(rawValue: raw).map { "\($0)" } ?? "" }
}
