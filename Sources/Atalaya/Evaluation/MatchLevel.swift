/// How strictly an output event must agree with a gold event to count.
public enum MatchLevel: String, CaseIterable, Sendable {
    /// The 2-digit CAMEO root matches.
    case cue
    /// Cue, and source and target agree on their first three letters wherever the gold names a
    /// country or organisation there (empty and `~`-only gold codes bind nothing).
    case dyad
    /// Dyad, and the agent part (GOV, MIL, CVL …) agrees wherever the gold names one.
    case role
    /// The 3-digit code and the whole actor codes match.
    case exact
}

/// An actor code split into its country (or organisation) part and its agent part:
/// "COLREB" → ("COL", "REB"), "~CVL" → (nil, "CVL"), "IGOUNO" → ("IGO", "UNO").
struct ActorCode: Equatable {
    var country: String?
    var agent: String

    init(_ code: String, agents: Set<String>) {
        let c = code.trimmingCharacters(in: .whitespaces)
        if c.hasPrefix("~") {
            country = nil
            agent = String(c.dropFirst())
        } else if c.isEmpty || c.allSatisfy({ $0 == "-" }) {
            country = nil
            agent = ""
        } else if c.count >= 3 && agents.contains(String(c.prefix(3))) && String(c.prefix(3)) != "IGO" {
            country = nil
            agent = c
        } else {
            country = String(c.prefix(3))
            agent = String(c.dropFirst(3))
        }
    }

    var bindsNothing: Bool { country == nil && agent.isEmpty }

    /// The agent's first three letters, the part that role matching compares.
    var mainAgent: String { String(agent.prefix(3)) }

    var agentTriples: [String] {
        stride(from: 0, to: agent.count, by: 3).map {
            String(agent.dropFirst($0).prefix(3))
        }
    }
}
