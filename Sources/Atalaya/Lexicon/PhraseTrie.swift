/// A trie over word ids for multiword names: "Corea del Norte", "Departamento de Estado".
///
/// The first word is found through an array indexed by word id, deeper words through one
/// hashed edge table (`EdgeTable`), so a lookup costs an array read per token that starts no name.
///
/// ```swift
/// var t = PhraseTrie(vocabularySize: v.count)
/// t.insert([corea, del, norte], value: 7)
/// t.longestMatch(in: words, from: 0)  // (length: 3, value: 7)
/// ```
public struct PhraseTrie: Sendable {
    private var root: [Int32]
    /// One bit per word id: whether some phrase starts with it. Most tokens start none, and this
    /// (a 32nd of `root`'s size, a few KB, which stays in cache) says so without reading `root`.
    private var startBits: [UInt64]
    private var edges = EdgeTable()
    /// Per node: the value stored there, or -1.
    private var values: [Int32] = [-1]

    public init(vocabularySize: Int) {
        root = [Int32](repeating: -1, count: vocabularySize)
        startBits = [UInt64](repeating: 0, count: vocabularySize / 64 + 1)
    }

    /// Room for words up to `vocabularySize` and about `phrases` more phrases, so that filling the
    /// trie does not grow (and copy) its tables again and again.
    ///
    /// ```swift
    /// t.reserve(vocabularySize: 100_000, phrases: 40_000)
    /// ```
    public mutating func reserve(vocabularySize: Int, phrases: Int) {
        root.reserveCapacity(vocabularySize)
        startBits.reserveCapacity(vocabularySize / 64 + 1)
        values.reserveCapacity(values.count + phrases)
        edges.reserve(phrases / 2)
    }

    /// Stores `value` at the end of `phrase` and returns the value it replaces (-1 when none).
    /// The trie grows with the vocabulary, so it can be filled while words are still being added.
    @discardableResult
    public mutating func insert(_ phrase: [Int32], value: Int32) -> Int32 {
        guard let first = phrase.first, first >= 0 else { return -1 }
        if Int(first) >= root.count {
            root.append(contentsOf: repeatElement(-1, count: max(Int(first) + 1 - root.count, root.count / 2 + 1024)))
            startBits.append(contentsOf: repeatElement(0, count: root.count / 64 + 1 - startBits.count))
        }
        startBits[Int(first) >> 6] |= 1 << UInt64(first & 63)
        var node = root[Int(first)]
        if node < 0 {
            node = Int32(values.count)
            values.append(-1)
            root[Int(first)] = node
        }
        for w in phrase.dropFirst() {
            let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: w))
            let found = edges[key]
            if found >= 0 {
                node = found
            } else {
                let next = Int32(values.count)
                values.append(-1)
                edges[key] = next
                node = next
            }
        }
        let previous = values[Int(node)]
        values[Int(node)] = value
        return previous
    }

    @inline(__always)
    private func step(_ node: Int32, _ w: Int32) -> Int32 {
        guard w >= 0 else { return -1 }
        return edges[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: w))]
    }

    /// The longest phrase starting at `words[start]`, as its length and value.
    /// `limit` bounds the tokens looked at (the end of the sentence).
    @inline(__always)
    public func longestMatch(_ words: (Int) -> Int32, from start: Int, limit: Int) -> (length: Int, value: Int32)? {
        let w0 = words(start)
        guard starts(with: w0) else { return nil }
        var node = root[Int(w0)]
        guard node >= 0 else { return nil }
        var best: (Int, Int32)? = values[Int(node)] >= 0 ? (1, values[Int(node)]) : nil
        var i = start + 1
        while i < limit {
            node = step(node, words(i))
            if node < 0 { break }
            i += 1
            if values[Int(node)] >= 0 { best = (i - start, values[Int(node)]) }
        }
        return best
    }

    /// Each longest phrase in `range`, left to right, not overlapping: `body` gets its start,
    /// length and value, and returns false to stop.
    ///
    /// ```swift
    /// trie.forEachMatch({ tokens[$0].word }, in: sentence.tokens) { start, length, value in true }
    /// ```
    @inline(__always)
    public func forEachMatch(_ words: (Int) -> Int32, in range: Range<Int>, _ body: (Int, Int, Int32) -> Bool) {
        var t = range.lowerBound
        while t < range.upperBound {
            guard let m = longestMatch(words, from: t, limit: range.upperBound) else { t += 1; continue }
            if !body(t, m.length, m.value) { return }
            t += m.length
        }
    }

    /// Whether some phrase starts with this word.
    @inline(__always)
    public func starts(with w: Int32) -> Bool {
        w >= 0 && Int(w) < root.count && startBits[Int(w) >> 6] & 1 << UInt64(w & 63) != 0
    }
}
