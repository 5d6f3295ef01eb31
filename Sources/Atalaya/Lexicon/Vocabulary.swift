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
    /// One slot of the table: a form's first bytes and length (`key`), its id (-1: empty) and where
    /// its bytes start. A form of up to 7 bytes (most words) is found by the slot alone: looking a
    /// word up touches one cache line, not the table, then an offsets array, then the bytes.
    struct Slot {
        var key: UInt64
        var id: Int32
        var start: UInt32
        static let empty = Slot(key: 0, id: -1, start: 0)
    }

    private var bytes: [UInt8] = []
    private var offsets: [Int32] = [0]
    private var table: [Slot]
    private var mask: Int

    public init(capacity: Int = 1 << 16) {
        var size = 1
        while size * 3 < capacity * 5 { size <<= 1 }
        table = [Slot](repeating: .empty, count: size)
        mask = size - 1
        // Room to fill without growing (each growth copies what is there); pages never written
        // cost nothing.
        offsets.reserveCapacity(capacity + 1)
        bytes.reserveCapacity(capacity * 12)
    }

    public var count: Int { offsets.count - 1 }

    /// A form's slot key: its first 7 bytes (zeros after a shorter form) and its length (at most
    /// 255) in the top byte. Forms of up to 7 bytes are equal when their keys are.
    @inline(__always)
    static func key(_ s: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = s.count
        guard n > 0, let p = s.baseAddress.map(UnsafeRawPointer.init) else { return 0 }
        let bytes: UInt64
        if n >= 8 {
            bytes = p.loadUnaligned(as: UInt64.self) & 0x00FF_FFFF_FFFF_FFFF
        } else if n >= 4 {
            // Two overlapping loads: the bytes they share are the same, so OR keeps them.
            bytes = UInt64(p.loadUnaligned(as: UInt32.self))
                | UInt64(p.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)) << UInt64((n &- 4) &* 8)
        } else {
            var b: UInt64 = 0
            for k in 0..<n { b |= UInt64(s[k]) << UInt64(k &* 8) }
            bytes = b
        }
        return bytes | UInt64(min(n, 255)) << 56
    }

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
        let key = Vocabulary.key(s)
        var i = hash & mask
        return table.withUnsafeBufferPointer { slots in
            while true {
                let slot = slots[i]
                if slot.id < 0 { return (-1, i) }
                if slot.key == key && (s.count < 8 || longFormEqual(slot, s)) { return (slot.id, i) }
                i = (i + 1) & mask
            }
        }
    }

    /// Whether a form of 8 bytes or more is the one in `slot` (whose key matched).
    private func longFormEqual(_ slot: Slot, _ s: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { store in
            // Keys hold lengths up to 255: a longer form's length is checked on its offsets.
            if s.count >= 255 && Int(offsets[Int(slot.id) + 1] - offsets[Int(slot.id)]) != s.count { return false }
            return Vocabulary.equal(store.baseAddress! + Int(slot.start), s.baseAddress!, s.count)
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
        let id = Int32(count), start = UInt32(bytes.count)
        bytes.append(contentsOf: s)
        offsets.append(Int32(bytes.count))
        if count * 5 > table.count * 3 {
            grow()  // rehashes every form, this one too
        } else {
            table[i] = Slot(key: Vocabulary.key(s), id: id, start: start)
        }
        return id
    }

    /// Interns a string after folding it.
    @discardableResult
    public mutating func intern(folding s: String) -> Int32 { intern(Folding.fold(s)) }

    private mutating func grow() {
        table = [Slot](repeating: .empty, count: table.count * 2)
        mask = table.count - 1
        bytes.withUnsafeBufferPointer { store in
            for id in 0..<count {
                let form = UnsafeBufferPointer(rebasing: store[Int(offsets[id])..<Int(offsets[id + 1])])
                var i = Vocabulary.hash(form) & mask
                while table[i].id >= 0 { i = (i + 1) & mask }
                table[i] = Slot(key: Vocabulary.key(form), id: Int32(id), start: UInt32(offsets[id]))
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
