/// Converts UTF-8 byte offsets of a document into Unicode code point offsets, the offsets
/// users get (Python `str` slicing). Built once per document, only when output needs it.
///
/// ```swift
/// let cp = CodePointIndex(doc.bytes)
/// cp.codePoints(tokens: event.evidence, of: doc)  // 12..<25
/// ```
public struct CodePointIndex: Sendable {
    private let table: [Int32]

    public init(_ bytes: [UInt8]) {
        // Built for every document with events: one pass over raw buffers, no bounds checks.
        table = [Int32](unsafeUninitializedCapacity: bytes.count + 1) { t, count in
            var cp: Int32 = 0
            bytes.withUnsafeBufferPointer { b in
                for i in 0..<b.count {
                    t[i] = cp
                    if b[i] & 0xC0 != 0x80 { cp += 1 }
                }
            }
            // A byte offset inside a character maps to the character's start already: its
            // continuation bytes did not advance the count.
            t[bytes.count] = cp
            count = bytes.count + 1
        }
    }

    @inline(__always)
    public func codePoint(_ byte: Int) -> Int { Int(table[byte]) }

    /// The code point range of a non-empty token range of `doc` (the index must be `doc`'s):
    /// from its first token's start to its last token's end.
    public func codePoints(tokens r: Range<Int>, of doc: Document) -> Range<Int> {
        codePoint(Int(doc.tokens[r.lowerBound].start))..<codePoint(Int(doc.tokens[r.upperBound - 1].end))
    }
}
