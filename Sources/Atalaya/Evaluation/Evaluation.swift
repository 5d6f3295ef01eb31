/// Accumulates the comparison of coder output with gold records and computes recall,
/// precision and F1 at each level, UniversalPetrarch's figures, and a per-root table.
///
/// ```swift
/// var e = Evaluation(matcher: EventMatcher(agents: lexicon.cameoAgents))
/// e.add(record, outputs)
/// e.score(.cue).f1
/// ```
public struct Evaluation: Sendable {
    public struct Score: Sendable {
        public var matched: Int
        public var recall: Double
        public var precision: Double
        public var f1: Double
    }

    /// One record's comparison, kept for `--errors`.
    public struct RecordResult: Sendable {
        public var record: GoldRecord
        public var outputs: [EventMatcher.Output]
        /// Pairs at each level.
        public var pairs: [MatchLevel: [(output: Int, gold: Int)]]
        /// Misses at the role level, gold and output together: how bad the record is.
        public var badness: Int {
            let p = pairs[.role]?.count ?? 0
            return (record.events.count - p) + (outputs.count - p)
        }
    }

    public let matcher: EventMatcher
    public private(set) var results: [RecordResult] = []
    public private(set) var goldEvents = 0
    public private(set) var outputEvents = 0
    private var matched: [MatchLevel: Int] = [:]

    public init(matcher: EventMatcher) { self.matcher = matcher }

    public mutating func add(_ record: GoldRecord, _ outputs: [EventMatcher.Output]) {
        var pairs = [MatchLevel: [(output: Int, gold: Int)]]()
        for level in MatchLevel.allCases {
            pairs[level] = matcher.pair(outputs, record.events, at: level)
            matched[level, default: 0] += pairs[level]!.count
        }
        goldEvents += record.events.count
        outputEvents += outputs.count
        results.append(RecordResult(record: record, outputs: outputs, pairs: pairs))
    }

    public var records: Int { results.count }

    public func score(_ level: MatchLevel) -> Score {
        let m = matched[level] ?? 0
        let r = goldEvents == 0 ? 0 : Double(m) / Double(goldEvents)
        let p = outputEvents == 0 ? 0 : Double(m) / Double(outputEvents)
        return Score(matched: m, recall: r, precision: p, f1: r + p == 0 ? 0 : 2 * r * p / (r + p))
    }

    /// UniversalPetrarch's figures: gold events coded exactly right, gold events with no output
    /// at their root (uncoded), and output events matching no gold event at the root, per record.
    public var correct: Int { matched[.exact] ?? 0 }
    public var uncoded: Int { goldEvents - (matched[.cue] ?? 0) }
    public var extraPerRecord: Double { records == 0 ? 0 : Double(outputEvents - (matched[.cue] ?? 0)) / Double(records) }

    /// Per CAMEO root: gold events, output events, and cue-level matches.
    public var roots: [(root: String, gold: Int, output: Int, matched: Int)] {
        var table = [String: (Int, Int, Int)]()
        for r in results {
            for g in r.record.events { table[String(g.codes.first?.prefix(2) ?? "??"), default: (0, 0, 0)].0 += 1 }
            for o in r.outputs { table[String(o.code.prefix(2)), default: (0, 0, 0)].1 += 1 }
            for p in r.pairs[.cue] ?? [] { table[String(r.outputs[p.output].code.prefix(2)), default: (0, 0, 0)].2 += 1 }
        }
        return table.keys.sorted().map { (root: $0, gold: table[$0]!.0, output: table[$0]!.1, matched: table[$0]!.2) }
    }
}
