/// Appends JSON to a byte buffer: no intermediate strings or dictionaries, keys in the
/// order written, so output is deterministic and fast.
///
/// ```swift
/// var w = JSONWriter()
/// w.beginObject(); w.key("a"); w.string("b"); w.endObject()
/// String(decoding: w.bytes, as: UTF8.self)  // {"a":"b"}
/// ```
public struct JSONWriter {
    /// The output, then zeroed spare bytes: each value is written into them through one raw
    /// pointer, with one check of room (an `append` for each byte, or even each run, cost several
    /// times the writing).
    private var buffer: [UInt8] = []
    /// How many bytes of `buffer` are output.
    private var count = 0
    var needsComma = false

    public init() {}

    /// Takes `out` (without copying it) to append to it, until `finish(into:)`.
    init(appendingTo out: inout [UInt8]) {
        swap(&buffer, &out)
        count = buffer.count
    }

    /// Gives back the output begun with `init(appendingTo:)`.
    mutating func finish(into out: inout [UInt8]) {
        trim()
        swap(&buffer, &out)
        buffer = []
        count = 0
    }

    /// Everything written. Reading drops the spare bytes (no copy); setting replaces the output.
    public var bytes: [UInt8] {
        mutating get {
            trim()
            return buffer
        }
        set {
            buffer = newValue
            count = newValue.count
        }
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }

    public mutating func endObject() { close(UInt8(ascii: "}")) }

    public mutating func beginArray() { open(UInt8(ascii: "[")) }

    public mutating func endArray() { close(UInt8(ascii: "]")) }

    public mutating func key(_ k: String) {
        quoted(k, colon: true)
        needsComma = false
    }

    /// A key fixed in the program (a field name), copied as it is: it must need no escaping.
    /// Faster than `key(_:)`, which the writers of every event line would pay for each field.
    ///
    /// ```swift
    /// w.beginObject(); w.name("code"); w.string("111"); w.endObject()  // {"code":"111"}
    /// ```
    @inline(__always)
    public mutating func name(_ k: StaticString) {
        // A one-character literal may be stored as a scalar, without UTF-8 to point at.
        guard k.hasPointerRepresentation else { return key(k.description) }
        let from = UnsafeRawPointer(k.utf8Start), n = k.utf8CodeUnitCount, comma = needsComma
        put(n + 4) { p in
            var i = 0
            if comma { p[0] = UInt8(ascii: ","); i = 1 }
            p[i] = UInt8(ascii: "\"")
            Self.copy(from, to: p + i + 1, count: n)
            i += n + 1
            p[i] = UInt8(ascii: "\"")
            p[i + 1] = UInt8(ascii: ":")
            return i + 2
        }
        needsComma = false
    }

    public mutating func string(_ s: String) {
        quoted(s, colon: false)
        needsComma = true
    }

    public mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    /// Valid UTF-8 (a document's words, from its bytes) as a string, without making a `String`.
    ///
    /// ```swift
    /// w.string(utf8: doc.bytes[start..<end])
    /// ```
    public mutating func string(utf8 s: ArraySlice<UInt8>) {
        s.withUnsafeBytes { string(utf8: $0) }
    }

    /// Valid UTF-8 as a string.
    mutating func string(utf8 u: UnsafeRawBufferPointer) {
        quoted(u, colon: false)
        needsComma = true
    }

    public mutating func int(_ v: Int) {
        let comma = needsComma
        put(22) { p in
            var i = 0
            if comma { p[0] = UInt8(ascii: ","); i = 1 }
            if v < 0 { p[i] = UInt8(ascii: "-"); i += 1 }
            return i + Self.digits(UInt64(v.magnitude), at: p + i)
        }
        needsComma = true
    }

    /// As `String(v)` without a trailing ".0" (7 for 7.0, 3.4, -0.5, 1e+16).
    public mutating func double(_ v: Double) {
        // Goldstein scores and coordinates: integers and tenths are written digit by digit, the
        // rest as Swift prints them (`decimalTenths` only takes what that printing agrees with).
        guard let tenths = Self.decimalTenths(v) else {
            var s = String(v)
            if s.hasSuffix(".0") { s.removeLast(2) }
            let comma = needsComma
            s.withUTF8 { u in
                put(u.count + 1) { p in
                    var i = 0
                    if comma { p[0] = UInt8(ascii: ","); i = 1 }
                    if let base = u.baseAddress { Self.copy(UnsafeRawPointer(base), to: p + i, count: u.count) }
                    return i + u.count
                }
            }
            needsComma = true
            return
        }
        let comma = needsComma
        put(25) { p in
            var i = 0
            if comma { p[0] = UInt8(ascii: ","); i = 1 }
            if v.sign == .minus { p[i] = UInt8(ascii: "-"); i += 1 }
            i += Self.digits(tenths / 10, at: p + i)
            if tenths % 10 != 0 {
                p[i] = UInt8(ascii: ".")
                p[i + 1] = UInt8(ascii: "0") + UInt8(tenths % 10)
                i += 2
            }
            return i
        }
        needsComma = true
    }

    /// `|v|` in tenths when it is exactly the double nearest to a number with at most one decimal
    /// and below 10^12: then Swift's shortest printing is those digits (no other number of as
    /// few digits is that near); nil otherwise.
    static func decimalTenths(_ v: Double) -> UInt64? {
        let m = v.magnitude
        guard m < 1e12 else { return nil }
        let tenths = (m * 10).rounded()
        guard tenths / 10 == m else { return nil }
        return UInt64(tenths)
    }

    public mutating func bool(_ v: Bool) {
        word(v ? "true" : "false")
    }

    public mutating func null() {
        word("null")
    }

    public mutating func newline() {
        put(1) { p in
            p[0] = 0x0A
            return 1
        }
        needsComma = false
    }

    /// Writes at most `n` bytes at the end (`body` returns how many): the room is made first, and
    /// `body` gets a raw pointer to it.
    @inline(__always)
    mutating func put(_ n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + n > buffer.count { extend(n) }
        let start = count
        count += buffer.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
    }

    /// At least `n` more spare bytes, and as many as the output up to 4 KB: a small writer stays
    /// small, and one whose `bytes` is read after each line zeroes little each time (Array's own
    /// growth keeps the appends amortised).
    private mutating func extend(_ n: Int) {
        buffer.append(contentsOf: repeatElement(0, count: Swift.max(n, Swift.min(Swift.max(count, 64), 4096))))
    }

    private mutating func trim() {
        if buffer.count > count { buffer.removeLast(buffer.count - count) }
    }

    private mutating func open(_ c: UInt8) {
        let comma = needsComma
        put(2) { p in
            var i = 0
            if comma { p[0] = UInt8(ascii: ","); i = 1 }
            p[i] = c
            return i + 1
        }
        needsComma = false
    }

    private mutating func close(_ c: UInt8) {
        put(1) { p in
            p[0] = c
            return 1
        }
        needsComma = true
    }

    /// `true`, `false` or `null`.
    private mutating func word(_ s: StaticString) {
        let from = UnsafeRawPointer(s.utf8Start), n = s.utf8CodeUnitCount, comma = needsComma
        put(n + 1) { p in
            var i = 0
            if comma { p[0] = UInt8(ascii: ","); i = 1 }
            Self.copy(from, to: p + i, count: n)
            return i + n
        }
        needsComma = true
    }

    /// Copies `n` bytes; short runs, most keys and values, without calling `memmove`.
    @inline(__always)
    static func copy(_ from: UnsafeRawPointer, to p: UnsafeMutablePointer<UInt8>, count n: Int) {
        let to = UnsafeMutableRawPointer(p)
        switch n {
        case 8...16:
            // Two words that overlap in the middle.
            to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
            (to + n - 8).storeBytes(of: (from + n - 8).loadUnaligned(as: UInt64.self), as: UInt64.self)
        case 4..<8:
            to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
            (to + n - 4).storeBytes(of: (from + n - 4).loadUnaligned(as: UInt32.self), as: UInt32.self)
        case 0..<4:
            for k in 0..<n { p[k] = from.load(fromByteOffset: k, as: UInt8.self) }
        default:
            to.copyMemory(from: from, byteCount: n)
        }
    }

    /// Writes `v` in decimal at `p`, returning its length (at most 20).
    @inline(__always)
    static func digits(_ v: UInt64, at p: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 1, limit: UInt64 = 10
        while n < 20 && v >= limit {
            n += 1
            limit &*= 10
        }
        var m = v, i = n
        repeat {
            i -= 1
            p[i] = UInt8(ascii: "0") + UInt8(m % 10)
            m /= 10
        } while i > 0
        return n
    }

    mutating func quoted(_ s: String, colon: Bool, key: StaticString? = nil) {
        // Native strings lend their bytes; any other is copied first.
        if s.utf8.withContiguousStorageIfAvailable({ quoted(UnsafeRawBufferPointer($0), colon: colon, key: key) }) == nil {
            Array(s.utf8).withUnsafeBytes { quoted($0, colon: colon, key: key) }
        }
    }

    /// `u` in quotes (and a colon after a key), after a comma if one is due and the field name
    /// `key` if given. Runs of bytes that need no escape are copied at once; most strings are one
    /// run, written with one `put`, their field name with them.
    mutating func quoted(_ u: UnsafeRawBufferPointer, colon: Bool, key: StaticString? = nil) {
        var comma = needsComma, name = key, opening = true  // what comes before the first run
        var run = 0
        while true {
            let from = run, stop = JSONSpecialBytes.first(in: u, from: run)
            let length = stop - from, last = stop == u.count
            let head = (comma ? 1 : 0) + (name.map { $0.utf8CodeUnitCount + 3 } ?? 0) + (opening ? 1 : 0)
            put(head + length + 2) { [comma, name, opening] p in
                var i = comma ? Self.comma(p) : 0
                if let name { i += Self.name(name, at: p + i) }
                if opening { p[i] = UInt8(ascii: "\"") }
                if length > 0 { Self.copy(u.baseAddress! + from, to: p + head, count: length) }
                let end = head + length
                guard last else { return end }
                p[end] = UInt8(ascii: "\"")
                if colon { p[end + 1] = UInt8(ascii: ":") }
                return end + (colon ? 2 : 1)
            }
            if last { return }
            escape(u[stop])
            run = stop + 1
            (comma, name, opening) = (false, nil, false)
        }
    }

    /// A comma at `p`; returns 1.
    @inline(__always)
    static func comma(_ p: UnsafeMutablePointer<UInt8>) -> Int {
        p[0] = UInt8(ascii: ",")
        return 1
    }

    /// `"k":` at `p` (`k` needs no escaping and has UTF-8 to point at); returns its length.
    @inline(__always)
    static func name(_ k: StaticString, at p: UnsafeMutablePointer<UInt8>) -> Int {
        let n = k.utf8CodeUnitCount
        p[0] = UInt8(ascii: "\"")
        copy(UnsafeRawPointer(k.utf8Start), to: p + 1, count: n)
        p[n + 1] = UInt8(ascii: "\"")
        p[n + 2] = UInt8(ascii: ":")
        return n + 3
    }

    private mutating func escape(_ c: UInt8) {
        put(6) { p in Self.escape(c, at: p) }
    }

    /// The escape of special byte `c` at `p` (at most 6 bytes); returns its length.
    @inline(__always)
    static func escape(_ c: UInt8, at p: UnsafeMutablePointer<UInt8>) -> Int {
        p[0] = 0x5C
        switch c {
        case 0x22, 0x5C: p[1] = c
        case 0x0A: p[1] = UInt8(ascii: "n")
        case 0x0D: p[1] = UInt8(ascii: "r")
        case 0x09: p[1] = UInt8(ascii: "t")
        default:
            let hex: StaticString = "0123456789abcdef"
            p[1] = UInt8(ascii: "u")
            p[2] = UInt8(ascii: "0")
            p[3] = UInt8(ascii: "0")
            p[4] = hex.utf8Start[Int(c >> 4)]
            p[5] = hex.utf8Start[Int(c & 15)]
            return 6
        }
        return 2
    }

    /// Writes at most `n` bytes through a cursor (`body` must write no more): one check of room for
    /// a whole event line, not one for each of its values. The cursor writes no comma of its own.
    mutating func write(atMost n: Int, _ body: (inout JSONCursor) -> Void) {
        put(n) { p in
            var c = JSONCursor(base: p)
            body(&c)
            precondition(c.count <= n, "wrote past the room made")
            return c.count
        }
    }
}
