/// How strictly an output event must agree with a gold event to count.
public enum MatchLevel: String, CaseIterable, Sendable {
    /// The 2-digit CAMEO root matches.
    case cue
    /// Cue, and source and target agree on their root (`ActorCode.root`: country, region or IGO,
    /// NGO, MNC) wherever the gold names one (empty, "---" and `~`-only gold codes bind nothing).
    case dyad
    /// Dyad, and the gold's first part after the root (GOV, MIL, CVL …; UNO for IGOUNO) is among
    /// the output's parts wherever the gold names one.
    case role
    /// The 3-digit code matches, and the parts after the root are the same.
    case exact
}
