/// Word ids of the names and words in the data: the loaders' inner loop (the gazetteer alone has
/// 40,000 names), on UTF-8 bytes, through buffers reused from one name to the next.
extension LexiconBuilder {
    /// The id of one word, folded.
    mutating func word(_ w: String) -> Int32 {
        var w = w
        return w.withUTF8 { word($0) }
    }

    /// The id of one word given as UTF-8, folded.
    mutating func word(_ b: UnsafeBufferPointer<UInt8>) -> Int32 {
        if b.count <= 64 && b.allSatisfy({ $0 < 0x80 }) {
            // ASCII folds to lower case, byte for byte, here on the stack.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count) { s in
                for i in 0..<b.count { s[i] = b[i] >= 0x41 && b[i] <= 0x5A ? b[i] | 0x20 : b[i] }
                return vocab.intern(UnsafeBufferPointer(s))
            }
        }
        scratch.removeAll(keepingCapacity: true)
        _ = Folding.fold(b, 0, b.count, into: &scratch)
        return vocab.intern(scratch[...])
    }

    /// The ids of the words of a name, split as text is.
    mutating func phrase(_ name: String) -> [Int32] {
        var name = name
        var words = [Int32]()
        name.withUTF8 { phrase($0, into: &words) }
        return words
    }

    /// The ids of the words of a name given as UTF-8, split as text is, into `words` (emptied first).
    mutating func phrase(_ b: UnsafeBufferPointer<UInt8>, into words: inout [Int32]) {
        words.removeAll(keepingCapacity: true)
        guard !b.isEmpty else { return }
        // Most names are one plain word ("Vladivostok"): fold and intern it without tokenizing.
        var plain = true
        for c in b where c < 0x80 ? !(c >= 0x41 && c <= 0x5A || c >= 0x61 && c <= 0x7A) : c == 0xE2 || c == 0xC2 {
            plain = false
            break
        }
        if plain {
            words.append(word(b))
            return
        }
        // Words of letters between spaces ("Rio de Janeiro"): the tokenizer would split them at the spaces.
        if spacedNamesSplitPlainly && Self.isLettersAndSpaces(b) {
            var a = 0
            while a < b.count {
                var e = a
                while e < b.count && b[e] != 0x20 { e += 1 }
                if e > a { words.append(word(UnsafeBufferPointer(rebasing: b[a..<e]))) }
                a = e + 1
            }
            return
        }
        phraseTokens.removeAll(keepingCapacity: true)
        scratch.removeAll(keepingCapacity: true)
        tokenizer.tokenize(b, tokens: &phraseTokens, folded: &scratch)
        for t in phraseTokens { words.append(vocab.intern(scratch[Int(t.foldStart)..<Int(t.foldEnd)])) }
    }

    /// Whether `b` holds only spaces and characters the tokenizer reads as letters and nothing else:
    /// ASCII letters, and two-byte UTF-8 but × and ÷ (`CharClass`).
    static func isLettersAndSpaces(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                guard c == 0x20 || c >= 0x41 && c <= 0x5A || c >= 0x61 && c <= 0x7A else { return false }
                i += 1
            } else {
                guard c >= 0xC3 && c <= 0xDF, i + 1 < b.count, b[i + 1] & 0xC0 == 0x80 else { return false }
                if c == 0xC3 && (b[i + 1] == 0x97 || b[i + 1] == 0xB7) { return false }
                i += 2
            }
        }
        return true
    }
}
