#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads documents from a plain-text file (one document) or a JSONL file (one a line),
/// streaming, and reports bad input without stopping.
///
/// JSONL fields: `id`, `date` (`YYYY-MM-DD` or `YYYYMMDD`), `text` (required), and optional
/// `title`, `source`, `url`, `lang`.
///
/// ```swift
/// let reader = DocumentReader(defaultDate: Day.today())
/// reader.read(path: "news.jsonl", format: nil, each: { doc in … }, problem: { print($0) })
/// ```
public struct DocumentReader: Sendable {
    public enum Format: String, Sendable, CaseIterable { case text, jsonl }

    public let defaultDate: Day

    public init(defaultDate: Day) { self.defaultDate = defaultDate }

    /// The format a path implies: `.jsonl` files are JSONL, everything else text.
    public static func format(for path: String?) -> Format {
        path?.hasSuffix(".jsonl") == true || path?.hasSuffix(".ndjson") == true ? .jsonl : .text
    }

    /// Reads `path` (nil or "-" for standard input).
    public func read(path: String?, format: Format?, each: (Document) -> Void, problem: (InputProblem) -> Void) {
        let name = path == nil || path == "-" ? "<stdin>" : path!
        let fd: Int32 = path == nil || path == "-" ? 0 : open(name, O_RDONLY)
        guard fd >= 0 else {
            problem(InputProblem(file: name, line: 0, message: "cannot open: \(String(cString: strerror(errno)))"))
            return
        }
        defer { if fd != 0 { close(fd) } }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            problem(InputProblem(file: name, line: 0, message: "is a directory"))
            return
        }
        var reader = LineReader(fd: fd)
        switch format ?? Self.format(for: path) {
        case .text: readText(&reader, name: name, each: each, problem: problem)
        case .jsonl: readJSONL(&reader, name: name, each: each, problem: problem)
        }
    }

    func readText(_ reader: inout LineReader, name: String, each: (Document) -> Void, problem: (InputProblem) -> Void) {
        let bytes = reader.rest()
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            problem(InputProblem(file: name, line: 1, message: "empty file: no text to code"))
            return
        }
        if bytes.prefix(8192).contains(0) {
            problem(InputProblem(file: name, line: 1, message: "binary file (NUL bytes): skipped"))
            return
        }
        var text = String(validating: bytes, as: UTF8.self)
        if text == nil {
            let line = Self.firstInvalidLine(bytes)
            problem(InputProblem(file: name, line: line, message: "invalid UTF-8: replaced with U+FFFD and coded"))
            text = String(decoding: bytes, as: UTF8.self)
        }
        let id = name.split(separator: "/").last.map(String.init) ?? name
        var doc = Document(id: id, date: defaultDate, text: text!)
        doc.dateIsDefault = true
        each(doc)
    }

    func readJSONL(_ reader: inout LineReader, name: String, each: (Document) -> Void, problem: (InputProblem) -> Void) {
        while let line = reader.next() {
            let n = reader.lineNumber
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            guard String(validating: line, as: UTF8.self) != nil else {
                problem(InputProblem(file: name, line: n, message: "invalid UTF-8: line skipped"))
                continue
            }
            let fields: [String: String]
            do { fields = try FlatJSON.parse(line) } catch {
                problem(InputProblem(file: name, line: n, message: "not JSON (\(error)): line skipped"))
                continue
            }
            guard let text = fields["text"] else {
                problem(InputProblem(file: name, line: n, message: "no \"text\" field: line skipped"))
                continue
            }
            var date = defaultDate
            if let d = fields["date"] {
                guard let parsed = Day(parsing: d.count > 10 ? String(d.prefix(10)) : d) else {
                    problem(InputProblem(file: name, line: n, message: "date \"\(d)\" is not YYYY-MM-DD or YYYYMMDD: line skipped"))
                    continue
                }
                date = parsed
            }
            var doc = Document(id: fields["id"] ?? "\(name):\(n)", date: date, text: text, title: fields["title"],
                               source: fields["source"], url: fields["url"], lang: fields["lang"])
            doc.dateIsDefault = fields["date"] == nil
            each(doc)
        }
    }

    /// 1-based line of the first byte sequence that is not UTF-8.
    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            let n = c < 0x80 ? 1 : c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0
            if n == 0 || i + n > bytes.count || (1..<n).contains(where: { bytes[i + $0] & 0xC0 != 0x80 }) { return line }
            if c == 0x0A { line += 1 }
            i += n
        }
        return line
    }
}
