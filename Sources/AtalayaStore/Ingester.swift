import Atalaya
import Foundation

/// Codes files, folders, JSONL and feeds into the store, in batches of whole documents.
///
/// Every document ends up stored as coded, skipped (already there) or failed with its reason;
/// nothing is dropped. Progress is reported through a callback.
///
/// ```swift
/// let summary = try Ingester(coder: coder, store: store, defaultDate: .today()).run(paths: ["news/"]) { p in print(p.documents) }
/// ```
public struct Ingester {
    public let coder: Coder
    public let store: EventStore
    public let defaultDate: Day
    public var batchSize = 200
    /// Threads that code documents; storing stays on one.
    public var jobs = 1

    public init(coder: Coder, store: EventStore, defaultDate: Day) {
        self.coder = coder
        self.store = store
        self.defaultDate = defaultDate
    }

    /// Where a run stands.
    public struct Progress: Sendable {
        public var documents = 0
        public var stored = 0
        public var skipped = 0
        public var failed = 0
        public var events = 0
        public var bytesDone = 0
        public var bytesTotal = 0
        public var failures: [String] = []
    }

    /// Ingests every path; the last progress is the summary.
    @discardableResult
    public func run(paths: [String], progress report: (Progress) -> Void) throws -> Progress {
        let files = Self.files(paths, excluding: store.path)
        var p = Progress()
        p.bytesTotal = files.reduce(0) { $0 + $1.size }
        var batch = [EventStore.Item]()
        // Documents waiting to be coded, a batch at a time (on `jobs` threads).
        var pending = [Document]()
        var pendingOrigin = [(origin: String, explicitID: Bool)]()
        func flush() throws {
            if !pending.isEmpty {
                coder.code(&pending, jobs: jobs)
                for (doc, o) in zip(pending, pendingOrigin) { batch.append(.coded(doc, origin: o.origin, explicitID: o.explicitID)) }
                pending.removeAll(keepingCapacity: true)
                pendingOrigin.removeAll(keepingCapacity: true)
            }
            guard !batch.isEmpty else { return }
            let o = try store.write(batch)
            p.stored += o.stored
            p.skipped += o.skipped
            p.failed += o.failed
            p.events += o.events
            batch.removeAll(keepingCapacity: true)
            report(p)
        }
        func enqueue(_ doc: Document, origin: String, explicitID: Bool) throws {
            pending.append(doc)
            pendingOrigin.append((origin, explicitID))
            if pending.count + batch.count >= batchSize { try flush() }
        }
        func fail(_ origin: String, _ message: String, id: String? = nil) {
            batch.append(.failed(id: id ?? origin, content: origin, origin: origin, error: message))
            p.failures.append("\(origin): \(message)")
        }
        var bytesBefore = 0
        for file in files {
            defer {
                bytesBefore += file.size
                p.bytesDone = max(p.bytesDone, bytesBefore)
            }
            if file.isFeed {
                do {
                    for item in try FeedReader(defaultDate: defaultDate).read(URL(fileURLWithPath: file.path)) {
                        p.documents += 1
                        if try store.contains(id: item.explicitID ? item.document.id : nil, content: item.document.text) {
                            p.skipped += 1
                            continue
                        }
                        try enqueue(item.document, origin: file.path, explicitID: item.explicitID)
                    }
                } catch let problem as InputProblem {
                    fail("\(problem.file):\(problem.line)", problem.message)
                }
            } else {
                let reader = DocumentReader(defaultDate: defaultDate)
                var thrown: Error?
                reader.read(path: file.path, format: nil, each: { doc in
                    guard thrown == nil else { return }
                    p.documents += 1
                    p.bytesDone = min(bytesBefore + file.size, p.bytesDone + doc.bytes.count + 40)
                    let jsonl = DocumentReader.format(for: file.path) == .jsonl
                    // A JSONL line without "id" was named after its file and line: not an id of its own.
                    let explicitID = jsonl && !doc.id.hasPrefix(file.path + ":")
                    // Already stored: skip before the cost of coding (a rerun after a crash).
                    if (try? store.contains(id: explicitID ? doc.id : nil, content: doc.text)) == true {
                        p.skipped += 1
                        return
                    }
                    do { try enqueue(doc, origin: file.path, explicitID: explicitID) } catch { thrown = error }
                }, problem: { problem in
                    fail("\(problem.file):\(problem.line)", problem.message)
                })
                if let thrown { throw thrown }
            }
        }
        try flush()
        p.bytesDone = p.bytesTotal
        report(p)
        return p
    }

    struct InputFile {
        var path: String
        var size: Int
        var isFeed: Bool
    }

    /// Files under the paths, folders walked recursively in name order (hidden files and the
    /// store's own database files skipped).
    static func files(_ paths: [String], excluding store: String = "") -> [InputFile] {
        let own = Set([store, store + "-wal", store + "-shm", store + "-journal"].map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        var out = [InputFile]()
        let fm = FileManager.default
        func add(_ path: String) {
            guard !own.contains(URL(fileURLWithPath: path).standardizedFileURL.path) else { return }
            let size = (try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            let ext = (path as NSString).pathExtension.lowercased()
            var feed = ["rss", "atom"].contains(ext)
            if ext == "xml", let h = FileHandle(forReadingAtPath: path) {
                feed = FeedReader.isFeed([UInt8](h.readData(ofLength: 2048)))
                try? h.close()
            }
            out.append(InputFile(path: path, size: size, isFeed: feed))
        }
        for path in paths {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                let names = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
                for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                    let full = (path as NSString).appendingPathComponent(name)
                    var sub: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { add(full) }
                }
            } else {
                add(path)  // a missing file is reported by the reader
            }
        }
        return out
    }
}
