/// What the event coder remembers from earlier sentences of a document: the actors named lately,
/// for clitics ("le", "les"), and the sources of the last sentence's events, for "este acto", and
/// their targets, for an attack that names no one.
struct EventMemory {
    /// Actors in order of mention, most recent last (bounded).
    var recent: [ActorMember] = []
    /// Sources of the events of the previous sentence, for "este acto", "dicho ataque".
    var previousEventSources: [ActorMember] = []
    /// Targets of the events of the previous sentence, for an attack or threat that names no one.
    var previousEventTargets: [ActorMember] = []

    mutating func saw(_ actors: [ActorMember]) {
        recent.append(contentsOf: actors)
        if recent.count > 12 { recent.removeFirst(recent.count - 12) }
    }

    /// `saw(m.actors)`, without making a list for a mention of one actor.
    mutating func saw(_ m: ActorMention) {
        if m.members.isEmpty { recent.append(ActorMember(code: m.code, tokens: m.tokens)) } else { recent.append(contentsOf: m.members) }
        if recent.count > 12 { recent.removeFirst(recent.count - 12) }
    }

    /// The most recent actor that is not one of `excluding` (for clitics "le", "les").
    func lastOther(than excluding: [ActorMember]) -> ActorMember? {
        recent.last { r in !excluding.contains { $0.code == r.code } }
    }
}
