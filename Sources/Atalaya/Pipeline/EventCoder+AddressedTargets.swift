extension EventCoder {
    /// A comment, appeal, demand, criticism or rejection (`cameo/addressed.tsv`) that names no one,
    /// made by a country's own people ("critics said the money was wasted", "the opposition
    /// expressed concern"), is addressed to their government, as CAMEO coders code it. Run on a
    /// sentence's settled events: one with a target of its own has already replaced an untargeted
    /// twin. An organisation's comment, or a government's own, is addressed to no one by this.
    func addressedTargets(_ events: inout [Event], from start: Int) {
        for i in start..<events.count where events[i].target == nil {
            guard let agent = lexicon.cameo.addressee(of: events[i].code) else { continue }
            let source = lexicon.actorCode(events[i].source.code)
            guard let country = source.country, !source.agents.contains(agent), lexicon.places.isCountryCode(country)
            else { continue }
            let target = country + agent
            guard !EventCoder.sameActor(events[i].source.code, target) else { continue }
            events[i].target = ActorMember(code: target, tokens: events[i].evidence)
        }
    }
}
