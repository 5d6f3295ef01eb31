#if canImport(Glibc)
import Glibc
#endif

/// Memory for the text values of rows, which SQLite reads in place until the rows are inserted
/// (`BulkInsert`). Text copied in never moves: when a block is full, the next value goes to a new
/// one, and the blocks are kept until `empty`.
///
/// ```swift
/// let room = TextRoom()
/// let (text, count) = room.copy(bytes)  // bind `text`, `count` bytes, as SQLITE_STATIC
/// room.empty()                          // once the rows are inserted
/// ```
final class TextRoom {
    private static let blockSize = 16 << 10
    private var blocks: [UnsafeMutableRawBufferPointer] = []
    /// Bytes used in the last block.
    private var used = 0

    deinit {
        for block in blocks { block.deallocate() }
    }

    /// A copy of `bytes` up to the first NUL, if any (where SQLite would end a C string), and
    /// its length; valid until `empty`.
    func copy(_ bytes: UnsafeRawBufferPointer) -> (UnsafePointer<CChar>, CInt) {
        // memchr: a generic firstIndex(of:) went byte by byte, a fiftieth of the writing thread.
        var count = bytes.count
        if let base = bytes.baseAddress, let nul = memchr(base, 0, bytes.count) { count = UnsafeRawPointer(nul) - base }
        if blocks.isEmpty || used + count + 1 > blocks[blocks.count - 1].count {
            blocks.append(.allocate(byteCount: max(Self.blockSize, count + 1), alignment: 1))
            used = 0
        }
        let block = blocks[blocks.count - 1]
        let start = block.baseAddress! + used
        if count > 0 { start.copyMemory(from: bytes.baseAddress!, byteCount: count) }
        start.storeBytes(of: 0, toByteOffset: count, as: UInt8.self)
        used += count + 1
        return (UnsafePointer(start.assumingMemoryBound(to: CChar.self)), CInt(count))
    }

    /// Forgets the text copied: keeps one block for the next row, frees the others.
    func empty() {
        if blocks.count > 1 {
            for block in blocks.dropLast() { block.deallocate() }
            blocks.removeFirst(blocks.count - 1)
        }
        used = 0
    }
}
