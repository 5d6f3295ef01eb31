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

    /// Calls `body` with the line number and tab-separated fields of each data line, as byte
    /// slices: for large tables (the gazetteer), where making strings of every field costs.
    public static func forEachRow(_ bytes: [UInt8], _ body: (Int, [ArraySlice<UInt8>]) throws -> Void) rethrows {
        var line = 0
        var i = 0
        var fields = [ArraySlice<UInt8>]()
        while i < bytes.count {
            line += 1
            var e = i
            while e < bytes.count && bytes[e] != 0x0A { e += 1 }
            var end = e
            if end > i && bytes[end - 1] == 0x0D { end -= 1 }
            if end > i && bytes[i] != UInt8(ascii: "#") {
                fields.removeAll(keepingCapacity: true)
                var c = i
                while true {
                    var ce = c
                    while ce < end && bytes[ce] != 0x09 { ce += 1 }
                    fields.append(bytes[c..<ce])
                    if ce >= end { break }
                    c = ce + 1
                }
                try body(line, fields)
            }
            i = e + 1
        }
    }

    /// A decimal number ("-31.40648", "2106734") from bytes, or nil.
    public static func number(_ s: ArraySlice<UInt8>) -> Double? {
        var i = s.startIndex
        var negative = false
        if i < s.endIndex && (s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+")) { negative = s[i] == UInt8(ascii: "-"); i += 1 }
        var value = 0.0, scale = 1.0, digits = 0, fraction = false
        while i < s.endIndex {
            let c = s[i]
            if c == UInt8(ascii: ".") && !fraction { fraction = true } else if c >= 48 && c <= 57 {
                value = value * 10 + Double(c - 48)
                if fraction { scale *= 10 }
                digits += 1
            } else { return nil }
            i += 1
        }
        guard digits > 0 else { return nil }
        return (negative ? -value : value) / scale
    }

    /// A substring without its leading and trailing spaces.
    public static func trimmed(_ s: Substring) -> String {
        var u = s.utf8[...]
        while u.first == 0x20 { u = u.dropFirst() }
        while u.last == 0x20 { u = u.dropLast() }
        return String(Substring(u))
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
