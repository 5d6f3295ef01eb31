#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line in large chunks, so input of any size streams
/// through a bounded buffer. Lines come without their "\n" (and "\r"); a line longer than
/// `maxLine` bytes is skipped without being held in memory and reported as `.tooLong`.
///
/// ```swift
/// var r = LineReader(fd: 0)
/// while let line = r.next() {
///     if case .text(let bytes) = line { print(r.lineNumber, bytes.count) }
/// }
/// ```
public struct LineReader {
    /// One line of input.
    public enum Line: Equatable {
        case text(ArraySlice<UInt8>)
        /// A line over the limit, with its length in bytes; its bytes were dropped.
        case tooLong(Int)
    }

    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes before this index (from `start`) hold no newline: searches resume here, so a
    /// long line is scanned once, not once a chunk.
    private var scanned = 0
    public private(set) var eof = false
    /// The `errno` of a failed read (the input then ends there), for the caller to report.
    public private(set) var readError: Int32?
    private let chunk: Int
    private let maxLine: Int
    public private(set) var lineNumber = 0

    public init(fd: Int32, chunk: Int = 1 << 20, maxLine: Int = Int.max) {
        self.fd = fd
        self.chunk = max(1, chunk)
        self.maxLine = maxLine
    }

    /// The next line, or nil at the end of input.
    public mutating func next() -> Line? {
        while true {
            if let nl = newline(from: max(start, scanned)) {
                if nl - start > maxLine {
                    let length = nl - start
                    start = nl + 1
                    scanned = start
                    lineNumber += 1
                    return .tooLong(length)
                }
                return take(upTo: nl, skip: 1)
            }
            scanned = buffer.count
            if eof {
                guard start < buffer.count else { return nil }
                if buffer.count - start > maxLine { return skipLongLine() }
                return take(upTo: buffer.count, skip: 0)
            }
            if buffer.count - start > maxLine { return skipLongLine() }
            fill()
        }
    }

    private mutating func take(upTo end: Int, skip: Int) -> Line {
        var last = end
        if last > start && buffer[last - 1] == 0x0D { last -= 1 }
        let line = buffer[start..<last]
        start = end + skip
        scanned = start
        lineNumber += 1
        return .text(line)
    }

    /// Drops the rest of an over-long line, reading on to its newline.
    private mutating func skipLongLine() -> Line {
        var length = buffer.count - start
        start = buffer.count
        while true {
            fill()
            if let nl = newline(from: start) {
                length += nl - start
                start = nl + 1
                break
            }
            length += buffer.count - start
            start = buffer.count
            if eof { break }
        }
        scanned = start
        lineNumber += 1
        return .tooLong(length)
    }

    /// The index of the first "\n" in the buffer at or after `from`. `memchr` scans many bytes a step.
    private func newline(from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBytes { b in
            memchr(b.baseAddress! + from, 0x0A, b.count - from).map { b.baseAddress!.distance(to: UnsafeRawPointer($0)) }
        }
    }

    /// At least `count` unread bytes (fewer only at the end of input), without consuming them.
    public mutating func peek(atLeast count: Int) -> ArraySlice<UInt8> {
        while buffer.count - start < count && !eof { fill() }
        return buffer[start...]
    }

    /// Marks `count` bytes of what `peek` returned as read.
    public mutating func consume(_ count: Int) {
        start = min(buffer.count, start + count)
        scanned = max(scanned, start)
    }

    private mutating func fill() {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            scanned = max(0, scanned - start)
            start = 0
        }
        let old = buffer.count
        buffer.reserveCapacity(old + chunk)
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var n: Int
        repeat {
            n = buffer.withUnsafeMutableBufferPointer { read(fd, $0.baseAddress! + old, chunk) }
        } while n < 0 && errno == EINTR
        if n <= 0 {
            if n < 0 { readError = errno }
            eof = true
            buffer.removeLast(chunk)
        } else {
            buffer.removeLast(chunk - n)
        }
    }
}
