/// An actor code split as exports need it: "COLREB" → country "COL", agents ["REB"];
/// "IGOUNOHCR" → group "IGO", agents ["UNO", "HCR"]; "CVL" → agents ["CVL"].
public struct ActorParts {
    public var country = ""
    public var group = ""
    public var agents: [String] = []

    public init(_ code: String, agentCodes: Set<String>) {
        let triples = stride(from: 0, to: code.count, by: 3).map { String(code.dropFirst($0).prefix(3)) }
        guard let first = triples.first else { return }
        if first == "IGO" || first == "NGO" {
            group = first
            agents = Array(triples.dropFirst())
        } else if agentCodes.contains(first) || first == "---" {
            agents = first == "---" ? [] : triples
        } else {
            country = first
            agents = Array(triples.dropFirst())
        }
    }

    public func agent(_ i: Int) -> String { i < agents.count ? agents[i] : "" }
}
