/// The items of a document (mentions, verbs, events …) grouped by sentence in one pass, so a
/// writer that goes sentence by sentence finds each sentence's items without scanning them all.
///
/// ```swift
/// let byS = SentenceIndex(sentences: doc.sentences.count, doc.events.map(\.sentence))
/// for i in byS[0] { print(doc.events[i].code) }  // the first sentence's events, in order
/// ```
struct SentenceIndex {
    /// `order[starts[s]..<starts[s + 1]]` are the indices of sentence `s`'s items, ascending.
    private let starts: [Int]
    private let order: [Int]

    /// Items whose sentence is outside `0..<sentences` are left out, as a sentence walk would.
    init(sentences n: Int, _ sentenceOf: [Int]) {
        var starts = [Int](repeating: 0, count: n + 1)
        for s in sentenceOf where s >= 0 && s < n { starts[s + 1] += 1 }
        for s in 0..<n { starts[s + 1] += starts[s] }
        var next = Array(starts.dropLast())
        var order = [Int](repeating: 0, count: starts[n])
        for (i, s) in sentenceOf.enumerated() where s >= 0 && s < n {
            order[next[s]] = i
            next[s] += 1
        }
        self.starts = starts
        self.order = order
    }

    subscript(sentence: Int) -> ArraySlice<Int> {
        sentence >= 0 && sentence + 1 < starts.count ? order[starts[sentence]..<starts[sentence + 1]] : []
    }
}
