import Atalaya
import AtalayaStore
import Hummingbird

/// A request's query parameters, read and checked: a bad value is a 400 naming the parameter,
/// an unknown parameter too (a misspelt filter must not silently match everything).
///
/// ```swift
/// let q = try QueryParameters(request, allowed: EventFilters.names + ["limit"])
/// let limit = try q.int("limit", in: 1...1000) ?? 50
/// ```
struct QueryParameters {
    private var values: [String: String] = [:]

    init(_ request: Request, allowed: [String]) throws {
        for (key, value) in request.uri.queryParameters {
            let name = String(key)
            guard allowed.contains(name) else { throw APIError(.badRequest, "unknown parameter", parameter: name) }
            guard values[name] == nil else { throw APIError(.badRequest, "given more than once", parameter: name) }
            values[name] = String(value)
        }
    }

    /// A text value; empty counts as not given.
    func string(_ name: String, maxLength: Int = 200) throws -> String? {
        guard let v = values[name], !v.isEmpty else { return nil }
        guard v.count <= maxLength else { throw APIError(.badRequest, "longer than \(maxLength) characters", parameter: name) }
        return v
    }

    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let s = try string(name) else { return nil }
        guard let v = Int(s), range.contains(v) else {
            throw APIError(.badRequest, "must be a whole number from \(range.lowerBound) to \(range.upperBound)", parameter: name)
        }
        return v
    }

    func day(_ name: String) throws -> Day? {
        guard let s = try string(name) else { return nil }
        guard let d = Day(parsing: s) else { throw APIError(.badRequest, "must be a date YYYY-MM-DD", parameter: name) }
        return d
    }

    /// A value that must match `pattern` (a regular expression over the whole value), e.g. an actor code.
    func matching(_ name: String, _ pattern: String, _ what: String) throws -> String? {
        guard let s = try string(name) else { return nil }
        guard s.range(of: "^(\(pattern))$", options: .regularExpression) != nil else {
            throw APIError(.badRequest, "must be \(what)", parameter: name)
        }
        return s
    }

    func oneOf(_ name: String, _ choices: [String]) throws -> String? {
        guard let s = try string(name) else { return nil }
        guard choices.contains(s) else { throw APIError(.badRequest, "must be one of " + choices.joined(separator: ", "), parameter: name) }
        return s
    }
}
