/// Fields of tab-separated output (`code --format tsv`, `export --format tsv|gdelt|phoenix`).
///
/// ```swift
/// TabSeparated.field("a\tb\nc")  // "a b c"
/// TabSeparated.line(["a", "b"])  // "a\tb\n"
/// ```
public enum TabSeparated {
    /// `s` with tabs and line breaks made spaces: inside a field they would break the columns.
    /// Scalars, not characters: "\r\n" is one `Character`, equal to neither "\r" nor "\n".
    public static func field(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isBreak) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { out.append(isBreak(u) ? " " : u) }
        return String(out)
    }

    /// The fields as one line, each made safe, ending in a line feed.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: "\t") + "\n"
    }

    static func isBreak(_ u: Unicode.Scalar) -> Bool { u == "\t" || u == "\n" || u == "\r" }
}
