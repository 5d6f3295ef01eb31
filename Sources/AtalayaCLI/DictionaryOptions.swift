import ArgumentParser
import Atalaya
import Foundation

/// Options every coding command shares: language and extra dictionaries.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the text.")
    var language = "es"

    @Option(name: .long, help: ArgumentHelp("A directory of extra dictionaries, laid out like the bundled ones (repeatable).",
                                            valueName: "dir"))
    var dictionaries: [String] = []

    func loadLexicon() throws -> Lexicon {
        let lexicon: Lexicon
        do {
            lexicon = try Lexicon.load(language: language, extra: dictionaries.map { URL(fileURLWithPath: $0) })
        } catch {
            throw ValidationError("cannot load dictionaries: \(error)")
        }
        if lexicon.patterns.count == 0 {
            StandardOutput.error("note: no event patterns for language '\(language)': nothing will be coded")
        }
        return lexicon
    }

    /// The CAMEO tables only, for commands that read a store: no dictionary is compiled.
    func loadCodes() throws -> CameoCodes {
        do {
            return try CameoCodes.load(extra: dictionaries.map { URL(fileURLWithPath: $0) })
        } catch {
            throw ValidationError("cannot load CAMEO tables: \(error)")
        }
    }
}
