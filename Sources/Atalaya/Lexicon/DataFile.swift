import Foundation

/// A plain-text data file: UTF-8, one entry a line, tab-separated columns, `#` comments.
///
/// ```swift
/// for row in try DataFile(url: url).rows { print(row.line, row.columns) }
/// ```
public struct DataFile: Sendable {
    public struct Row: Sendable {
        public var line: Int
        public var columns: [String]
        public subscript(_ i: Int) -> String { i < columns.count ? columns[i] : "" }
    }

    public let path: String
    public let rows: [Row]

    public init(url: URL) throws {
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(file: url.path, line: 0, message: "not valid UTF-8")
        }
        self.init(path: url.path, text: text)
    }

    public init(path: String, text: String) {
        self.path = path
        var rows = [Row]()
        var n = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.first == "#" || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            rows.append(Row(line: n, columns: cols))
        }
        self.rows = rows
    }

    /// An error about one row of this file.
    public func error(_ row: Row, _ message: String) -> LexiconError {
        LexiconError(file: path, line: row.line, message: message)
    }
}

/// A problem in a dictionary file, named by file and line.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}
