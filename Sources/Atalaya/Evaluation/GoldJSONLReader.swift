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

    /// Reads every good record; stops at the first bad line (use `read(_:problem:)` to go on).
    public func read(_ url: URL) throws -> [GoldRecord] {
        var first: InputProblem?
        let records = try read(url) { p in if first == nil { first = p } }
        if let first { throw first }
        return records
    }

    /// Reads every good record and reports each bad line as `file:line: message` through `problem`;
    /// throws only when the file cannot be read.
    ///
    /// ```swift
    /// let records = try GoldJSONLReader().read(url) { print($0) }
    /// ```
    public func read(_ url: URL, problem: (InputProblem) -> Void) throws -> [GoldRecord] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var records = [GoldRecord]()
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            do {
                records.append(try record(line, url: url, line: n + 1))
            } catch {
                problem(error)
            }
        }
        return records
    }

    func record(_ line: Substring, url: URL, line n: Int) throws(InputProblem) -> GoldRecord {
        let decoded: Line
        do { decoded = try JSONDecoder().decode(Line.self, from: Data(line.utf8)) } catch {
            throw InputProblem(file: url.path, line: n, message: "not a gold record: \(Self.describe(error))")
        }
        guard let date = Day(parsing: decoded.date) else {
            throw InputProblem(file: url.path, line: n, message: "date \"\(decoded.date)\" is not YYYY-MM-DD")
        }
        var events = [GoldEvent]()
        for e in decoded.events ?? [] {
            let g = GoldEvent(codes: e.code.values.flatMap(GoldEvent.codes(from:)), source: e.source?.values ?? [],
                              target: e.target?.values ?? [], tier: e.tier)
            events.append(g)
            if e.reciprocal == true { events.append(g.reversed) }
        }
        return GoldRecord(id: decoded.id ?? "\(url.lastPathComponent):\(n)", date: date, text: decoded.text, events: events)
    }

    /// A decoding error in one line: what is wrong and where, without Swift's debug dump.
    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _):
            return "no \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            let path = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().dropFirst()
            return "\"\(path)\" has the wrong type"
        case DecodingError.dataCorrupted:
            return "not JSON"
        default:
            return "\(error)"
        }
    }
}
