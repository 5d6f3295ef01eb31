/// Finds the bytes a JSON string cannot hold as they are: the quote, the backslash and the
/// control characters below U+0020. The reader stops there to unescape, the writer to escape;
/// everything between is copied as a whole run.
///
/// ```swift
/// Array("abc\"d".utf8).withUnsafeBytes { JSONSpecialBytes.first(in: $0, from: 0) }  // 3
/// ```
enum JSONSpecialBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first special byte of `b` at or after `from`, or `b.count` if none.
    @inline(__always)
    static func first(in b: UnsafeRawBufferPointer, from: Int) -> Int {
        var i = from
        let n = b.count
        // Eight bytes a step: news text goes hundreds of bytes without a special one.
        while i + 8 <= n {
            if let k = firstInWord(b, at: i, from: i) { return k }
            i += 8
        }
        guard i < n else { return n }
        // The last bytes: in the word that ends with them when there is one, else byte by byte.
        if n >= 8 { return firstInWord(b, at: n - 8, from: i) ?? n }
        while i < n, !isSpecial(b[i]) { i += 1 }
        return i
    }

    /// The first special byte among the 8 at `at`, not before `from`, if any.
    @inline(__always)
    private static func firstInWord(_ b: UnsafeRawBufferPointer, at: Int, from: Int) -> Int? {
        let x = UInt64(littleEndian: b.loadUnaligned(fromByteOffset: at, as: UInt64.self))
        guard mayHoldSpecial(x) else { return nil }
        for k in from..<(at + 8) where isSpecial(b[k]) { return k }
        return nil
    }

    @inline(__always)
    static func isSpecial(_ c: UInt8) -> Bool { c < 0x20 || c == 0x22 || c == 0x5C }

    /// True when a byte of `x` may be special; never false when one is (a borrow between bytes
    /// can only add false alarms, which the byte loop then clears).
    @inline(__always)
    static func mayHoldSpecial(_ x: UInt64) -> Bool {
        let control = (x &- ones &* 0x20) & ~x & highs
        let q = x ^ (ones &* 0x22), bs = x ^ (ones &* 0x5C)
        let quote = (q &- ones) & ~q & highs
        let backslash = (bs &- ones) & ~bs & highs
        return control | quote | backslash != 0
    }
}
