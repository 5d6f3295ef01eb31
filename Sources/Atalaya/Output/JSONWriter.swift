/// Appends JSON to a byte buffer: no intermediate strings or dictionaries, keys in the
/// order written, so output is deterministic and fast.
///
/// ```swift
/// var w = JSONWriter()
/// w.beginObject(); w.key("a"); w.string("b"); w.endObject()
/// String(decoding: w.bytes, as: UTF8.self)  // {"a":"b"}
/// ```
public struct JSONWriter {
    public var bytes: [UInt8] = []
    private var needsComma = false

    public init() {}

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    public mutating func key(_ k: String) {
        separate()
        quoted(k)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ s: String) {
        separate()
        quoted(s)
        needsComma = true
    }

    public mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    public mutating func int(_ v: Int) {
        separate()
        // Digits straight into the buffer: no String for every offset and count.
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        var m = v.magnitude
        let first = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(m % 10))
            m /= 10
        } while m > 0
        bytes[first...].reverse()
        needsComma = true
    }

    public mutating func double(_ v: Double) {
        separate()
        var s = String(v)
        if s.hasSuffix(".0") { s.removeLast(2) }
        bytes.append(contentsOf: s.utf8)
        needsComma = true
    }

    public mutating func bool(_ v: Bool) {
        separate()
        bytes.append(contentsOf: (v ? "true" : "false").utf8)
        needsComma = true
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
        needsComma = true
    }

    public mutating func newline() {
        bytes.append(0x0A)
        needsComma = false
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func quoted(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        // Runs of bytes that need no escape are copied at once; most strings are one run.
        s.withUTF8 { u in
            var run = 0
            for i in 0..<u.count where u[i] < 0x20 || u[i] == 0x22 || u[i] == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<i]))
                escape(u[i])
                run = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<u.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ c: UInt8) {
        switch c {
        case 0x22: bytes.append(0x5C); bytes.append(0x22)
        case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
        case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: "\\u00".utf8)
            bytes.append(JSONWriter.hex[Int(c >> 4)])
            bytes.append(JSONWriter.hex[Int(c & 15)])
        }
    }
}
