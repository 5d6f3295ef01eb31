extension JSONWriter {
    /// `name(k)` then `string(s)`, written at once: an event line has some twenty fields, and each
    /// write of the buffer costs more than the few bytes it writes. The same bytes as the two calls.
    ///
    /// ```swift
    /// w.beginObject(); w.field("code", "111"); w.endObject()  // {"code":"111"}
    /// ```
    @inline(__always)
    public mutating func field(_ k: StaticString, _ s: String) {
        guard k.hasPointerRepresentation else {
            name(k)
            return string(s)
        }
        quoted(s, colon: false, key: k)
        needsComma = true
    }

    /// `name(k)` then `string(s)`, or `null()` when `s` is nil.
    @inline(__always)
    public mutating func field(_ k: StaticString, _ s: String?) {
        if let s { field(k, s) } else { field(k, literal: "null") }
    }

    /// `name(k)` then `int(v)`, written at once.
    @inline(__always)
    public mutating func field(_ k: StaticString, int v: Int) {
        guard k.hasPointerRepresentation else {
            name(k)
            return int(v)
        }
        let comma = needsComma
        put(k.utf8CodeUnitCount + 25) { p in
            var i = comma ? Self.comma(p) : 0
            i += Self.name(k, at: p + i)
            if v < 0 { p[i] = UInt8(ascii: "-"); i += 1 }
            return i + Self.digits(UInt64(v.magnitude), at: p + i)
        }
        needsComma = true
    }

    /// `name(k)` then `double(v)`.
    @inline(__always)
    public mutating func field(_ k: StaticString, double v: Double) {
        name(k)
        double(v)
    }

    /// `"k":` and a literal (`true`, `false`, `null`) after a comma if one is due.
    @inline(__always)
    mutating func field(_ k: StaticString, literal: StaticString) {
        guard k.hasPointerRepresentation && literal.hasPointerRepresentation else {
            name(k)
            return literal.withUTF8Buffer { u in
                put(u.count) { p in
                    for (j, c) in u.enumerated() { p[j] = c }
                    return u.count
                }
                needsComma = true
            }
        }
        let comma = needsComma, from = UnsafeRawPointer(literal.utf8Start), n = literal.utf8CodeUnitCount
        put(k.utf8CodeUnitCount + n + 4) { p in
            var i = comma ? Self.comma(p) : 0
            i += Self.name(k, at: p + i)
            Self.copy(from, to: p + i, count: n)
            return i + n
        }
        needsComma = true
    }
}
