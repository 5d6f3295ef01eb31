/// Byte-level character classes for UTF-8 text: what the tokenizer needs to know
/// about a code point without decoding it into a `Character`.
enum CharClass: UInt8 {
    case space, newline, letter, digit, punct

    /// Class and byte length of the code point at `i`.
    @inline(__always)
    static func at(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (CharClass, Int) {
        let c = b[i]
        if c < 0x80 {
            switch c {
            case 0x0A: return (.newline, 1)
            case 0x09, 0x0B, 0x0C, 0x0D, 0x20: return (.space, 1)
            case 0x30...0x39: return (.digit, 1)
            case 0x41...0x5A, 0x61...0x7A: return (.letter, 1)
            default: return (c < 0x20 ? .space : .punct, 1)
            }
        }
        let n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
        guard i + n <= b.count else { return (.punct, b.count - i) }
        if c == 0xC2 {
            let d = b[i + 1]
            if d == 0xA0 || d == 0x85 { return (.space, 2) }  // no-break space, next line
            if d == 0xAA || d == 0xBA || d == 0xB5 { return (.letter, 2) }  // ª º µ
            return (.punct, 2)
        }
        if c == 0xC3 {
            let d = b[i + 1]
            return (d == 0x97 || d == 0xB7 ? .punct : .letter, 2)  // × ÷
        }
        if c == 0xE2 {
            let d = b[i + 1]
            if d == 0x80 {
                let e = b[i + 2]
                if e <= 0x8F || e == 0xAF { return (.space, 3) }  // en/em spaces, zero-width marks
                if e == 0xA8 || e == 0xA9 { return (.newline, 3) }  // line/paragraph separator
                return (.punct, 3)
            }
            if d >= 0x81 && d <= 0xBF { return (.punct, 3) }  // other punctuation and symbols
        }
        if c == 0xE3 && b[i + 1] == 0x80 && b[i + 2] == 0x80 { return (.space, 3) }
        if c == 0xEF && b[i + 1] == 0xBB && b[i + 2] == 0xBF { return (.space, 3) }  // BOM
        return (.letter, n)
    }
}
