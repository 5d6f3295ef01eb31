/// A hash table from 64-bit keys to non-negative `Int32` values, for the edges of a `PhraseTrie`.
///
/// A `Dictionary<UInt64, Int32>` hashes every key with SipHash; trie lookups run at every token
/// that starts a name ("el", "la", "de" start some), so they take a multiplicative hash and linear
/// probing over two flat arrays instead. Keys are never removed.
///
/// ```swift
/// var t = EdgeTable()
/// t[42] = 7
/// t[42]  // 7
/// t[43]  // -1
/// ```
public struct EdgeTable: Sendable {
    private var keys: [UInt64]
    /// -1 marks an empty slot.
    private var values: [Int32]
    private var mask: Int
    public private(set) var count = 0

    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        // Fibonacci hashing: the high bits of the product mix every bit of the key.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The value of `key`, or -1 when absent. Setting a value (≥ 0) adds or replaces it.
    public subscript(key: UInt64) -> Int32 {
        @inline(__always) get {
            var i = slot(key)
            while true {
                let v = values[i]
                if v < 0 || keys[i] == key { return v }
                i = (i + 1) & mask
            }
        }
        set {
            precondition(newValue >= 0, "EdgeTable values are non-negative")
            if (count + 1) * 2 > keys.count { grow() }
            var i = slot(key)
            while values[i] >= 0 && keys[i] != key { i = (i + 1) & mask }
            if values[i] < 0 { count += 1 }
            keys[i] = key
            values[i] = newValue
        }
    }

    /// Room for `more` keys without growing.
    public mutating func reserve(_ more: Int) {
        while (count + more) * 2 > keys.count { grow() }
    }

    private mutating func grow() {
        let old = (keys, values)
        keys = [UInt64](repeating: 0, count: old.0.count * 2)
        values = [Int32](repeating: -1, count: old.0.count * 2)
        mask = keys.count - 1
        for (k, v) in zip(old.0, old.1) where v >= 0 {
            var i = slot(k)
            while values[i] >= 0 { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }
}
