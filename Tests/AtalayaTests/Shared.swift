import Atalaya
import Foundation

/// The bundled Spanish lexicon, loaded once for all tests (immutable, Sendable).
enum Shared {
    static let lexicon: Lexicon = {
        do { return try Lexicon.load(language: "es") } catch { fatalError("cannot load lexicon: \(error)") }
    }()
    static let coder = Coder(lexicon: lexicon)
    static let english: Lexicon = {
        do { return try Lexicon.load(language: "en") } catch { fatalError("cannot load lexicon: \(error)") }
    }()
    static let englishCoder = Coder(lexicon: english)
    static let day = Day(parsing: "2023-09-13")!

    /// Codes one text dated 2023-09-13.
    static func code(_ text: String, date: Day = day, language: String = "es") -> Document {
        (language == "en" ? englishCoder : coder).code(id: "t", date: date, text: text)
    }

    /// "text=CODE" for each actor mention of a text: "presidente ruso=RUSGOV".
    static func mentions(_ text: String, date: Day = day, language: String = "es") -> [String] {
        let doc = code(text, date: date, language: language)
        return doc.mentions.map { "\(doc.string(tokens: $0.tokens))=\($0.code)" }
    }

    /// "SOURCE CODE TARGET" strings of a document's events, non-negated unless asked.
    static func events(_ text: String, date: Day = day) -> [String] {
        code(text, date: date).events.map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")" }
    }

    /// The same for English text.
    static func englishEvents(_ text: String, date: Day = day) -> [String] {
        code(text, date: date, language: "en").events.map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")" }
    }

    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
    }

    /// A file of the repository (such as the seed's gold in Examples/), by its path from the root.
    static func repositoryFile(_ path: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(path)
    }
}
