extension EventCoder {
    /// An attack, a threat or a sanction (`cameo/targeted.tsv`) is always against someone. When its
    /// sentence names no one ("lanzó una ofensiva en su frontera"), the story has just said whom:
    /// the first target of the previous sentence's events that is not the source itself. (Its
    /// own state may be: an army that tortures or arrests its country's people acts on them.)
    func impliedTargets(_ events: inout [Event], from start: Int, memory: EventMemory) {
        guard !memory.previousEventTargets.isEmpty else { return }
        for i in start..<events.count where events[i].target == nil && lexicon.cameo.needsTarget(events[i].code) {
            let source = events[i].source.code
            guard source != EventCoder.unknownActor,
                  let t = memory.previousEventTargets.first(where: { !lexicon.isSelf($0.code, source) && $0.code != source })
            else { continue }
            events[i].target = t
        }
    }
}
