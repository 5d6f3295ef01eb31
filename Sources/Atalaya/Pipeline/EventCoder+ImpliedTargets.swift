extension EventCoder {
    /// An attack, a threat or a sanction (`cameo/targeted.tsv`) is always against someone. When its
    /// sentence names no one, the place it happens in another country's ground names whom
    /// ("los bombardeos israelíes en Gaza": PSE); else the story has just said whom ("lanzó una
    /// ofensiva en su frontera"): the first target of the previous sentence's events that is not
    /// the source itself. (Its own state may be: an army that tortures or arrests its country's
    /// people acts on them.)
    func impliedTargets(_ events: inout [Event], from start: Int, memory: EventMemory) {
        for i in start..<events.count where events[i].target == nil && lexicon.cameo.needsTarget(events[i].code) {
            let source = events[i].source.code
            guard source != EventCoder.unknownActor else { continue }
            // …unless the sentence tells it with its target too: dedupe keeps that one.
            let told = (start..<events.count).contains {
                events[$0].target != nil && events[$0].root == events[i].root && events[$0].source.code == source
            }
            // Abroad as a protest's default target is (`host`): a country or a city of a million.
            if !told, let host = Self.host(events[i].location), !host.isEmpty,
               let home = ActorCode.country(of: source), home != host {
                events[i].target = ActorMember(code: host, tokens: events[i].evidence)
                continue
            }
            guard let t = memory.previousEventTargets.first(where: { !lexicon.isSelf($0.code, source) && $0.code != source })
            else { continue }
            events[i].target = t
        }
    }
}
