/// Converts UTF-8 byte offsets of a document into Unicode code point offsets, the offsets
/// users get (Python `str` slicing). Built once per document, only when output needs it.
///
/// ```swift
/// let cp = CodePointIndex(doc.bytes)
/// cp.codePoints(tokens: event.evidence, of: doc)  // 12..<25
/// ```
public struct CodePointIndex: Sendable {
    private let bytes: [UInt8]
    /// The code points before each block of 32 bytes. A table for every byte cost more to build
    /// than all the lookups of a document; a lookup counts the rest of its block instead.
    private let blocks: [Int32]

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let n = bytes.count / 32 + 1
        blocks = [Int32](unsafeUninitializedCapacity: n) { t, count in
            bytes.withUnsafeBytes { b in
                var cp = 0
                for k in 0..<n {
                    t[k] = Int32(truncatingIfNeeded: cp)
                    if k + 1 < n { cp += Self.starts(b, from: k << 5, count: 32) }
                }
            }
            count = n
        }
    }

    /// The code points before byte offset `byte` (0...count). An offset inside a character
    /// counts that character: its continuation bytes are the ones not counted.
    @inline(__always)
    public func codePoint(_ byte: Int) -> Int {
        precondition(byte >= 0 && byte <= bytes.count, "offset outside the document")
        let block = byte >> 5
        return Int(blocks[block]) + bytes.withUnsafeBytes { Self.starts($0, from: block << 5, count: byte & 31) }
    }

    /// The code point range of a non-empty token range of `doc` (the index must be `doc`'s):
    /// from its first token's start to its last token's end.
    public func codePoints(tokens r: Range<Int>, of doc: Document) -> Range<Int> {
        codePoint(Int(doc.tokens[r.lowerBound].start))..<codePoint(Int(doc.tokens[r.upperBound - 1].end))
    }

    /// How many of `count` bytes from `from` start a character (are not 0b10xxxxxx).
    @inline(__always)
    static func starts(_ b: UnsafeRawBufferPointer, from: Int, count: Int) -> Int {
        var i = from, n = 0
        let end = from + count
        while i + 8 <= end {
            n += starts(word(b, i), mask: ~0)
            i += 8
        }
        guard i < end else { return n }
        // The last 1–7 bytes: the first bytes of a word when the buffer holds all eight.
        if i + 8 <= b.count { return n + starts(word(b, i), mask: (1 << UInt64((end - i) * 8)) - 1) }
        for k in i..<end where b[k] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    @inline(__always)
    private static func word(_ b: UnsafeRawBufferPointer, _ i: Int) -> UInt64 {
        UInt64(littleEndian: b.loadUnaligned(fromByteOffset: i, as: UInt64.self))
    }

    /// The bytes of `x` under `mask` that are not continuation bytes: bit 7 of each, summed in the
    /// top byte by the product.
    @inline(__always)
    private static func starts(_ x: UInt64, mask: UInt64) -> Int {
        let lead = (~x | (x << 1)) & highs & mask
        return Int(((lead >> 7) &* ones) >> 56)
    }
}
