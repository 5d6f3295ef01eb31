import Foundation

/// The files an ingest reads: the paths given, folders walked recursively in name order.
///
/// A walk skips hidden files, the store's own database files, gold annotation files
/// (`*.gold.jsonl`: coded events for `atalaya eval`, not news; with a note) and anything that is
/// not a regular file (a FIFO would block the run forever, a socket or device cannot be read as
/// news; reported as a problem). A path given by name is read whatever it is.
///
/// ```swift
/// let input = InputFiles(["news/"], excluding: "atalaya.db")
/// input.files.map(\.path)  // ["news/a.jsonl", "news/b.txt"]
/// ```
public struct InputFiles: Sendable {
    public struct File: Sendable {
        public var path: String
        public var size: Int
        public var isFeed: Bool
    }

    public var files: [File] = []
    /// Paths skipped that should have been news: one line each, `path: message`.
    public var problems: [String] = []
    /// Paths skipped on purpose, said once each.
    public var notes: [String] = []

    public init(_ paths: [String], excluding store: String = "") {
        let own = Set([store, store + "-wal", store + "-shm", store + "-journal"].map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
                add(path, own: own)  // a missing file is reported by the reader
                continue
            }
            let names = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
            for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let full = (path as NSString).appendingPathComponent(name)
                switch Self.kind(full) {
                case .directory: continue
                case .regular:
                    if name.hasSuffix(".gold.jsonl") {
                        notes.append("\(full): gold annotations (*.gold.jsonl), not news: skipped (name the file to ingest it)")
                    } else {
                        add(full, own: own)
                    }
                case .other: problems.append("\(full): not a regular file: skipped")
                }
            }
        }
    }

    enum Kind { case regular, directory, other }

    /// What a walked path is; symbolic links are followed, as `fileExists` does.
    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .other }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    mutating func add(_ path: String, own: Set<String>) {
        guard !own.contains(URL(fileURLWithPath: path).standardizedFileURL.path) else { return }
        var st = stat()
        let regular = stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
        let size = regular ? Int(st.st_size) : 0
        let ext = (path as NSString).pathExtension.lowercased()
        var feed = ["rss", "atom"].contains(ext)
        // Only a regular file is opened to look inside: opening a FIFO blocks.
        if ext == "xml", regular, let h = FileHandle(forReadingAtPath: path) {
            feed = FeedReader.isFeed([UInt8](h.readData(ofLength: 2048)))
            try? h.close()
        }
        files.append(File(path: path, size: size, isFeed: feed))
    }
}
