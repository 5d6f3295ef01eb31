/// Stage 1. Reads `doc.bytes`; writes `doc.tokens` and `doc.folded`.
///
/// Splits a document's bytes into tokens with byte offsets and folded forms.
///
/// Words keep inner hyphens and apostrophes ("Jong-un", "Thomas-Greenfield"), inner
/// periods ("EE.UU.") and digit groups ("1.200", "3,5"). A final period joins the word
/// when the word is a known abbreviation ("Sr.", "núm.") or an initial ("J.").
///
/// ```swift
/// var doc = Document(id: "x", date: day, text: "EE.UU. pagó 1.200 dólares.")
/// Tokenizer(abbreviations: lang.abbreviations).run(&doc)
/// doc.tokens.count  // 5
/// ```
public struct Tokenizer: Stage {
    /// Folded abbreviations, each with its final period ("sr.", "ee.uu.").
    public let abbreviations: Set<[UInt8]>
    /// Endings that are words of their own ("'s", "n't"), folded, each with its length in characters
    /// (the original may spell an apostrophe in 1 byte or 3).
    private let splitSuffixes: [(folded: [UInt8], characters: Int)]
    /// Every split suffix has an apostrophe: a word without one (most) is not tried against them.
    private let suffixesNeedApostrophe: Bool

    /// Masked numbers as a corpus writes them ("*NUMBER*"): each is one number token.
    private let placeholders: [[UInt8]]
    /// Whether some placeholder starts with this byte: the others are not tried at each token.
    private let placeholderFirsts: [Bool]
    /// Whether some abbreviation starts with this byte, and has this length (up to 63; longer
    /// ones set `longAbbreviations`): a word before a period is looked up in `abbreviations` (an
    /// array made for it) only when both say it may be one.
    private let abbreviationFirsts: [Bool]
    private let abbreviationLengths: [Bool]
    private let longAbbreviations: Bool
    /// `splitSuffixes`: folded endings split off a word as a token of their own (`split-suffixes` in
    /// `<lang>/settings.tsv`); the first that matches is split. `numberPlaceholders`: texts read as
    /// one number token wherever they stand (`number-placeholders`).
    public init(abbreviations: Set<[UInt8]>, splitSuffixes: [[UInt8]] = [], numberPlaceholders: [[UInt8]] = []) {
        self.abbreviations = abbreviations
        self.splitSuffixes = splitSuffixes.filter { !$0.isEmpty }.map { s in (s, s.filter { $0 & 0xC0 != 0x80 }.count) }
        suffixesNeedApostrophe = self.splitSuffixes.allSatisfy { $0.folded.contains(0x27) }
        self.placeholders = numberPlaceholders.filter { !$0.isEmpty }
        var placeholderFirsts = [Bool](repeating: false, count: 256)
        for p in placeholders { placeholderFirsts[Int(p[0])] = true }
        self.placeholderFirsts = placeholderFirsts
        var firsts = [Bool](repeating: false, count: 256), lengths = [Bool](repeating: false, count: 64), long = false
        for a in abbreviations {
            guard let c = a.first else { continue }
            firsts[Int(c)] = true
            if a.count < lengths.count { lengths[a.count] = true } else { long = true }
        }
        (abbreviationFirsts, abbreviationLengths, longAbbreviations) = (firsts, lengths, long)
    }

    public func run(_ doc: inout Document) {
        (doc.tokens, doc.folded) = tokenize(doc.bytes)
    }

    /// Tokens of UTF-8 text and their folded forms, back to back.
    public func tokenize(_ bytes: [UInt8]) -> (tokens: [Token], folded: [UInt8]) {
        var tokens = [Token]()
        tokens.reserveCapacity(bytes.count / 5)
        var folded = [UInt8]()
        folded.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { tokenize($0, tokens: &tokens, folded: &folded) }
        return (tokens, folded)
    }

    /// Appends the tokens of `b` and their folded forms to `tokens` and `folded`: for callers that
    /// tokenize many short texts (the names in the dictionaries) into the same buffers.
    public func tokenize(_ b: UnsafeBufferPointer<UInt8>, tokens: inout [Token], folded: inout [UInt8]) {
        // Folding never lengthens a text (one more byte for a period tried on a word): the folded
        // forms are written into room made once, not appended byte by byte.
        let base = folded.count
        folded.append(contentsOf: repeatElement(0, count: b.count + 1))
        var n = base
        folded.withUnsafeMutableBufferPointer { out in
            var i = 0
            var quoteOpen = false  // for ASCII '"', which opens and closes alike
            while i < b.count {
                if b[i] == 0x20 {  // the commonest byte: no class test
                    i += 1
                    continue
                }
                if placeholderFirsts[Int(b[i])], let p = placeholder(b, at: i) {
                    let fs = n
                    for k in i..<(i + p) { out[n] = b[k]; n += 1 }
                    tokens.append(Token(start: Int32(i), end: Int32(i + p), foldStart: Int32(fs), foldEnd: Int32(n), kind: .number, flags: []))
                    i += p
                    continue
                }
                let (cls, len) = CharClass.at(b, i)
                switch cls {
                case .space, .newline:
                    i += len
                case .punct:
                    let flags = Self.quoteFlags(b, i, len, quoteOpen: &quoteOpen)
                    let fs = n
                    for k in i..<(i + len) { out[n] = b[k]; n += 1 }
                    tokens.append(Token(start: Int32(i), end: Int32(i + len), foldStart: Int32(fs),
                                        foldEnd: Int32(n), kind: .punct, flags: flags))
                    i += len
                case .letter, .digit:
                    i = word(b, from: i, first: cls, tokens: &tokens, out: out, n: &n)
                }
            }
        }
        folded.removeLast(folded.count - n)
    }

    /// Opening and closing quotation marks; an ASCII '"' opens and closes by turns.
    @inline(__always)
    private static func quoteFlags(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int, quoteOpen: inout Bool) -> Token.Flags {
        if n == 1 && b[i] == 0x22 {
            defer { quoteOpen.toggle() }
            return quoteOpen ? .closeQuote : .openQuote
        }
        if n == 2 && b[i + 1] == 0xAB { return .openQuote }  // «
        if n == 2 && b[i + 1] == 0xBB { return .closeQuote }  // »
        if n == 3 && b[i + 1] == 0x80 && (b[i + 2] == 0x9C || b[i + 2] == 0x98) { return .openQuote }  // “ ‘
        if n == 3 && b[i + 1] == 0x80 && b[i + 2] == 0x9D { return .closeQuote }  // ”
        return []
    }

    /// Reads one word or number starting at `start`, writing its folded form at `out[n...]`;
    /// returns the index after it.
    @inline(__always)
    private func word(_ b: UnsafeBufferPointer<UInt8>, from start: Int, first: CharClass,
                      tokens: inout [Token], out: UnsafeMutableBufferPointer<UInt8>, n: inout Int) -> Int {
        var i = start
        var prev = first
        var hasLetter = false, hasDigit = false, allUpper = true, innerPeriod = false, accented = false, apostrophe = false
        // Each character is folded as it is read (one pass, not a scan and then a fold): folding
        // valid UTF-8 a character at a time gives the bytes folding the whole word does.
        let fs = n
        while i < b.count {
            // ASCII letters, most of any text: the word's state is updated once a run, not once a letter.
            if (b[i] | 0x20) &- 0x61 < 26 {
                let run = Self.asciiLetters(b, from: i, out: out, n: &n)
                hasLetter = true
                if run.lower { allUpper = false }
                prev = .letter
                i = run.end
                continue
            }
            let c = b[i]
            if c == 0x20 { break }  // the commonest end of a word: no class test
            if c >= 0x30 && c <= 0x39 {
                hasDigit = true
                prev = .digit
                out[n] = c
                n += 1
                i += 1
                continue
            }
            let (cls, len) = CharClass.at(b, i)
            if cls == .letter || cls == .digit {
                if cls == .letter {
                    hasLetter = true
                    if len == 2 && b[i] == 0xC3 && b[i + 1] >= 0xA0 { allUpper = false }
                } else { hasDigit = true }
                prev = cls
                if Folding.fold(b, i, i + len, into: out, at: &n) { accented = true }
                i += len
                continue
            }
            guard cls == .punct, i + len < b.count else { break }
            let (next, _) = CharClass.at(b, i + len)
            guard Self.joins(b, i, len, prev: prev, next: next) else { break }
            if len == 1 && b[i] == 0x2E && prev == .letter { innerPeriod = true }
            if Folding.fold(b, i, i + len, into: out, at: &n) { accented = true }
            if out[n - 1] == 0x27 { apostrophe = true }  // ' and ’ both fold to '
            i += len
        }
        let end = i + finalPeriod(b, i, start: start, hasLetter: hasLetter, innerPeriod: innerPeriod, out: out, fs: fs, n: &n)
        // English "Russia's", "didn't": the possessive and the negation are words of their own.
        let fe = n
        let (splitBytes, split) = apostrophe || !suffixesNeedApostrophe ? splitSuffix(UnsafeBufferPointer(out), fs, fe) : (0, 0)
        if split > 0 && b[end - 1] != 0x2E {
            // The original spelled the apostrophe in 1 byte (') or 3 (’): find where the clitic starts.
            var cut = end
            var letters = 0
            while cut > start && letters < split {
                cut -= 1
                if b[cut] & 0xC0 != 0x80 { letters += 1 }
            }
            // "UN's": the word before the clitic is in capitals though the clitic is not.
            appendToken(b, start, cut, fs, fe - splitBytes, accented, &tokens, allUpper: Self.noLowerCase(b, start, cut))
            appendToken(b, cut, end, fe - splitBytes, fe, false, &tokens)
            return end
        }
        appendToken(b, start, end, fs, fe, accented, &tokens, allUpper: allUpper, hasLetter: hasLetter, hasDigit: hasDigit)
        return end
    }

    /// The run of ASCII letters at `i` (there is one), folded into `out` at `n`: where it ends, and
    /// whether it has a lower-case letter. A loop of its own, with no class test; eight bytes at a
    /// time while eight remain (a byte at a time cost ~9 instructions a letter).
    @inline(__always)
    private static func asciiLetters(_ b: UnsafeBufferPointer<UInt8>, from i: Int, out: UnsafeMutableBufferPointer<UInt8>,
                                     n: inout Int) -> (end: Int, lower: Bool) {
        var k = i, m = n, lower: UInt64 = 0
        let src = UnsafeRawPointer(b.baseAddress!), dst = UnsafeMutableRawPointer(out.baseAddress!)
        let high: UInt64 = 0x8080_8080_8080_8080, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, case20: UInt64 = 0x2020_2020_2020_2020
        // All eight bytes are stored folded, letters or not: `out` has room (folding never lengthens
        // a text), and the bytes after the run are written again by what follows it.
        while k &+ 8 <= b.count {
            let v = UInt64(littleEndian: src.loadUnaligned(fromByteOffset: k, as: UInt64.self))
            let x = v | case20, x7 = x & low7
            // A byte's top bit: 0x61 or more, not 0x7B or more, and ASCII (no carry crosses bytes).
            let letters = (x7 &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(x7 &+ 0x0505_0505_0505_0505) & ~x & high
            dst.storeBytes(of: x.littleEndian, toByteOffset: m, as: UInt64.self)
            if letters == high {
                lower |= v
                k &+= 8
                m &+= 8
                continue
            }
            let r = (~letters & high).trailingZeroBitCount &>> 3
            lower |= v & ((1 &<< UInt64(r &* 8)) &- 1)
            n = m &+ r
            return (k &+ r, lower & case20 != 0)
        }
        while k < b.count && (b[k] | 0x20) &- 0x61 < 26 {
            let c = b[k]
            lower |= UInt64(c)
            out[m] = c | 0x20
            m &+= 1
            k &+= 1
        }
        n = m
        return (k, lower & case20 != 0)
    }

    /// A final period belongs to abbreviations, initials and dotted acronyms: 1 when the period at
    /// `end` joins the word folded at `out[fs..<n]` (and is written after it), else 0.
    @inline(__always)
    private func finalPeriod(_ b: UnsafeBufferPointer<UInt8>, _ end: Int, start: Int, hasLetter: Bool, innerPeriod: Bool,
                             out: UnsafeMutableBufferPointer<UInt8>, fs: Int, n: inout Int) -> Int {
        guard end < b.count && b[end] == 0x2E && hasLetter else { return 0 }
        let isInitial = end - start == 1 && b[start] >= 0x41 && b[start] <= 0x5A
        out[n] = 0x2E
        let length = n + 1 - fs
        let may = abbreviationFirsts[Int(out[fs])] && (length < abbreviationLengths.count ? abbreviationLengths[length] : longAbbreviations)
        guard isInitial || innerPeriod || may && abbreviations.contains(Array(out[fs...n])) else { return 0 }
        n += 1
        return 1
    }

    /// Whether the mark of `n` bytes at `i` joins the characters around it into one word: inner
    /// hyphens and apostrophes ("Jong-un"), inner periods ("EE.UU."), digit groups ("1.200", "3,5").
    @inline(__always)
    private static func joins(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int, prev: CharClass, next: CharClass) -> Bool {
        let c = b[i]
        if n == 1 && (c == 0x2D || c == 0x27) { return prev == .letter && next == .letter }  // - '
        if n == 3 && b[i + 1] == 0x80 && (b[i + 2] == 0x99 || b[i + 2] == 0x90 || b[i + 2] == 0x91) {  // ’ ‐
            return prev == .letter && next == .letter
        }
        if n == 1 && c == 0x2E { return (prev == .letter && next == .letter) || (prev == .digit && next == .digit) }  // .
        if n == 1 && c == 0x2C { return prev == .digit && next == .digit }  // , in 3,5
        return false
    }

    /// Whether `b[start..<end]` has no lower-case letter (ASCII, or Latin-1 in UTF-8).
    private static func noLowerCase(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            let c = b[i]
            if c >= 0x61 && c <= 0x7A { return false }
            if c == 0xC3 && i + 1 < end && b[i + 1] >= 0xA0 { return false }
            i += 1
        }
        return true
    }

    /// The length of the number placeholder starting at `i`, if one does.
    @inline(__always)
    private func placeholder(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        for p in placeholders where p[0] == b[i] && i + p.count <= b.count {
            var k = 1
            while k < p.count && b[i + k] == p[k] { k += 1 }
            if k == p.count { return p.count }
        }
        return nil
    }

    /// The split suffix the folded word `folded[fs..<fe]` ends with, longer than it: (bytes, characters), or (0, 0).
    @inline(__always)
    private func splitSuffix(_ folded: UnsafeBufferPointer<UInt8>, _ fs: Int, _ fe: Int) -> (Int, Int) {
        for (s, characters) in splitSuffixes where fe - fs > s.count {
            var k = 0
            while k < s.count && folded[fe - s.count + k] == s[k] { k += 1 }
            if k == s.count { return (s.count, characters) }
        }
        return (0, 0)
    }

    @inline(__always)
    private func appendToken(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ fs: Int, _ fe: Int, _ accented: Bool,
                             _ tokens: inout [Token], allUpper: Bool = false, hasLetter: Bool = true, hasDigit: Bool = false) {
        var flags: Token.Flags = []
        let c0 = b[start]
        if (c0 >= 0x41 && c0 <= 0x5A) || (c0 == 0xC3 && start + 1 < b.count && b[start + 1] < 0xA0) {
            flags.insert(.capitalized)
            if allUpper && end - start > 1 { flags.insert(.upper) }
        }
        if accented { flags.insert(.accented) }
        tokens.append(Token(start: Int32(start), end: Int32(end), foldStart: Int32(fs), foldEnd: Int32(fe),
                            kind: hasLetter || !hasDigit ? .word : .number, flags: flags))
    }
}
