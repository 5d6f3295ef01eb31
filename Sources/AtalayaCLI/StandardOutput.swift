#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

/// Buffered writes to standard output and one-line messages to standard error.
///
/// A failed write (a full disk, a closed file) is remembered: later writes are dropped, and
/// `finish()` reports it and exits with status 74 (EX_IOERR), so lost output never looks like success.
struct StandardOutput {
    private var buffer: [UInt8] = []
    /// The `errno` of the first failed write.
    private(set) var failure: Int32?

    /// The exit status of a run whose output could not be written.
    static let writeFailedStatus: Int32 = 74

    mutating func write(_ bytes: [UInt8]) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func write(_ s: String) { write(Array(s.utf8)) }

    mutating func flush() {
        var off = 0
        while off < buffer.count && failure == nil {
            let n = buffer.withUnsafeBytes { Glibc.write(1, $0.baseAddress! + off, buffer.count - off) }
            if n > 0 {
                off += n
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                failure = n < 0 ? errno : EIO
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Throws (after a one-line message) when output was lost; call it as the last step.
    mutating func finish() throws {
        flush()
        try check()
    }

    /// Throws when a write has failed, so a long run stops at once.
    func check() throws {
        guard let e = failure else { return }
        Self.error("cannot write output: \(String(cString: strerror(e)))")
        throw ExitCode(Self.writeFailedStatus)
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
