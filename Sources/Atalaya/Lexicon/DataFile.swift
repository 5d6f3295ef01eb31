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
        bytes.withUnsafeBufferPointer { buffer in
            Self.forEachRow(buffer) { line, fields in
                var cols = [String]()
                cols.reserveCapacity(fields.count)
                var blank = true
                for f in fields {
                    var a = 0, b = f.count
                    while a < b && f[a] == 0x20 { a += 1 }
                    while b > a && f[b - 1] == 0x20 { b -= 1 }
                    if b > a { blank = false }
                    cols.append(String(decoding: UnsafeBufferPointer(rebasing: f[a..<b]), as: UTF8.self))
                }
                if !blank { rows.append(Row(line: line, columns: cols)) }
            }
        }
        self.rows = rows
    }

    /// Calls `body` with the line number and tab-separated fields of each data line, as views of
    /// `bytes` (valid only during the call): for large tables (the gazetteer), where making strings
    /// of every field costs. Fields keep their spaces; a line of spaces is a row of one field.
    public static func forEachRow(_ bytes: UnsafeBufferPointer<UInt8>,
                                  _ body: (Int, [UnsafeBufferPointer<UInt8>]) throws -> Void) rethrows {
        guard let base = bytes.baseAddress else { return }
        let n = bytes.count
        var line = 0
        var i = 0
        var fields = [UnsafeBufferPointer<UInt8>]()
        fields.reserveCapacity(8)
        // memchr finds the next newline or tab many bytes at a time.
        func find(_ byte: Int32, from a: Int, to b: Int) -> Int {
            guard a < b, let p = memchr(base + a, byte, b - a) else { return b }
            return UnsafePointer<UInt8>(p.assumingMemoryBound(to: UInt8.self)) - base
        }
        while i < n {
            line += 1
            let e = find(0x0A, from: i, to: n)
            var end = e
            if end > i && base[end - 1] == 0x0D { end -= 1 }
            if end > i && base[i] != UInt8(ascii: "#") {
                fields.removeAll(keepingCapacity: true)
                var c = i
                while true {
                    let ce = find(0x09, from: c, to: end)
                    fields.append(UnsafeBufferPointer(start: base + c, count: ce - c))
                    if ce >= end { break }
                    c = ce + 1
                }
                try body(line, fields)
            }
            i = e + 1
        }
    }

    /// A decimal number ("-31.40648", "2106734") from bytes, or nil.
    public static func number(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let n = s.count
        var negative = false
        if i < n && (s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+")) { negative = s[i] == UInt8(ascii: "-"); i += 1 }
        // Up to 15 digits, gathered as an integer and a count of decimals: exactly the Double that
        // summing them in a Double gives (every step is exact below 2^53), without its cost.
        var mantissa: UInt64 = 0, digits = 0, decimals = 0, fraction = false
        while i < n {
            let c = s[i]
            if c == UInt8(ascii: ".") && !fraction { fraction = true } else if c >= 48 && c <= 57 {
                guard digits < 15 else { return longNumber(s) }
                mantissa = mantissa &* 10 &+ UInt64(c &- 48)
                if fraction { decimals += 1 }
                digits += 1
            } else { return nil }
            i += 1
        }
        guard digits > 0 else { return nil }
        let value = Double(mantissa)
        return (negative ? -value : value) / powersOfTen[decimals]
    }

    /// 1, 10, … 1e15: each exact, as repeated multiplication by ten makes them.
    private static let powersOfTen: [Double] = (0...15).map { k in (0..<k).reduce(1.0) { d, _ in d * 10 } }

    /// `number` for more than 15 digits, summed in a Double as they come.
    private static func longNumber(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let n = s.count
        var negative = false
        if i < n && (s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+")) { negative = s[i] == UInt8(ascii: "-"); i += 1 }
        var value = 0.0, scale = 1.0, digits = 0, fraction = false
        while i < n {
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

    /// The non-empty parts of `s` between `separator`s (an ASCII character), as `split` makes
    /// them but on bytes; `trimming` also strips spaces around each part and drops those left
    /// empty. Splitting by `Character` walks grapheme clusters, which costs at load time; bytes
    /// give the same parts unless a separator touches a non-ASCII character (a combining mark
    /// after it joins it into one cluster), so such text is split by `Character` as before.
    ///
    /// ```swift
    /// DataFile.parts("Putin | V. Putin|", "|", trimming: true)  // ["Putin", "V. Putin"]
    /// ```
    public static func parts(_ s: String, _ separator: Unicode.Scalar, trimming: Bool = false) -> [String] {
        var s = s
        let sep = UInt8(separator.value)
        return s.withUTF8 { b in
            var touchesNonASCII = false
            for i in b.indices where b[i] == sep {
                if i > 0 && b[i - 1] >= 0x80 || i + 1 < b.count && b[i + 1] >= 0x80 { touchesNonASCII = true }
            }
            if touchesNonASCII {
                let split = String(decoding: b, as: UTF8.self).split(separator: Character(separator))
                return trimming ? split.map { trimmed($0) }.filter { !$0.isEmpty } : split.map(String.init)
            }
            var out = [String]()
            var a = 0
            while a < b.count {
                var e = a
                while e < b.count && b[e] != sep { e += 1 }
                var x = a, y = e
                if trimming {
                    while x < y && b[x] == 0x20 { x += 1 }
                    while y > x && b[y - 1] == 0x20 { y -= 1 }
                }
                if y > x { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[x..<y]), as: UTF8.self)) }
                a = e + 1
            }
            return out
        }
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
