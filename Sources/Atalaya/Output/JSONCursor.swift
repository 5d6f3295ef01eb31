/// Writes JSON through a raw pointer into room made beforehand (`JSONWriter.write(atMost:_:)`),
/// with no check of room for each value: for the event lines, whose length is bounded by their
/// strings (at most 6 bytes a byte, an escape) and a fixed part. The bytes are `JSONWriter`'s.
///
/// ```swift
/// w.write(atMost: 64) { c in c.raw("{\"code\":"); c.string("040"); c.raw("}") }  // {"code":"040"}
/// ```
struct JSONCursor {
    let base: UnsafeMutablePointer<UInt8>
    /// Bytes written.
    var count = 0

    /// Text fixed in the program (punctuation and field names), copied as it is.
    @inline(__always)
    mutating func raw(_ s: StaticString) {
        guard s.hasPointerRepresentation else {
            // A one-character literal may be stored as a scalar, without UTF-8 to point at.
            return s.withUTF8Buffer { u in for c in u { byte(c) } }
        }
        JSONWriter.copy(UnsafeRawPointer(s.utf8Start), to: base + count, count: s.utf8CodeUnitCount)
        count += s.utf8CodeUnitCount
    }

    /// `,"k":`: a field after the first of its object (`k` needs no escaping).
    @inline(__always)
    mutating func key(_ k: StaticString) {
        byte(UInt8(ascii: ","))
        firstKey(k)
    }

    /// `"k":`: the first field of an object.
    @inline(__always)
    mutating func firstKey(_ k: StaticString) {
        guard k.hasPointerRepresentation else {
            byte(UInt8(ascii: "\""))
            raw(k)
            return raw("\":")
        }
        count += JSONWriter.name(k, at: base + count)
    }

    @inline(__always)
    mutating func byte(_ c: UInt8) {
        base[count] = c
        count += 1
    }

    /// Valid UTF-8 in quotes, escaped: runs with nothing to escape copied whole.
    mutating func string(utf8 u: UnsafeRawBufferPointer) {
        byte(UInt8(ascii: "\""))
        var run = 0
        while true {
            let stop = JSONSpecialBytes.first(in: u, from: run)
            if stop > run {
                JSONWriter.copy(u.baseAddress! + run, to: base + count, count: stop - run)
                count += stop - run
            }
            if stop == u.count { break }
            count += JSONWriter.escape(u[stop], at: base + count)
            run = stop + 1
        }
        byte(UInt8(ascii: "\""))
    }

    mutating func string(_ s: String) {
        // Native strings lend their bytes; any other is copied first.
        if s.utf8.withContiguousStorageIfAvailable({ string(utf8: UnsafeRawBufferPointer($0)) }) == nil {
            Array(s.utf8).withUnsafeBytes { string(utf8: $0) }
        }
    }

    /// The string, or `null`.
    mutating func string(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    /// At most 21 bytes.
    mutating func int(_ v: Int) {
        if v < 0 { byte(UInt8(ascii: "-")) }
        count += JSONWriter.digits(UInt64(v.magnitude), at: base + count)
    }

    /// As `JSONWriter.double`; at most 25 bytes.
    mutating func double(_ v: Double) {
        guard let tenths = JSONWriter.decimalTenths(v) else {
            var s = String(v)
            if s.hasSuffix(".0") { s.removeLast(2) }
            s.withUTF8 { u in for c in u { byte(c) } }
            return
        }
        if v.sign == .minus { byte(UInt8(ascii: "-")) }
        count += JSONWriter.digits(tenths / 10, at: base + count)
        if tenths % 10 != 0 {
            byte(UInt8(ascii: "."))
            byte(UInt8(ascii: "0") + UInt8(tenths % 10))
        }
    }
}
