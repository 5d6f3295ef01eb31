import ArgumentParser
import Atalaya
import Foundation

/// Sentences to build synthetic benchmark input from, and the corpora built from them.
struct BenchCorpus {
    let sentences: [String]

    /// The repository's example article, the bench's corpus since its speed figures were first set:
    /// real news, about one event every 25 words. Found through this file's place in the checkout.
    static let exampleArticle = (language: "es", path: "Examples/kim-putin-2023-09-13.txt")

    /// Where the sentences came from, for the report.
    let source: String

    /// The sentences of `path`; with none, those of the example article when the dictionaries are
    /// its language and the checkout is at hand, else (or with `examples`) the example sentences
    /// bundled with the language's dictionaries (one event every 8 words: a stress corpus).
    init(seed path: String?, examples: Bool = false, lexicon: Lexicon) throws {
        var text: String
        if let path {
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw ValidationError("cannot read --seed \(path): \(error.localizedDescription)")
            }
            source = path
        } else if !examples, let article = Self.articleText(language: lexicon.language) {
            (text, source) = (article, Self.exampleArticle.path)
        } else {
            guard let examples = lexicon.examples.first else {
                throw ValidationError("no example sentences for language '\(lexicon.language)': give --seed")
            }
            text = try DataFile(url: URL(fileURLWithPath: examples)).rows.map { $0[1] }.joined(separator: "\n")
            source = "the bundled example sentences"
        }
        sentences = text.split(separator: "\n").flatMap { $0.split(separator: ".", omittingEmptySubsequences: true) }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 20 }
        guard !sentences.isEmpty else { throw ValidationError("no sentences in \(path ?? "the example sentences")") }
    }

    /// The example article's text, if `language` is its language and the repository is here.
    static func articleText(language: String, sourceFile: String = #filePath) -> String? {
        guard language == exampleArticle.language else { return nil }
        let root = URL(fileURLWithPath: sourceFile).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try? String(contentsOf: root.appendingPathComponent(exampleArticle.path), encoding: .utf8)
    }

    /// Text of about `bytes` bytes: sentences with their periods, or (`oneSentence`) joined by
    /// commas into one sentence, the worst case for per-sentence work.
    func text(bytes: Int, oneSentence: Bool, seed: UInt64 = 7) -> String {
        var r = SeededRandom(seed: seed)  // the same corpus every run
        var out = ""
        out.reserveCapacity(bytes + 512)
        while out.utf8.count < bytes {
            out += sentences[r.next(below: sentences.count)]
            out += oneSentence ? ", " : ". "
        }
        return out
    }

    /// One JSONL document a line, documents of 8–20 sentences, until `megabytes` are written.
    func writeJSONL(to path: String, megabytes: Int) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw ValidationError("cannot write \(path)") }
        defer { try? handle.close() }
        var r = SeededRandom(seed: 42)
        var written = 0
        var n = 0
        var w = JSONWriter()
        while written < megabytes * 1_000_000 {
            n += 1
            let count = 8 + r.next(below: 13)
            let body = (0..<count).map { _ in sentences[r.next(below: sentences.count)] + "." }.joined(separator: " ")
            w.beginObject()
            w.key("id"); w.string("bench-\(n)")
            w.key("date"); w.string("2023-09-13")
            w.key("text"); w.string(body)
            w.endObject()
            w.newline()
            if w.bytes.count > 1 << 20 {
                written += w.bytes.count
                try handle.write(contentsOf: Data(w.bytes))
                w.bytes.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: Data(w.bytes))
    }
}
