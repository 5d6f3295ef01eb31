/// A search as a person types it, turned into an FTS5 query that cannot be a syntax error:
/// each word and each "quoted phrase" becomes an FTS5 string, and all must occur. Hyphens,
/// asterisks, parentheses and operator words (AND, OR, NEAR) are plain text.
///
/// ```swift
/// SearchText.fts5(#"Jong-un "se reunieron" NEAR("#)  // "\"Jong-un\" \"se reunieron\" \"NEAR(\""
/// ```
public enum SearchText {
    /// Longest search accepted, in characters.
    public static let maxLength = 500

    /// No words at all is the empty phrase, which matches nothing (an empty FTS5 query is an error).
    public static func fts5(_ input: String) -> String {
        let quoted = terms(input).map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return quoted.isEmpty ? "\"\"" : quoted.joined(separator: " ")
    }

    /// Words split at white space; a double quote opens a phrase when another closes it.
    static func terms(_ input: String) -> [String] {
        var terms = [String]()
        var rest = Substring(input)
        while let first = rest.firstIndex(where: { !$0.isWhitespace }) {
            rest = rest[first...]
            if rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") {
                let phrase = rest[rest.index(after: rest.startIndex)..<close]
                if phrase.contains(where: { !$0.isWhitespace }) { terms.append(String(phrase)) }
                rest = rest[rest.index(after: close)...]
            } else {
                let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
                terms.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return terms
    }
}
