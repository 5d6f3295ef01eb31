import ArgumentParser
import Atalaya
import Foundation

/// `--dictionaries` for the commands that read a store: only the CAMEO tables are loaded from
/// them (no text is coded, so there is no language to choose).
struct CodeTableOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A directory of extra dictionaries, for their CAMEO tables (repeatable).",
                                            valueName: "dir"))
    var dictionaries: [String] = []

    func validate() throws {
        var isDir: ObjCBool = false
        for dir in dictionaries where !FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) || !isDir.boolValue {
            throw ValidationError("--dictionaries \(dir): no such directory")
        }
    }

    func load() throws -> CameoCodes {
        do {
            return try CameoCodes.load(extra: dictionaries.map { URL(fileURLWithPath: $0) })
        } catch {
            throw ValidationError("cannot load CAMEO tables: \(error)")
        }
    }
}
