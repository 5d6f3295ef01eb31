/// A plain list written by a user: one entry a line, `#` starting a comment, blank lines and
/// spaces around an entry ignored (`--feeds` and `--token-file` files).
///
/// ```swift
/// ListFile.entries("# feeds\nhttps://a.example/rss  # news\n\n")  // [(line: 2, value: "https://a.example/rss")]
/// ```
public enum ListFile {
    /// The entries of `text`, each with its line number (from 1).
    public static func entries(_ text: String) -> [(line: Int, value: String)] {
        var out = [(line: Int, value: String)]()
        // "\r\n" is one Character in Swift: split on any line break, not on "\n" alone.
        for (n, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let entry = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let value = entry.drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            guard !value.isEmpty else { continue }
            out.append((n + 1, String(value.reversed())))
        }
        return out
    }
}
