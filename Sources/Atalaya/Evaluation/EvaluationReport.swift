import Foundation

/// Renders an `Evaluation` for people (tables) and machines (`--json`).
public struct EvaluationReport: Sendable {
    public let evaluation: Evaluation
    public let name: String

    public init(_ evaluation: Evaluation, name: String) {
        self.evaluation = evaluation
        self.name = name
    }

    /// The one rounding of a figure, shared by the table and `--json` so both show the same value.
    static func figure(_ v: Double, places: Int = 3) -> String { String(format: "%.\(places)f", v) }

    func pct(_ v: Double) -> String { Self.figure(v) }

    /// A figure as a JSON number, rounded as the table rounds it.
    func number(_ v: Double, places: Int = 3, _ w: inout JSONWriter) { w.double(Double(Self.figure(v, places: places)) ?? v) }

    public var text: String {
        let e = evaluation
        var s = "\(name): \(e.records) records, \(e.goldEvents) gold events, \(e.outputEvents) output events\n"
        s += "level   recall  precision  f1     matched\n"
        for level in MatchLevel.allCases {
            let sc = e.score(level)
            s += level.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                + "\(pct(sc.recall))   \(pct(sc.precision))      \(pct(sc.f1))  \(sc.matched)\n"
        }
        s += "UniversalPetrarch figures: correct \(e.correct) of \(e.goldEvents), uncoded \(e.uncoded), "
            + "extra events per record \(Self.figure(e.extraPerRecord, places: 2))\n"
        s += "root  gold  output  matched  recall  precision\n"
        for r in e.roots {
            let rec = r.gold == 0 ? "-" : pct(Double(r.matched) / Double(r.gold))
            let pre = r.output == 0 ? "-" : pct(Double(r.matched) / Double(r.output))
            s += "\(r.root)    \(pad(r.gold, 4))  \(pad(r.output, 6))  \(pad(r.matched, 7))  \(rec.padding(toLength: 6, withPad: " ", startingAt: 0))  \(pre)\n"
        }
        return s
    }

    func pad(_ v: Int, _ w: Int) -> String {
        let s = String(v)
        return String(repeating: " ", count: max(0, w - s.count)) + s
    }

    /// The `n` records with most misses at the role level, gold and output side by side. Each event
    /// is labelled with the strictest level it was paired at (`exact`, `role`, `dyad`, `cue`), or
    /// `MISS` (gold) / `EXTRA` (output) when it pairs at no level.
    public func errors(_ n: Int) -> String {
        let worst = evaluation.results.enumerated().filter { $0.element.badness > 0 }
            .sorted { $0.element.badness > $1.element.badness || $0.element.badness == $1.element.badness && $0.offset < $1.offset }
            .prefix(n)
        guard !worst.isEmpty else { return "" }
        var s = "(each event: the strictest level it matched at, or MISS / EXTRA)\n"
        for (_, r) in worst {
            s += "\n== \(r.record.id) (\(r.record.date))\n\(Self.clipped(r.record.text, to: 400))\n"
            for (i, g) in r.record.events.enumerated() {
                let label = Self.label(Self.level(r, gold: i), none: "MISS")
                s += "  gold   \(label) \(g.source.joined(separator: "|")) \(g.codes.joined(separator: "/")) \(g.target.joined(separator: "|"))\n"
            }
            for (i, o) in r.outputs.enumerated() {
                let label = Self.label(Self.level(r, output: i), none: "EXTRA")
                s += "  output \(label) \(o.source) \(o.code) \(o.target ?? "-")\n"
            }
        }
        return s
    }

    /// The strictest level at which a record's gold event (or output event) is paired.
    static func level(_ r: Evaluation.RecordResult, gold: Int? = nil, output: Int? = nil) -> MatchLevel? {
        MatchLevel.allCases.reversed().first { level in
            (r.pairs[level] ?? []).contains { p in gold.map { p.gold == $0 } ?? (p.output == output) }
        }
    }

    static func label(_ level: MatchLevel?, none: String) -> String {
        (level?.rawValue ?? none).padding(toLength: 5, withPad: " ", startingAt: 0)
    }

    /// At most `limit` characters, cut at a word boundary and marked with "…".
    static func clipped(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = text.prefix(limit)
        if let space = cut.lastIndex(where: \.isWhitespace), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = cut[..<space]
        }
        while let last = cut.last, last.isWhitespace || last.isPunctuation { cut.removeLast() }
        return cut + "…"
    }

    /// The machine-readable summary.
    public var json: String {
        let e = evaluation
        var w = JSONWriter()
        w.beginObject()
        w.key("name"); w.string(name)
        w.key("records"); w.int(e.records)
        w.key("gold_events"); w.int(e.goldEvents)
        w.key("output_events"); w.int(e.outputEvents)
        w.key("correct"); w.int(e.correct)
        w.key("uncoded"); w.int(e.uncoded)
        w.key("extra_per_record"); number(e.extraPerRecord, places: 2, &w)
        w.key("levels")
        w.beginObject()
        for level in MatchLevel.allCases {
            let sc = e.score(level)
            w.key(level.rawValue)
            w.beginObject()
            w.key("recall"); number(sc.recall, &w)
            w.key("precision"); number(sc.precision, &w)
            w.key("f1"); number(sc.f1, &w)
            w.key("matched"); w.int(sc.matched)
            w.endObject()
        }
        w.endObject()
        w.key("roots")
        w.beginObject()
        for r in e.roots {
            w.key(r.root)
            w.beginObject()
            w.key("gold"); w.int(r.gold)
            w.key("output"); w.int(r.output)
            w.key("matched"); w.int(r.matched)
            w.endObject()
        }
        w.endObject()
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self)
    }
}
