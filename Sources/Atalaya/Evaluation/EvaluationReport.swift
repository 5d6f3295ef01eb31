import Foundation

/// Renders an `Evaluation` for people (tables) and machines (`--json`).
public struct EvaluationReport: Sendable {
    public let evaluation: Evaluation
    public let name: String

    public init(_ evaluation: Evaluation, name: String) {
        self.evaluation = evaluation
        self.name = name
    }

    func pct(_ v: Double) -> String { String(format: "%.3f", v) }

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
            + "extra events per record \(String(format: "%.2f", e.extraPerRecord))\n"
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

    /// The `n` records with most misses at the role level, gold and output side by side.
    public func errors(_ n: Int) -> String {
        let worst = evaluation.results.enumerated().filter { $0.element.badness > 0 }
            .sorted { $0.element.badness > $1.element.badness || $0.element.badness == $1.element.badness && $0.offset < $1.offset }
            .prefix(n)
        var s = ""
        for (_, r) in worst {
            let pairs = r.pairs[.role] ?? []
            let goldHit = Set(pairs.map(\.gold)), outHit = Set(pairs.map(\.output))
            s += "\n== \(r.record.id) (\(r.record.date))\n\(r.record.text.prefix(400))\n"
            for (i, g) in r.record.events.enumerated() {
                s += "  gold   \(goldHit.contains(i) ? "ok  " : "MISS") \(g.source.joined(separator: "|")) \(g.codes.joined(separator: "/")) \(g.target.joined(separator: "|"))\n"
            }
            for (i, o) in r.outputs.enumerated() {
                s += "  output \(outHit.contains(i) ? "ok   " : "EXTRA") \(o.source) \(o.code) \(o.target ?? "-")\n"
            }
        }
        return s
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
        w.key("extra_per_record"); w.double((e.extraPerRecord * 1000).rounded() / 1000)
        w.key("levels")
        w.beginObject()
        for level in MatchLevel.allCases {
            let sc = e.score(level)
            w.key(level.rawValue)
            w.beginObject()
            w.key("recall"); w.double((sc.recall * 1000).rounded() / 1000)
            w.key("precision"); w.double((sc.precision * 1000).rounded() / 1000)
            w.key("f1"); w.double((sc.f1 * 1000).rounded() / 1000)
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
