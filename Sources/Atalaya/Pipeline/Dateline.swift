/// Where a story was filed and by whom, not who did anything: a dateline opening a story or a
/// paragraph ("OSLO —", "MOSCÚ, 13 sep (EFE) -", "Washington, Nov 3 (Reuters) -") or an
/// agency's credit standing as a sentence of its own ("(AFP)"). Its city does not stand for a
/// government there, nor its agency for an actor; the sentence segmenter records where the
/// sentence's own words begin (`Sentence.content`).
///
/// ```swift
/// // "OSLO — The prize was awarded today." → content starts at "The"
/// Dateline.contentStart(doc.tokens, doc.bytes, sentence.tokens)
/// ```
enum Dateline {
    /// A dateline is a place, a date and an agency: a dozen tokens at most, its dash included.
    static let maxTokens = 12
    /// A credit is "(", one to three words, ")" and perhaps a period.
    static let maxCreditTokens = 6

    /// The first token of `range` after its dateline; `range.upperBound` for a credit;
    /// `range.lowerBound` when the sentence opens with neither.
    static func contentStart(_ tokens: [Token], _ bytes: [UInt8], _ range: Range<Int>) -> Int {
        let first = range.lowerBound
        guard range.count >= 2 else { return first }
        if tokens[first].isPunct(UInt8(ascii: "("), in: bytes), range.count <= maxCreditTokens,
           let close = range.last(where: { tokens[$0].kind != .punct || tokens[$0].isPunct(UInt8(ascii: ")"), in: bytes) }),
           tokens[close].isPunct(UInt8(ascii: ")"), in: bytes), tokens[first + 1].kind == .word {
            return range.upperBound
        }
        guard tokens[first].kind == .word, tokens[first].flags.contains(.capitalized) else { return first }
        var allUpper = true
        for t in (first + 1)..<min(range.upperBound - 1, first + maxTokens) {
            let tok = tokens[t]
            if tok.kind == .word {
                allUpper = allUpper && tok.flags.contains(.upper)
            } else if isDash(tok, bytes) {
                let credited = tokens[t - 1].isPunct(UInt8(ascii: ")"), in: bytes)
                return credited || allUpper && tokens[first].flags.contains(.upper) ? t + 1 : first
            } else if tok.kind == .punct, !tok.isPunct(UInt8(ascii: ","), in: bytes), !tok.isPunct(UInt8(ascii: "("), in: bytes),
                      !tok.isPunct(UInt8(ascii: ")"), in: bytes) {
                return first  // a sentence's own punctuation: no dateline
            }
        }
        return first
    }

    /// A dash standing between words: "-" or "--" with a space before it, an en or em dash.
    static func isDash(_ tok: Token, _ bytes: [UInt8]) -> Bool {
        guard tok.kind == .punct else { return false }
        let s = Int(tok.start), n = Int(tok.end) - s
        if bytes[s] == UInt8(ascii: "-") {
            return s > 0 && bytes[s - 1] == UInt8(ascii: " ") && (n == 1 || n == 2 && bytes[s + 1] == UInt8(ascii: "-"))
        }
        // U+2013 and U+2014: E2 80 93, E2 80 94.
        return n == 3 && bytes[s] == 0xE2 && bytes[s + 1] == 0x80 && (bytes[s + 2] == 0x93 || bytes[s + 2] == 0x94)
    }
}
