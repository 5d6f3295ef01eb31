import Foundation

extension Lexicon {
    /// Loads the bundled dictionaries of a language, then the same files from each of
    /// `extra` directories, which add entries (a user's own dictionaries).
    ///
    /// ```swift
    /// let lexicon = try Lexicon.load(language: "es", extra: [URL(fileURLWithPath: "mydicts")])
    /// ```
    public static func load(language: String = "es", extra: [URL] = []) throws -> Lexicon {
        var builder = LexiconBuilder(language: language, finder: try DataFinder.bundled(extra: extra))
        return try builder.build()
    }

    static func load(language: String, directories: [URL]) throws -> Lexicon {
        var builder = LexiconBuilder(language: language, finder: DataFinder(directories: directories))
        return try builder.build()
    }
}
