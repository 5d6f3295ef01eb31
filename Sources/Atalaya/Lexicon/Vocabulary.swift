/// Interns folded word forms as dense integer ids, in one open-addressing hash table.
///
/// Every dictionary stores word ids, not strings, so matching a token costs one hash
/// of its folded bytes. Built once at load time; read-only afterwards.
///
/// ```swift
/// var v = Vocabulary()
/// let id = v.intern(Array("moscu".utf8))
/// v.lookup(Array("moscu".utf8)[...]) == id  // true
/// ```
public struct Vocabulary: Sendable {
    private var bytes: [UInt8] = []
    private var offsets: [Int32] = [0]
    private var table: [Int32]
    private var mask: Int

    public init(capacity: Int = 1 << 16) {
        var size = 1
        while size < capacity * 2 { size <<= 1 }
        table = [Int32](repeating: -1, count: size)
        mask = size - 1
        // Room to fill without growing (each growth copies what is there); pages never written
        // cost nothing.
        offsets.reserveCapacity(capacity + 1)
        bytes.reserveCapacity(capacity * 12)
    }

    public var count: Int { offsets.count - 1 }

    /// A word's bytes read a machine word at a time, not byte by byte: most words take one or two
    /// loads (overlapping ones for lengths that are no multiple of the load), then two multiplies.
    @inline(__always)
    static func hash(_ s: UnsafeBufferPointer<UInt8>) -> Int {
        let n = s.count
        guard n > 0, let p = s.baseAddress.map(UnsafeRawPointer.init) else { return 0 }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: n)
        let k: UInt64 = 0x9e37_79b9_7f4a_7c15
        if n >= 8 {
            var i = 0
            while i &+ 8 < n {
                h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* k
                h ^= h >> 32
                i &+= 8
            }
            h ^= p.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
        } else if n >= 4 {
            let a = UInt64(p.loadUnaligned(as: UInt32.self)), b = UInt64(p.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self))
            h ^= a | b << 32
        } else {
            h ^= UInt64(s[0]) | UInt64(s[n >> 1]) << 8 | UInt64(s[n &- 1]) << 16
        }
        h = (h ^ (h >> 32)) &* k
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The form of an id.
    public func form(_ id: Int32) -> String {
        guard id >= 0 else { return "?" }
        return String(decoding: bytes[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])], as: UTF8.self)
    }

    /// The id of a folded form, or -1.
    @inline(__always)
    public func lookup(_ s: ArraySlice<UInt8>) -> Int32 {
        s.withUnsafeBufferPointer { lookup($0) }
    }

    @inline(__always)
    public func lookup(_ s: UnsafeBufferPointer<UInt8>) -> Int32 { probe(s, hash: Vocabulary.hash(s)).id }

    /// Linear probing from the form's hash: its id (-1 when absent) and the slot the search ended
    /// at (where an absent form goes).
    @inline(__always)
    private func probe(_ s: UnsafeBufferPointer<UInt8>, hash: Int) -> (id: Int32, slot: Int) {
        var i = hash & mask
        return bytes.withUnsafeBufferPointer { store in
            while true {
                let id = table[i]
                if id < 0 { return (-1, i) }
                let a = Int(offsets[Int(id)]), e = Int(offsets[Int(id) + 1])
                if e - a == s.count && Vocabulary.equal(store.baseAddress! + a, s.baseAddress!, s.count) { return (id, i) }
                i = (i + 1) & mask
            }
        }
    }

    /// Whether `n` bytes at `a` and `b` are equal. Words of up to 16 bytes (nearly all) are
    /// compared in two overlapping loads each, not through a call to `memcmp`.
    @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let x = UnsafeRawPointer(a), y = UnsafeRawPointer(b)
        switch n {
        case 0: return true
        case 1...3:
            return a[0] == b[0] && a[n >> 1] == b[n >> 1] && a[n &- 1] == b[n &- 1]
        case 4...7:
            return x.loadUnaligned(as: UInt32.self) == y.loadUnaligned(as: UInt32.self)
                && x.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self) == y.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)
        case 8...16:
            return x.loadUnaligned(as: UInt64.self) == y.loadUnaligned(as: UInt64.self)
                && x.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self) == y.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
        default: return memcmp(a, b, n) == 0
        }
    }

    /// The id of a folded form, adding it when new.
    @discardableResult
    public mutating func intern(_ s: [UInt8]) -> Int32 { intern(s[...]) }

    @discardableResult
    public mutating func intern(_ s: ArraySlice<UInt8>) -> Int32 {
        s.withUnsafeBufferPointer { intern($0) }
    }

    /// The id of a folded form, adding it when new: hashed once, and a new form goes in the free
    /// slot its search ended at.
    ///
    /// ```swift
    /// let id = "moscu".utf8.withContiguousStorageIfAvailable { v.intern($0) }
    /// ```
    @discardableResult
    public mutating func intern(_ s: UnsafeBufferPointer<UInt8>) -> Int32 {
        if s.isEmpty { return -1 }
        let (found, i) = probe(s, hash: Vocabulary.hash(s))
        if found >= 0 { return found }
        let id = Int32(count)
        bytes.append(contentsOf: s)
        offsets.append(Int32(bytes.count))
        if count * 2 > table.count {
            grow()  // rehashes every form, this one too
        } else {
            table[i] = id
        }
        return id
    }

    /// Interns a string after folding it.
    @discardableResult
    public mutating func intern(folding s: String) -> Int32 { intern(Folding.fold(s)) }

    private mutating func insert(_ id: Int32, hash: Int) {
        var i = hash & mask
        while table[i] >= 0 { i = (i + 1) & mask }
        table[i] = id
    }

    private mutating func grow() {
        table = [Int32](repeating: -1, count: table.count * 2)
        mask = table.count - 1
        for id in 0..<count {
            let h = bytes.withUnsafeBufferPointer {
                Vocabulary.hash(UnsafeBufferPointer(rebasing: $0[Int(offsets[id])..<Int(offsets[id + 1])]))
            }
            insert(Int32(id), hash: h)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
