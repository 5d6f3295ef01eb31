/// What the coder remembers from earlier clauses and sentences of a document, to resolve
/// pro-drop subjects, "ambos líderes", clitics ("le") and "este acto".
struct Discourse {
    /// Subject of the last clause that had one.
    var lastSubject: [ActorMember] = []
    /// The last pair or group of actors named together ("Kim y Putin").
    var lastGroup: [ActorMember] = []
    /// Actors in order of mention, most recent last (bounded).
    var recent: [ActorMember] = []
    /// Sources of the events of the previous sentence, for "este acto", "dicho ataque".
    var previousEventSources: [ActorMember] = []

    mutating func saw(_ actors: [ActorMember]) {
        recent.append(contentsOf: actors)
        if recent.count > 12 { recent.removeFirst(recent.count - 12) }
        if actors.count >= 2 { lastGroup = actors }
    }

    /// The most recent actor that is not one of `excluding` (for clitics "le", "les").
    func lastOther(than excluding: [ActorMember]) -> ActorMember? {
        let codes = Set(excluding.map(\.code))
        return recent.last { !codes.contains($0.code) }
    }
}
