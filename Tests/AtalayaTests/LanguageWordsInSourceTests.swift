@testable import Atalaya
import Foundation
import XCTest

/// No word of Spanish or English is written in the engine (`Sources/Atalaya`): the words of a
/// language live in its data files (`Resources/<lang>/…`), and the engine reads word classes.
///
/// The rule, as checked here:
/// - Every string literal of every Swift file under `Sources/Atalaya` is read; comments (`//`,
///   `///`, `/* */`) are skipped, so examples in comments are fine.
/// - A literal's words are its runs of letters (with inner or leading apostrophes: "'s", "n't"),
///   folded like text. One-letter words are letters (spelling rules: "y" → "ies"), not checked.
/// - A word of a language is one its bundled dictionaries give a closed class (`words.tsv`,
///   months, weekdays), a verb reading (every conjugated form of every verb), an enclitic, or a
///   suffix split off by the tokenizer.
/// - A literal with an interpolation (`"no \(key)"`) builds a message or output; it is never a word
///   the engine matches in text, and is not checked.
/// - A literal is language text when it has a word of two letters or more and every such word is
///   a word of Spanish or English. It fails the test unless it is on the allow-list below: keys and
///   keywords of the data and output formats (renaming one would change a format), and labels.
final class LanguageWordsInSourceTests: XCTestCase {
    /// Technical strings anywhere in the engine, which happen to be words too.
    static let allowed: Set<String> = [
        // Keys of the input and output formats (JSON keys, PETRARCH XML elements, Phoenix columns).
        "id", "sentence", "start", "end", "issues",
        // Keywords of the dictionary formats: a word class of words.tsv, options of patterns.tsv
        // ("se": reflexive pattern; "who": actor in a relative clause; "by=", "not-by=": source agents).
        "according", "support", "prevent", "request", "se", "no-se", "who", "by=", "not-by=",
        // Messages and labels of the program, which speaks English to its user.
        "all", "of 20",
    ]

    /// Strings allowed in one file only, with the reason.
    static let allowedIn: [String: Set<String>] = [
        // A verb class (the infinitive ending that names the rows of es/morphology/endings.tsv).
        "SpanishConjugator.swift": ["ir"],
        // The spelling suffix of English verbs ("watch" → "watches").
        "EnglishConjugator.swift": ["es"],
        // A label of the explain format (the interface speaks English), also a verb form now ("place").
        "Explanation.swift": ["  places: "],
        // A column of the evaluation report (English "recall" is also a verb of saying in en/words.tsv).
        "EvaluationReport.swift": ["recall"],
        // The default language's code.
        "Lexicon+Loading.swift": ["es"],
        // JSON syntax errors: "expected" is also an English auxiliary ("is expected to visit").
        "FlatJSON.swift": ["expected ':'", "expected ',' or '}'"],
        // Element names of PETRARCH's validation XML, found in its text to read it record by record.
        "PetrarchXMLReader.swift": ["<sentence", "</sentence>"],
    ]

    func testNoLanguageWordInEngineSources() throws {
        let words = Self.languageWords([Shared.lexicon, Shared.english])
        XCTAssertTrue(words.contains("se") && words.contains("has") && words.contains("'s"), "the word list is not empty")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources/Atalaya")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        XCTAssertGreaterThan(files.count, 50)
        var found = [String]()
        for file in files {
            let name = file.lastPathComponent
            for (line, literal) in Self.stringLiterals(try String(contentsOf: file, encoding: .utf8)) {
                let key = literal.lowercased()
                guard Self.isLanguageText(literal, words: words), !Self.allowed.contains(key),
                      Self.allowedIn[name]?.contains(key) != true else { continue }
                found.append("\(name):\(line): \"\(literal)\"")
            }
        }
        XCTAssertEqual(found, [], "words of a language belong in Resources/<lang>/ data files")
    }

    /// The check itself finds words: a hard-coded clitic list, "se", "'s", an English verb.
    func testTheCheckFindsWords() {
        let words = Self.languageWords([Shared.lexicon, Shared.english])
        let source = """
            // "reunirse" in a comment is fine
            let e = ["nos", "les"]  /* "se" */
            if f.hasSuffix("se") || s == "'s" || v == "have" { return "has" }
            let m = "cannot parse \\(x) here", c = UInt8(ascii: "e")
            """
        let literals = Self.stringLiterals(source)
        XCTAssertEqual(literals.map(\.1), ["nos", "les", "se", "'s", "have", "has", "e"])
        XCTAssertEqual(literals.filter { Self.isLanguageText($0.1, words: words) }.map(\.1), ["nos", "les", "se", "'s", "have", "has"])
    }

    /// Closed-class words, verb forms, enclitics and split suffixes of the lexicons, folded.
    static func languageWords(_ lexicons: [Lexicon]) -> Set<String> {
        var words = Set<String>()
        for lexicon in lexicons {
            for w in 0..<Int32(lexicon.vocabulary.count)
            where !lexicon.wordClass(w).isEmpty || !lexicon.verbReadings(w).isEmpty {
                words.insert(lexicon.vocabulary.form(w))
            }
            for e in lexicon.enclitics + lexicon.settings.splitSuffixes { words.insert(String(decoding: e, as: UTF8.self)) }
        }
        return words
    }

    /// Whether a literal is language text: it has words of two letters or more, all of them words of a language.
    static func isLanguageText(_ literal: String, words: Set<String>) -> Bool {
        var parts = [String](), current = ""
        for c in literal.lowercased() {
            if c.isLetter || c == "'" || c == "’" { current.append(c) } else if !current.isEmpty {
                parts.append(current)
                current = ""
            }
        }
        if !current.isEmpty { parts.append(current) }
        let long = parts.map { String(decoding: Folding.fold($0), as: UTF8.self) }.filter { $0.count >= 2 }
        return !long.isEmpty && long.allSatisfy(words.contains)
    }

    /// The string literals of Swift source outside comments and without interpolations, with their line numbers.
    static func stringLiterals(_ source: String) -> [(Int, String)] {
        let s = Array(source)
        var out = [(Int, String)]()
        var i = 0, line = 1
        func starts(_ p: String, at k: Int) -> Bool {
            let p = Array(p)
            return k + p.count <= s.count && Array(s[k..<(k + p.count)]) == p
        }
        while i < s.count {
            if starts("//", at: i) {
                while i < s.count && s[i] != "\n" { i += 1 }
            } else if starts("/*", at: i) {
                i += 2
                while i < s.count && !starts("*/", at: i) { if s[i] == "\n" { line += 1 }; i += 1 }
                i += 2
            } else if s[i] == "\"" || starts("#\"", at: i) {
                let startLine = line
                let raw = s[i] == "#"
                if raw { i += 1 }
                let close = starts("\"\"\"", at: i) ? "\"\"\"" : "\""
                i += close.count
                var text = ""
                var interpolated = false
                while i < s.count && !starts(raw ? close + "#" : close, at: i) {
                    if s[i] == "\n" { line += 1 }
                    if !raw && s[i] == "\\" && i + 1 < s.count && s[i + 1] == "(" {
                        var depth = 1
                        i += 2
                        while i < s.count && depth > 0 { depth += s[i] == "(" ? 1 : s[i] == ")" ? -1 : 0; i += 1 }
                        text.append(" ")
                        interpolated = true
                        continue
                    }
                    if !raw && s[i] == "\\" { i += 2; text.append(" "); continue }
                    text.append(s[i])
                    i += 1
                }
                i += close.count + (raw ? 1 : 0)
                if !interpolated { out.append((startLine, text)) }
            } else {
                if s[i] == "\n" { line += 1 }
                i += 1
            }
        }
        return out
    }
}
