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

    @Option(name: .long, help: ArgumentHelp("Optional bundled dictionaries to add (repeatable): phoenix-people (about 10,000 office "
                                            + "holders of 1990–2014 from Phoenix's CountryInfo; the load takes about 80 ms longer).",
                                            valueName: "name"))
    var with: [String] = []

    func loadLexicon() throws -> Lexicon {
        let lexicon: Lexicon
        do {
            lexicon = try Lexicon.load(language: language, extra: try directories())
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw ValidationError("cannot load dictionaries: \(error)")
        }
        if lexicon.patterns.count == 0 {
            StandardOutput.error("note: no event patterns for language '\(language)': nothing will be coded")
        }
        return lexicon
    }

    /// The `--with` and `--dictionaries` directories; a path that is not a directory is a usage error, said in one line
    /// (a mistyped path would otherwise add nothing, silently).
    func directories() throws -> [URL] {
        let optional = try with.map { name in
            guard let dir = Lexicon.optionalData(name) else {
                StandardOutput.error("--with \(name): no such optional dictionary (there are: \(Lexicon.optionalNames.joined(separator: ", ")))")
                throw ExitCode.validationFailure
            }
            return dir
        }
        return try optional + dictionaries.map { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                StandardOutput.error("--dictionaries \(path): no such directory")
                throw ExitCode.validationFailure
            }
            guard isDirectory.boolValue else {
                StandardOutput.error("--dictionaries \(path): not a directory")
                throw ExitCode.validationFailure
            }
            return URL(fileURLWithPath: path)
        }
    }
}
