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
        let bytes = [UInt8](try Data(contentsOf: url))
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw LexiconError(file: url.path, line: 0, message: "not valid UTF-8")
        }
        self.init(path: url.path, bytes: bytes)
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Splits on bytes: dictionaries such as the city table have tens of thousands of rows.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        var rows = [Row]()
        var line = 0
        var i = 0
        let n = bytes.count
        while i < n {
            line += 1
            var e = i
            while e < n && bytes[e] != 0x0A { e += 1 }
            var end = e
            if end > i && bytes[end - 1] == 0x0D { end -= 1 }
            if end > i && bytes[i] != UInt8(ascii: "#") {
                var cols = [String]()
                var c = i
                while true {
                    var ce = c
                    while ce < end && bytes[ce] != 0x09 { ce += 1 }
                    var a = c, b = ce
                    while a < b && bytes[a] == 0x20 { a += 1 }
                    while b > a && bytes[b - 1] == 0x20 { b -= 1 }
                    cols.append(String(decoding: bytes[a..<b], as: UTF8.self))
                    if ce >= end { break }
                    c = ce + 1
                }
                if cols.contains(where: { !$0.isEmpty }) { rows.append(Row(line: line, columns: cols)) }
            }
            i = e + 1
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
