/// Parses one JSON object of a JSONL line into its top-level string and number fields.
/// Nested objects and arrays are checked and skipped. Works on bytes; no Foundation.
///
/// ```swift
/// let fields = try FlatJSON.parse(Array(#"{"id":"a","text":"Hola"}"#.utf8)[...])
/// fields["text"]  // "Hola"
/// ```
public enum FlatJSON {
    public struct ParseError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static func parse(_ s: ArraySlice<UInt8>) throws -> [String: String] {
        var p = Parser(bytes: s, i: s.startIndex)
        p.space()
        guard p.peek == UInt8(ascii: "{") else { throw ParseError(message: "not a JSON object") }
        var out = [String: String]()
        p.i += 1
        p.space()
        if p.peek == UInt8(ascii: "}") { p.i += 1; return out }
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
        return out
    }

    struct Parser {
        let bytes: ArraySlice<UInt8>
        var i: Int

        var peek: UInt8? { i < bytes.endIndex ? bytes[i] : nil }

        func error(_ m: String) -> ParseError { ParseError(message: "\(m) at column \(i - bytes.startIndex + 1)") }

        mutating func space() {
            while let c = peek, c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A { i += 1 }
        }

        /// A scalar value as text (nil for null), or a skipped container (nil).
        mutating func value() throws -> String? {
            guard let c = peek else { throw error("missing value") }
            switch c {
            case UInt8(ascii: "\""): return try string()
            case UInt8(ascii: "{"), UInt8(ascii: "["): try skipContainer(); return nil
            case UInt8(ascii: "t"): try literal("true"); return "true"
            case UInt8(ascii: "f"): try literal("false"); return "false"
            case UInt8(ascii: "n"): try literal("null"); return nil
            default:
                let start = i
                while let d = peek, (d >= 0x30 && d <= 0x39) || d == 0x2D || d == 0x2B || d == 0x2E || d == 0x65 || d == 0x45 { i += 1 }
                guard i > start else { throw error("unexpected character") }
                return String(decoding: bytes[start..<i], as: UTF8.self)
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
                i += 1
            } while depth > 0
        }

        mutating func string() throws -> String {
            i += 1  // opening quote
            var out = [UInt8]()
            while true {
                guard let c = peek else { throw error("unterminated string") }
                i += 1
                if c == UInt8(ascii: "\"") { break }
                if c < 0x20 { throw error("control character in string") }
                guard c == UInt8(ascii: "\\") else { out.append(c); continue }
                guard let e = peek else { throw error("bad escape") }
                i += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    // A high surrogate pairs only with a following \u low surrogate ("\ud83d\u00e9"
                    // overflowed); a lone one becomes U+FFFD below.
                    if (0xD800..<0xDC00).contains(scalar), peek == UInt8(ascii: "\\"),
                       i + 1 < bytes.endIndex, bytes[i + 1] == UInt8(ascii: "u") {
                        let back = i
                        i += 2
                        let low = try hex4()
                        if (0xDC00..<0xE000).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            i = back
                        }
                    }
                    out.append(contentsOf: String(UnicodeScalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
                default: out.append(e)
                }
            }
            return String(decoding: out, as: UTF8.self)
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
