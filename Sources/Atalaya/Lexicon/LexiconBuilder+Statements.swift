/// The loader of `<lang>/statements.tsv`: code <TAB> phrases (`|` between them, `*` for a
/// statement with none), lines in order of precedence.
extension LexiconBuilder {
    mutating func loadStatements() throws {
        var trie = PhraseTrie(vocabularySize: vocab.count)
        var lineCodes = [String]()
        var fallback: String?
        for f in try finder.files("\(language)/statements.tsv") {
            for r in f.rows {
                guard codes!.events.isValid(r[0]) else { throw f.error(r, "unknown CAMEO code '\(r[0])'") }
                if r[1] == "*" {
                    fallback = r[0]
                    continue
                }
                let rank = Int32(lineCodes.count)
                lineCodes.append(r[0])
                for p in r[1].split(separator: "|") where !p.isEmpty {
                    let words = phrase(String(p))
                    // An earlier line keeps its phrase: precedence is the order of the lines.
                    let previous = trie.insert(words, value: rank)
                    if previous >= 0 && previous < rank { trie.insert(words, value: previous) }
                }
            }
        }
        statements = StatementCues(phrases: trie, codes: lineCodes, fallback: fallback)
    }
}
