#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line in large chunks, so input of any size streams
/// through a fixed buffer. Lines come without their "\n" (and "\r").
///
/// ```swift
/// var r = LineReader(fd: 0)
/// while let line = r.next() { print(r.lineNumber, line.count) }
/// ```
public struct LineReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    private let chunk: Int
    public private(set) var lineNumber = 0

    public init(fd: Int32, chunk: Int = 1 << 20) {
        self.fd = fd
        self.chunk = chunk
    }

    /// The next line, or nil at the end of input.
    public mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                var end = nl
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = nl + 1
                lineNumber += 1
                return line
            }
            if eof {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lineNumber += 1
                return line
            }
            fill()
        }
    }

    /// Reads everything left (a whole text document).
    public mutating func rest() -> [UInt8] {
        while !eof { fill() }
        let out = Array(buffer[start...])
        start = buffer.count
        return out
    }

    private mutating func fill() {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let old = buffer.count
        buffer.reserveCapacity(old + chunk)
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        let n = buffer.withUnsafeMutableBufferPointer { read(fd, $0.baseAddress! + old, chunk) }
        if n <= 0 {
            eof = true
            buffer.removeLast(chunk)
        } else {
            buffer.removeLast(chunk - n)
        }
    }
}
