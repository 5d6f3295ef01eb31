#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a file, mapped into memory rather than copied: the gazetteer is over a megabyte,
/// and a copy costs a page fault for every 4 KB of it. Files that cannot be mapped (empty ones,
/// pipes) are read into memory instead. Unmapped when released.
///
/// ```swift
/// if let file = MappedFile(path: "cities.tsv") { print(file.bytes.count) }
/// ```
final class MappedFile {
    /// The file's bytes, valid while this object lives.
    let bytes: UnsafeBufferPointer<UInt8>
    private let mapped: Bool

    /// nil when the file cannot be opened or read, or is a directory.
    init?(path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { return nil }
        let size = Int(info.st_size)
        if info.st_mode & S_IFMT == S_IFREG && size > 0,
           let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != UnsafeMutableRawPointer(bitPattern: -1) {
            bytes = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: size)
            mapped = true
            return
        }
        guard let read = Self.readAll(fd) else { return nil }
        bytes = UnsafeBufferPointer(read)
        mapped = false
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        } else {
            bytes.deallocate()
        }
    }

    /// Everything `fd` still has to give, in memory this object frees; nil on a read error.
    private static func readAll(_ fd: Int32) -> UnsafeMutableBufferPointer<UInt8>? {
        var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 65536)
        var count = 0
        while true {
            if count == buffer.count {
                let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: buffer.count * 2)
                _ = bigger.initialize(from: buffer)
                buffer.deallocate()
                buffer = bigger
            }
            let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
            if n < 0 && errno == EINTR { continue }
            if n < 0 {
                buffer.deallocate()
                return nil
            }
            if n == 0 { return UnsafeMutableBufferPointer(rebasing: buffer[..<count]) }
            count += n
        }
    }
}
