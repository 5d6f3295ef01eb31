#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to standard output and one-line messages to standard error.
struct StandardOutput {
    private var buffer: [UInt8] = []

    mutating func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func write(_ s: String) { write(Array(s.utf8)) }

    mutating func flush() {
        var off = 0
        while off < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(1, $0.baseAddress! + off, buffer.count - off) }
            if n <= 0 { break }
            off += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes to standard error as is (progress bars).
    static func raw(_ s: String) {
        _ = s.withCString { Glibc.write(2, $0, strlen($0)) }
    }

    static func error(_ line: String) {
        let s = "atalaya: " + line + "\n"
        _ = s.withCString { Glibc.write(2, $0, strlen($0)) }
    }
}
