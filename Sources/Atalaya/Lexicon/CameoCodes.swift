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
        guard let bundled = Lexicon.bundledData else {
            throw LexiconError(file: "Resources", line: 0, message: "bundled dictionaries not found")
        }
        return try load { rel in
            try ([bundled] + extra).map { $0.appendingPathComponent(rel) }
                .filter { FileManager.default.fileExists(atPath: $0.path) }
                .map { try DataFile(url: $0) }
        }
    }

    /// Builds the tables from the copies `files` finds of a data file, bundled first:
    /// the first codes table, and the agent codes of all.
    static func load(files: (String) throws -> [DataFile]) throws -> CameoCodes {
        guard let codes = try files("cameo/codes.tsv").first else {
            throw LexiconError(file: "cameo/codes.tsv", line: 0, message: "missing")
        }
        let events = try CameoTable(codes)
        var agents = Set<String>()
        for f in try files("cameo/agents.tsv") {
            for r in f.rows {
                guard r[0].count == 3, CameoTable.isActorCodeShape(r[0]) else { throw f.error(r, "agent codes have three letters") }
                agents.insert(r[0])
            }
        }
        return CameoCodes(events: events, agents: agents)
    }
}
