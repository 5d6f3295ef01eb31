/// Decides whether an output event matches a gold event at a level, and pairs a record's
/// output and gold events one-to-one (a maximum bipartite matching).
///
/// ```swift
/// let m = EventMatcher(agents: lexicon.cameoAgents)
/// m.matches(output, gold, at: .dyad)
/// ```
public struct EventMatcher: Sendable {
    /// CAMEO agent codes, to tell "CVL" (an agent) from "COL" (a country).
    public let agents: Set<String>

    public init(agents: Set<String>) { self.agents = agents }

    /// An output event as eval sees it: code and actor codes.
    public struct Output: Sendable, Hashable {
        public var code: String
        public var source: String
        public var target: String?
        public init(code: String, source: String, target: String?) {
            self.code = code
            self.source = source
            self.target = target
        }
    }

    public func matches(_ o: Output, _ g: GoldEvent, at level: MatchLevel) -> Bool {
        guard g.codes.contains(where: { o.code.prefix(2) == $0.prefix(2) }) else { return false }
        if level == .cue { return true }
        guard actor(o.source, g.source, level) && actor(o.target, g.target, level) else { return false }
        if level == .exact {
            return g.codes.contains { $0.count >= 3 ? o.code.prefix(3) == $0.prefix(3) : o.code.prefix(2) == $0 }
        }
        return true
    }

    /// Does an output actor fit any acceptable gold code at this level? A gold group ("A+B")
    /// accepts any of its actors.
    func actor(_ output: String?, _ gold: [String], _ level: MatchLevel) -> Bool {
        let golds = gold.flatMap { ActorCode($0, agents: agents).actors }.filter { !($0.isUnknown || $0.root.isEmpty && $0.body.isEmpty) }
        if golds.isEmpty { return true }
        // `""` among the gold's values says the event may name no actor there.
        guard let output, !output.isEmpty else { return gold.contains("") }
        let o = ActorCode(output, agents: agents)
        return golds.contains { g in
            if !g.root.isEmpty, o.root != g.root { return false }
            switch level {
            case .cue, .dyad: return true
            case .role: return g.body.isEmpty || o.parts.contains(g.parts[0])
            case .exact: return o.body == g.body
            }
        }
    }

    /// The most output–gold pairs that match at `level`, each event used once.
    public func pair(_ outputs: [Output], _ gold: [GoldEvent], at level: MatchLevel) -> [(output: Int, gold: Int)] {
        let edges = outputs.map { o in gold.indices.filter { matches(o, gold[$0], at: level) } }
        var goldOwner = [Int](repeating: -1, count: gold.count)
        func augment(_ o: Int, _ seen: inout [Bool]) -> Bool {
            for g in edges[o] where !seen[g] {
                seen[g] = true
                if goldOwner[g] < 0 || augment(goldOwner[g], &seen) {
                    goldOwner[g] = o
                    return true
                }
            }
            return false
        }
        for o in outputs.indices {
            var seen = [Bool](repeating: false, count: gold.count)
            _ = augment(o, &seen)
        }
        return goldOwner.enumerated().compactMap { $0.element >= 0 ? ($0.element, $0.offset) : nil }.sorted { $0.output < $1.output }
    }
}
