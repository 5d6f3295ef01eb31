/// Parses one JSON object of a JSONL line into its top-level scalar fields (strings, numbers,
/// booleans; `null` is absent). Nested objects and arrays are checked and skipped. Works on
/// bytes; no Foundation.
///
/// ```swift
/// let fields = try FlatJSON.parse(Array(#"{"id":7,"text":"Hola"}"#.utf8)[...])
/// fields["text"]?.string  // "Hola"
/// fields["id"]            // .number("7")
/// ```
public enum FlatJSON {
    /// A scalar field; a number keeps its text as written.
    public enum Value: Equatable, Sendable {
        case string(String)
        case number(String)
        case bool(Bool)

        /// The value when it is a JSON string.
        public var string: String? {
            if case .string(let s) = self { return s }
            return nil
        }
    }

    public struct ParseError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Invalid UTF-8 in a line read with `parse(_:validating:)`.
    struct InvalidUTF8: Error {}

    /// Invalid UTF-8 in strings becomes U+FFFD.
    ///
    /// ```swift
    /// try FlatJSON.parse(Array(#"{"text": "Hola", "n": 3}"#.utf8)[...])["text"]?.string  // "Hola"
    /// ```
    public static func parse(_ s: ArraySlice<UInt8>) throws -> [String: Value] {
        try parse(s, validating: false)
    }

    /// With `validating`, any invalid UTF-8 in the line throws `InvalidUTF8` (unless a syntax
    /// error is met first): the strings are checked as they are made, not the line beforehand.
    static func parse(_ s: ArraySlice<UInt8>, validating: Bool) throws -> [String: Value] {
        var p = Parser(bytes: s, i: s.startIndex, validating: validating)
        p.space()
        guard p.peek == UInt8(ascii: "{") else { throw ParseError(message: "not a JSON object") }
        var out = [String: Value]()
        p.i += 1
        p.space()
        if p.peek == UInt8(ascii: "}") {
            p.i += 1
            // Whatever follows "{}" goes unread, but not unchecked.
            if validating && p.i < s.endIndex && String(validating: s, as: UTF8.self) == nil { throw InvalidUTF8() }
            return out
        }
        while true {
            p.space()
            guard p.peek == UInt8(ascii: "\"") else { throw p.error("expected a key") }
            let key = try p.string()
            p.space()
            guard p.peek == UInt8(ascii: ":") else { throw p.error("expected ':'") }
            p.i += 1
            p.space()
            if let v = try p.value() { out[key] = v }
            p.space()
            if p.peek == UInt8(ascii: ",") { p.i += 1; continue }
            if p.peek == UInt8(ascii: "}") { p.i += 1; break }
            throw p.error("expected ',' or '}'")
        }
        p.space()
        guard p.i == s.endIndex else { throw p.error("text after the object") }
        // Bytes over 0x7F outside strings were skipped unchecked inside a container.
        if validating && p.unchecked && String(validating: s, as: UTF8.self) == nil { throw InvalidUTF8() }
        return out
    }

    struct Parser {
        let bytes: ArraySlice<UInt8>
        var i: Int
        /// Strings must be valid UTF-8 (else `InvalidUTF8`); otherwise bad bytes become U+FFFD.
        let validating: Bool
        /// A byte over 0x7F was skipped outside a string, in a container: its UTF-8 is unchecked.
        var unchecked = false

        init(bytes: ArraySlice<UInt8>, i: Int, validating: Bool) {
            self.bytes = bytes
            self.i = i
            self.validating = validating
        }

        var peek: UInt8? { i < bytes.endIndex ? bytes[i] : nil }

        func error(_ m: String) -> ParseError { ParseError(message: "\(m) at column \(i - bytes.startIndex + 1)") }

        mutating func space() {
            while let c = peek, c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A { i += 1 }
        }

        /// A scalar value (nil for null), or a skipped container (nil).
        mutating func value() throws -> Value? {
            guard let c = peek else { throw error("missing value") }
            switch c {
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "{"), UInt8(ascii: "["): try skipContainer(); return nil
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return nil
            default:
                let start = i
                while let d = peek, (d >= 0x30 && d <= 0x39) || d == 0x2D || d == 0x2B || d == 0x2E || d == 0x65 || d == 0x45 { i += 1 }
                guard i > start else { throw error("unexpected character") }
                return .number(String(decoding: bytes[start..<i], as: UTF8.self))
            }
        }

        mutating func literal(_ word: String) throws {
            for c in word.utf8 {
                guard peek == c else { throw error("bad literal") }
                i += 1
            }
        }

        mutating func skipContainer() throws {
            var depth = 0
            repeat {
                guard let c = peek else { throw error("unclosed container") }
                if c == UInt8(ascii: "\"") { _ = try string(); continue }
                if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { depth += 1 }
                if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") { depth -= 1 }
                if c > 0x7F { unchecked = true }
                i += 1
            } while depth > 0
        }

        /// A string, from its opening quote. One without escapes (most) is made from its bytes at once.
        mutating func string() throws -> String {
            i += 1  // opening quote
            let start = i
            let stop = special(from: start)
            if stop < bytes.endIndex && bytes[stop] == UInt8(ascii: "\"") {
                i = stop + 1
                return try text(bytes[start..<stop])
            }
            return try escaped(from: start, stop: stop)
        }

        /// The first quote, backslash or control byte at or after `from`, or the end.
        func special(from: Int) -> Int {
            bytes.withUnsafeBytes { bytes.startIndex + JSONSpecialBytes.first(in: $0, from: from - bytes.startIndex) }
        }

        /// A string that has escapes (or is malformed) from `start`, its first special byte at `stop`:
        /// the runs between escapes are copied whole.
        mutating func escaped(from start: Int, stop first: Int) throws -> String {
            var out = [UInt8]()
            out.reserveCapacity(first - start + 64)
            var run = start, stop = first, kept = false
            while true {
                out.append(contentsOf: bytes[run..<stop])
                guard stop < bytes.endIndex else { i = stop; throw error("unterminated string") }
                let c = bytes[stop]
                i = stop + 1
                if c == UInt8(ascii: "\"") { break }
                if c < 0x20 { throw error("control character in string") }
                if try unescape(into: &out) { kept = true }
                run = i
                stop = special(from: i)
            }
            // Each escape became whole characters, so `out` is valid UTF-8 exactly when the string's
            // bytes are; but a kept byte over 0x7F may complete a sequence the backslash broke.
            if validating && kept && String(validating: bytes[start..<(i - 1)], as: UTF8.self) == nil {
                throw InvalidUTF8()
            }
            return try text(out[...])
        }

        func text(_ b: ArraySlice<UInt8>) throws -> String {
            guard validating else { return String(decoding: b, as: UTF8.self) }
            guard let s = String(validating: b, as: UTF8.self) else { throw InvalidUTF8() }
            return s
        }

        /// One escape, after its backslash. Returns true when the escaped byte is over 0x7F: it is
        /// kept as it stands, as any unknown escape.
        mutating func unescape(into out: inout [UInt8]) throws -> Bool {
            guard let e = peek else { throw error("bad escape") }
            i += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"): try unicode(into: &out)
            default:
                out.append(e)
                return e > 0x7F
            }
            return false
        }

        /// A `\u` escape after its "u".
        mutating func unicode(into out: inout [UInt8]) throws {
            var scalar = try hex4()
            // A high surrogate pairs only with a following "\uDC00"–"\uDFFF"; anything else
            // leaves it lone, and a lone surrogate becomes U+FFFD.
            if (0xD800..<0xDC00).contains(scalar), peek == UInt8(ascii: "\\"),
               i + 1 < bytes.endIndex, bytes[i + 1] == UInt8(ascii: "u") {
                let mark = i
                i += 2
                let low = try hex4()
                if (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    i = mark
                }
            }
            UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { out.append($0) }
        }

        mutating func hex4() throws -> UInt32 {
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard let c = peek else { throw error("bad \\u escape") }
                i += 1
                switch c {
                case 0x30...0x39: v = v << 4 | UInt32(c - 0x30)
                case 0x41...0x46: v = v << 4 | UInt32(c - 0x37)
                case 0x61...0x66: v = v << 4 | UInt32(c - 0x57)
                default: throw error("bad \\u escape")
                }
            }
            return v
        }
    }
}
