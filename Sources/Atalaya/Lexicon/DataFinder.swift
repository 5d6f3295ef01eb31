import Foundation

/// Finds the copies of a data file in the dictionary directories, bundled first and then the
/// user's (`--dictionaries`), and lists every copy found: the one path by which every table,
/// including a user's `examples.tsv`, is read.
///
/// ```swift
/// var finder = try DataFinder.bundled(extra: [URL(fileURLWithPath: "mydicts")])
/// let words = try finder.files("es/words.tsv")  // bundled copy, then mydicts/es/words.tsv if there
/// finder.used                                   // the paths of both
/// ```
public struct DataFinder: Sendable {
    public let directories: [URL]
    /// Every copy found so far, in the order found.
    public private(set) var used: [String] = []

    public init(directories: [URL]) { self.directories = directories }

    /// The bundled data directory followed by `extra`.
    public static func bundled(extra: [URL] = []) throws -> DataFinder {
        guard let bundled = Lexicon.bundledData else {
            throw LexiconError(file: "Resources", line: 0, message: "bundled dictionaries not found")
        }
        return DataFinder(directories: [bundled] + extra)
    }

    /// The copies of `relativePath` that exist, bundled first.
    public mutating func urls(_ relativePath: String) -> [URL] {
        let found = directories.map { $0.appendingPathComponent(relativePath) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        used += found.map(\.path)
        return found
    }

    /// The files of `directory` whose names start with `prefix` and end with `suffix`, in name
    /// order, each directory's in turn (bundled first): a table too long for one file goes on in
    /// more ("es/patterns-2.tsv" after "es/patterns.tsv").
    public mutating func files(in directory: String, prefix: String, suffix: String) throws -> [DataFile] {
        var found = [URL]()
        for d in directories {
            let dir = d.appendingPathComponent(directory)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            found += names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) && $0.count > prefix.count + suffix.count }
                .sorted().map { dir.appendingPathComponent($0) }
        }
        used += found.map(\.path)
        return try found.map { try DataFile(url: $0) }
    }

    /// The copies of `relativePath`, read as data files.
    public mutating func files(_ relativePath: String) throws -> [DataFile] {
        try urls(relativePath).map { try DataFile(url: $0) }
    }
}
