/// Case and accent folding on UTF-8 bytes: "Jong-Ún" → "jong-un", "PEÑA" → "peña".
///
/// Lookups in every dictionary use folded forms, so "Moscú", "MOSCU" and "moscu" meet
/// the same entry while the document keeps its original text.
enum Folding {
    /// Latin-1 supplement letters (second byte after 0xC3, minus 0x80) → folded ASCII, or 0 to keep.
    private static let latin1: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 64)
        func set(_ range: ClosedRange<Int>, _ c: Character) { for i in range { t[i] = c.asciiValue! } }
        set(0x00...0x05, "a"); set(0x07...0x07, "c"); set(0x08...0x0B, "e"); set(0x0C...0x0F, "i")
        set(0x12...0x16, "o"); set(0x19...0x1C, "u"); set(0x1D...0x1D, "y")
        set(0x20...0x25, "a"); set(0x27...0x27, "c"); set(0x28...0x2B, "e"); set(0x2C...0x2F, "i")
        set(0x32...0x36, "o"); set(0x39...0x3C, "u"); set(0x3D...0x3D, "y"); set(0x3F...0x3F, "y")
        return t
    }()

    /// Appends the folded form of `b[range]` to `out`; returns whether an accent was removed.
    static func fold(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into out: inout [UInt8]) -> Bool {
        let base = out.count
        out.append(contentsOf: repeatElement(0, count: end - start))  // folding never lengthens
        var n = base
        let accented = out.withUnsafeMutableBufferPointer { fold(b, start, end, into: $0, at: &n) }
        out.removeLast(out.count - n)
        return accented
    }

    /// Writes the folded form of `b[start..<end]` at `out[n...]` (room for `end - start` bytes:
    /// folding never lengthens) and moves `n` past it; returns whether an accent was removed.
    @inline(__always)
    static func fold(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into out: UnsafeMutableBufferPointer<UInt8>,
                     at n: inout Int) -> Bool {
        var accented = false
        var i = start
        while i < end {
            let c = b[i]
            if c < 0x80 {
                out[n] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                n += 1
                i += 1
            } else if c == 0xC3, i + 1 < end {
                let d = b[i + 1]
                let m = latin1[Int(d & 0x3F)]
                if m != 0 {
                    out[n] = m
                    n += 1
                    accented = true
                } else {
                    out[n] = 0xC3
                    out[n + 1] = d == 0x91 || d == 0xB1 ? 0xB1 : d >= 0x80 && d <= 0x9E ? d + 0x20 : d  // Ñ, ñ → ñ
                    n += 2
                }
                i += 2
            } else if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0x99 || b[i + 2] == 0x90 || b[i + 2] == 0x91 {
                out[n] = b[i + 2] == 0x99 ? 0x27 : 0x2D  // ’ → ', ‐ ‑ → -
                n += 1
                i += 3
            } else {
                out[n] = c
                n += 1
                i += 1
            }
        }
        return accented
    }

    /// How many vowels follow the first accented vowel of `b[start..<end]` ("crítico" → 2,
    /// "criticó" → 0), or nil when no vowel carries an accent. Where a language writes stress,
    /// this says which syllable bears it.
    static func vowelsAfterAccent(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var i = start
        var count: Int?
        while i < end {
            let c = b[i]
            if c < 0x80 {
                if count != nil, isVowel(c | 0x20) { count! += 1 }
                i += 1
            } else if c == 0xC3, i + 1 < end {
                let folded = latin1[Int(b[i + 1] & 0x3F)]
                if isVowel(folded) {
                    if count == nil { count = 0 } else { count! += 1 }
                }
                i += 2
            } else {
                i += 1
            }
        }
        return count
    }

    /// Whether `c` is a lower-case ASCII vowel. (A switch: a string's `utf8.contains` walked the
    /// string for every byte of every word asked.)
    @inline(__always)
    static func isVowel(_ c: UInt8) -> Bool {
        switch c {
        case 0x61, 0x65, 0x69, 0x6F, 0x75: true
        default: false
        }
    }

    /// Groups of vowels in folded bytes `f[start..<end]`: a word's syllables, near enough to tell
    /// "di" (1) from "forma" (2).
    static func vowelGroups(_ f: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var n = 0, inVowel = false
        for i in start..<end {
            let v = isVowel(f[i])
            if v && !inVowel { n += 1 }
            inVowel = v
        }
        return n
    }

    /// Folds a Swift string; for loading dictionaries, not for hot paths.
    static func fold(_ s: String) -> [UInt8] {
        var s = s
        return s.withUTF8 { b in
            var out = [UInt8]()
            out.reserveCapacity(b.count)
            _ = fold(b, 0, b.count, into: &out)
            return out
        }
    }
}
