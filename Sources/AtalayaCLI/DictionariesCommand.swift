import ArgumentParser
import Atalaya
import Foundation

struct DictionariesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dictionaries",
        abstract: "Show what the dictionaries hold, and check them.",
        discussion: "With --lint, the exit status is 1 when a problem is found."
    )

    @Flag(help: "Print counts per kind and language, against the coverage aimed at.")
    var stats = false

    @Flag(help: "Check codes, conflicts, role dates and the example sentences (bundled and --dictionaries).")
    var lint = false

    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        let lexicon = try dictionaryOptions.loadLexicon()
        if stats || !lint {
            print(DictionaryStats(lexicon: lexicon).text)
            print("files: " + lexicon.files.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "))
        }
        if lint {
            // Every examples file found, the user's (`--dictionaries`) as well as the bundled one.
            let linter = DictionaryLinter(lexicon: lexicon)
            let problems = try linter.checkAll()
            let notes = linter.notes()
            for p in problems { print(p) }
            for n in notes { print("note: " + n) }
            print("\(problems.count) problem\(problems.count == 1 ? "" : "s"), \(notes.count) note\(notes.count == 1 ? "" : "s")")
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }
}
