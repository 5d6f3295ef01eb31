import Foundation

/// The CAMEO tables alone — event codes (`cameo/codes.tsv`) and agent codes (`cameo/agents.tsv`) —
/// for work that reads coded events and codes nothing, such as querying or exporting a store,
/// without the cost of loading every dictionary.
///
/// ```swift
/// let codes = try CameoCodes.load()
/// codes.events.info("040")?.quad  // 1
/// codes.agents.contains("GOV")    // true
/// ```
public struct CameoCodes: Sendable {
    public let events: CameoTable
    public let agents: Set<String>

    /// The bundled tables; `extra` directories may add agent codes.
    public static func load(extra: [URL] = []) throws -> CameoCodes {
        var finder = try DataFinder.bundled(extra: extra)
        return try load(from: &finder)
    }

    /// Builds the tables from the copies `finder` finds, bundled first:
    /// the first codes table, and the agent codes of all.
    static func load(from finder: inout DataFinder) throws -> CameoCodes {
        guard let codes = try finder.files("cameo/codes.tsv").first else {
            throw LexiconError(file: "cameo/codes.tsv", line: 0, message: "missing")
        }
        var events = try CameoTable(codes)
        for f in try finder.files("cameo/intents.tsv") { try events.addIntents(f) }
        for f in try finder.files("cameo/targeted.tsv") { try events.addTargeted(f) }
        for f in try finder.files("cameo/addressed.tsv") { try events.addAddressed(f) }
        var agents = Set<String>()
        for f in try finder.files("cameo/agents.tsv") {
            for r in f.rows {
                guard r[0].count == 3, CameoTable.isActorCodeShape(r[0]) else { throw f.error(r, "agent codes have three letters") }
                agents.insert(r[0])
            }
        }
        return CameoCodes(events: events, agents: agents)
    }
}
