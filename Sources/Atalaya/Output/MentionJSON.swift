/// `--format mentions`: every actor mention, one a line, for dictionary work.
public struct MentionJSON: Sendable {
    public init() {}

    public func write(_ doc: Document, into out: inout [UInt8]) {
        guard !doc.mentions.isEmpty else { return }
        let cp = CodePointIndex(doc.bytes)
        var w = JSONWriter()
        for (i, m) in doc.mentions.enumerated() {
            for a in m.kind == .group ? m.actors : [ActorMember(code: doc.code(ofMention: i), tokens: m.tokens)] {
                w.beginObject()
                w.key("doc"); w.string(doc.id)
                w.key("sentence"); w.int(m.sentence + 1)
                w.key("code"); w.string(a.code)
                w.key("text"); w.string(doc.string(tokens: a.tokens))
                let r = cp.codePoints(tokens: a.tokens, of: doc)
                w.key("start"); w.int(r.lowerBound)
                w.key("end"); w.int(r.upperBound)
                w.key("kind"); w.string(m.kind == .group ? "named" : "\(m.kind)")
                w.endObject()
                w.newline()
            }
        }
        out.append(contentsOf: w.bytes)
    }
}
