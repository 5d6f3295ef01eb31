import Foundation

/// Reads Atalaya's own gold format: one document a line,
/// `{"id", "date", "text", "events": [{"source", "target", "code", "reciprocal", "tier", "sentence", "date"}]}`.
/// `source`, `target` and `code` are a string or a list of acceptable values; `""` or null names
/// nothing; `reciprocal: true` expects the event in both directions.
public struct GoldJSONLReader: Sendable {
    struct Line: Decodable {
        var id: String?
        var date: String
        var text: String
        var events: [Event]?
    }

    struct Event: Decodable {
        var source: Codes?
        var target: Codes?
        var code: Codes
        var reciprocal: Bool?
        var tier: String?
    }

    /// A string or an array of strings.
    struct Codes: Decodable {
        var values: [String]
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) { values = [s] } else { values = try c.decode([String].self) }
        }
    }

    public init() {}

    public func read(_ url: URL) throws -> [GoldRecord] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var records = [GoldRecord]()
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let decoded: Line
            do { decoded = try JSONDecoder().decode(Line.self, from: Data(line.utf8)) } catch {
                throw InputProblem(file: url.path, line: n + 1, message: "not a gold record: \(error)")
            }
            guard let date = Day(parsing: decoded.date) else {
                throw InputProblem(file: url.path, line: n + 1, message: "date \"\(decoded.date)\" is not YYYY-MM-DD")
            }
            var events = [GoldEvent]()
            for e in decoded.events ?? [] {
                let g = GoldEvent(codes: e.code.values.flatMap(GoldEvent.codes(from:)), source: e.source?.values ?? [],
                                  target: e.target?.values ?? [], tier: e.tier)
                events.append(g)
                if e.reciprocal == true { events.append(g.reversed) }
            }
            records.append(GoldRecord(id: decoded.id ?? "\(url.lastPathComponent):\(n + 1)", date: date, text: decoded.text,
                                      events: events))
        }
        return records
    }
}
