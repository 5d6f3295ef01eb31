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

    /// `splitSuffixes`: folded endings split off a word as a token of their own (`split-suffixes` in
    /// `<lang>/settings.tsv`); the first that matches is split.
    public init(abbreviations: Set<[UInt8]>, splitSuffixes: [[UInt8]] = []) {
        self.abbreviations = abbreviations
        self.splitSuffixes = splitSuffixes.filter { !$0.isEmpty }.map { s in (s, s.filter { $0 & 0xC0 != 0x80 }.count) }
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
        var i = 0
        var quoteOpen = false  // for ASCII '"', which opens and closes alike
        while i < b.count {
            let (cls, n) = CharClass.at(b, i)
            switch cls {
            case .space, .newline:
                i += n
            case .punct:
                var flags: Token.Flags = []
                if n == 1 && b[i] == 0x22 {
                    flags = quoteOpen ? .closeQuote : .openQuote
                    quoteOpen.toggle()
                } else if n == 2 && b[i + 1] == 0xAB { flags = .openQuote }  // «
                else if n == 2 && b[i + 1] == 0xBB { flags = .closeQuote }  // »
                else if n == 3 && b[i + 1] == 0x80 && (b[i + 2] == 0x9C || b[i + 2] == 0x98) { flags = .openQuote }
                else if n == 3 && b[i + 1] == 0x80 && b[i + 2] == 0x9D { flags = .closeQuote }
                let fs = folded.count
                for k in i..<(i + n) { folded.append(b[k]) }
                tokens.append(Token(start: Int32(i), end: Int32(i + n), foldStart: Int32(fs),
                                    foldEnd: Int32(folded.count), kind: .punct, flags: flags))
                i += n
            case .letter, .digit:
                i = word(b, from: i, first: cls, tokens: &tokens, folded: &folded)
            }
        }
    }

    /// Reads one word or number starting at `start`; returns the index after it.
    @inline(__always)
    private func word(_ b: UnsafeBufferPointer<UInt8>, from start: Int, first: CharClass,
                      tokens: inout [Token], folded: inout [UInt8]) -> Int {
        var i = start
        var prev = first
        var hasLetter = false, hasDigit = false, allUpper = true, innerPeriod = false
        while i < b.count {
            let (cls, n) = CharClass.at(b, i)
            if cls == .letter || cls == .digit {
                if cls == .letter {
                    hasLetter = true
                    if b[i] >= 0x61 && b[i] <= 0x7A { allUpper = false }
                    if n == 2 && b[i] == 0xC3 && b[i + 1] >= 0xA0 { allUpper = false }
                } else { hasDigit = true }
                prev = cls
                i += n
                continue
            }
            guard cls == .punct, i + n < b.count else { break }
            let (next, _) = CharClass.at(b, i + n)
            guard Self.joins(b, i, n, prev: prev, next: next) else { break }
            if n == 1 && b[i] == 0x2E && prev == .letter { innerPeriod = true }
            i += n
        }
        var end = i
        let fs = folded.count
        let accented = Folding.fold(b, start, end, into: &folded)
        // A final period belongs to abbreviations, initials and dotted acronyms.
        if end < b.count && b[end] == 0x2E && hasLetter {
            let isInitial = end - start == 1 && b[start] >= 0x41 && b[start] <= 0x5A
            folded.append(0x2E)
            if isInitial || innerPeriod || abbreviations.contains(Array(folded[fs...])) {
                end += 1
            } else {
                folded.removeLast()
            }
        }
        // English "Russia's", "didn't": the possessive and the negation are words of their own.
        let fe = folded.count
        let (splitBytes, split) = splitSuffix(folded, fs, fe)
        if split > 0 && b[end - 1] != 0x2E {
            // The original spelled the apostrophe in 1 byte (') or 3 (’): find where the clitic starts.
            var cut = end
            var letters = 0
            while cut > start && letters < split {
                cut -= 1
                if b[cut] & 0xC0 != 0x80 { letters += 1 }
            }
            appendToken(b, start, cut, fs, fe - splitBytes, accented, &tokens)
            appendToken(b, cut, end, fe - splitBytes, fe, false, &tokens)
            return end
        }
        appendToken(b, start, end, fs, fe, accented, &tokens, allUpper: allUpper, hasLetter: hasLetter, hasDigit: hasDigit)
        return end
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

    /// The split suffix the folded word `folded[fs..<fe]` ends with, longer than it: (bytes, characters), or (0, 0).
    @inline(__always)
    private func splitSuffix(_ folded: [UInt8], _ fs: Int, _ fe: Int) -> (Int, Int) {
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
