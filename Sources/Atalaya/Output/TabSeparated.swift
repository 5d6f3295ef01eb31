/// Fields of tab-separated output (`code --format tsv`, `export --format tsv|gdelt|phoenix`).
///
/// ```swift
/// TabSeparated.field("a\tb\nc")  // "a b c"
/// TabSeparated.line(["a", "b"])  // "a\tb\n"
/// ```
public enum TabSeparated {
    /// `s` with tabs and line breaks made spaces: inside a field they would break the columns.
    public static func field(_ s: String) -> String {
        s.contains(where: isBreak) ? String(s.map { isBreak($0) ? " " : $0 }) : s
    }

    /// The fields as one line, each made safe, ending in a line feed.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: "\t") + "\n"
    }

    static func isBreak(_ c: Character) -> Bool { c == "\t" || c == "\n" || c == "\r" }
}
