#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads documents from a plain-text file (one document) or a JSONL file (one a line),
/// streaming in bounded memory, and reports bad input without stopping.
///
/// JSONL fields: `id`, `date` (`YYYY-MM-DD` or `YYYYMMDD`), `text` (required), and optional
/// `title`, `source`, `url`, `lang`. No document is larger than `maxDocumentSize` bytes: a longer
/// JSONL line is skipped unread, a longer text file is coded in parts cut at sentence boundaries.
///
/// ```swift
/// let reader = DocumentReader(defaultDate: Day.today())
/// reader.read(path: "news.jsonl", format: nil, each: { doc in … }, problem: { print($0) })
/// ```
public struct DocumentReader: Sendable {
    public enum Format: String, Sendable, CaseIterable { case text, jsonl }

    /// 10 MB: far above any news report, low enough that a batch of documents fits in memory.
    public static let defaultMaxDocumentSize = 10_000_000

    public let defaultDate: Day
    /// The user gave `defaultDate` (`--date`); otherwise it is only the day of coding, and
    /// documents dated with it are marked `dateUnknown`.
    public let defaultDateGiven: Bool
    public let maxDocumentSize: Int

    public init(defaultDate: Day, given: Bool = true, maxDocumentSize: Int = DocumentReader.defaultMaxDocumentSize) {
        self.defaultDate = defaultDate
        self.defaultDateGiven = given
        self.maxDocumentSize = min(max(1, maxDocumentSize), 1 << 40)
    }

    /// The format a path implies: `.jsonl` files are JSONL, everything else text.
    public static func format(for path: String?) -> Format {
        path?.hasSuffix(".jsonl") == true || path?.hasSuffix(".ndjson") == true ? .jsonl : .text
    }

    /// Reads `path` (nil or "-" for standard input). An error thrown by `each` stops the reading.
    public func read(path: String?, format: Format?, each: (Document) throws -> Void,
                     problem: (InputProblem) -> Void) rethrows {
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
        var reader = LineReader(fd: fd, maxLine: maxDocumentSize)
        // A byte-order mark is not text.
        if reader.peek(atLeast: 3).starts(with: [0xEF, 0xBB, 0xBF]) { reader.consume(3) }
        // Neither text nor JSON holds NUL: a binary file (or /dev/zero) is refused unread.
        if reader.peek(atLeast: 8192).prefix(8192).contains(0) {
            problem(InputProblem(file: name, line: 1, message: "binary file (NUL bytes): skipped"))
            return
        }
        switch format ?? Self.format(for: path) {
        case .text: try readText(&reader, name: name, each: each, problem: problem)
        case .jsonl: try readJSONL(&reader, name: name, each: each, problem: problem)
        }
        if let e = reader.readError {
            problem(InputProblem(file: name, line: reader.lineNumber, message: "read failed: \(String(cString: strerror(e)))"))
        }
    }

    func readText(_ reader: inout LineReader, name: String, each: (Document) throws -> Void,
                  problem: (InputProblem) -> Void) rethrows {
        let id = name.split(separator: "/").last.map(String.init) ?? name
        var part = 0
        var linesBefore = 0
        while true {
            let window = reader.peek(atLeast: maxDocumentSize + 1)
            let cut = window.count > maxDocumentSize ? Self.cut(window, limit: maxDocumentSize) : window.count
            let bytes = Array(window.prefix(cut))
            reader.consume(cut)
            let blank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
            if blank && part == 0 && reader.peek(atLeast: 1).isEmpty {
                problem(InputProblem(file: name, line: 1, message: "empty file: no text to code"))
                return
            }
            let lines = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            if part == 0 && cut < window.count {
                problem(InputProblem(file: name, line: lines + 1, message: "longer than the document limit of "
                    + "\(maxDocumentSize) bytes (--max-document-size): coded in parts cut at sentence boundaries, "
                    + "ids \(id), \(id)#2 …"))
            }
            if !blank {
                var text = String(validating: bytes, as: UTF8.self)
                if text == nil {
                    let line = linesBefore + Self.firstInvalidLine(bytes)
                    problem(InputProblem(file: name, line: line, message: "invalid UTF-8: replaced with U+FFFD and coded"))
                    text = String(decoding: bytes, as: UTF8.self)
                }
                part += 1
                var doc = Document(id: part == 1 ? id : "\(id)#\(part)", date: defaultDate, text: text!)
                doc.dateIsDefault = true
                doc.dateUnknown = !defaultDateGiven
                try each(doc)
            }
            linesBefore += lines
            if reader.peek(atLeast: 1).isEmpty { return }
        }
    }

    /// Where to end a part of at most `limit` bytes: after a blank line, else after a sentence's
    /// final punctuation, else at a line break or space, else at a character boundary.
    static func cut(_ window: ArraySlice<UInt8>, limit: Int) -> Int {
        let base = window.startIndex
        let floor = base + limit / 2
        var lineBreak: Int?, sentenceEnd: Int?, space: Int?
        var i = base + limit - 1
        while i > floor {
            let c = window[i]
            if c == 0x0A {
                if window[i - 1] == 0x0A { return i + 1 - base }
                if lineBreak == nil { lineBreak = i + 1 }
            } else if c == 0x20, sentenceEnd == nil {
                let p = window[i - 1]
                if p == UInt8(ascii: ".") || p == UInt8(ascii: "!") || p == UInt8(ascii: "?") { sentenceEnd = i + 1 }
                if space == nil { space = i + 1 }
            }
            i -= 1
        }
        if let end = sentenceEnd ?? lineBreak ?? space { return end - base }
        var end = base + limit
        while end > base + 1 && window[end] & 0xC0 == 0x80 { end -= 1 }
        return end - base
    }

    func readJSONL(_ reader: inout LineReader, name: String, each: (Document) throws -> Void,
                   problem: (InputProblem) -> Void) rethrows {
        while let next = reader.next() {
            let n = reader.lineNumber
            guard case .text(let line) = next else {
                if case .tooLong(let length) = next {
                    problem(InputProblem(file: name, line: n, message: "line of \(length) bytes is over the document "
                        + "limit of \(maxDocumentSize) bytes (--max-document-size): skipped"))
                }
                continue
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            switch document(line, name: name, line: n) {
            case .success(let doc): try each(doc)
            case .failure(let p): problem(p)
            }
        }
    }

    /// One JSONL line as a document, or what is wrong with it.
    ///
    /// ```swift
    /// let doc = try reader.document(Array(#"{"text": "Putin condenó a Ucrania."}"#.utf8)[...], name: "api", line: 1).get()
    /// ```
    public func document(_ line: ArraySlice<UInt8>, name: String, line n: Int) -> Result<Document, InputProblem> {
        func fail(_ m: String) -> Result<Document, InputProblem> { .failure(InputProblem(file: name, line: n, message: m)) }
        let fields: [String: FlatJSON.Value]
        do {
            // The parser checks the UTF-8 of the strings as it makes them: no pass over the line before.
            fields = try FlatJSON.parse(line, validating: true)
        } catch is FlatJSON.InvalidUTF8 {
            return fail("invalid UTF-8: line skipped")
        } catch {
            // Bad UTF-8 is the line's problem even where the syntax fails first.
            if String(validating: line, as: UTF8.self) == nil { return fail("invalid UTF-8: line skipped") }
            return fail("not JSON (\(error)): line skipped")
        }
        guard let value = fields["text"] else { return fail("no \"text\" field: line skipped") }
        guard let text = value.string else { return fail("\"text\" is not a string: line skipped") }
        var date = defaultDate
        if let value = fields["date"] {
            let d: String
            switch value {
            case .string(let s): d = s
            case .number(let s): d = s
            case .bool: return fail("\"date\" is not a date: line skipped")
            }
            guard let parsed = Day(parsing: d.count > 10 ? String(d.prefix(10)) : d) else {
                return fail("date \"\(d)\" is not YYYY-MM-DD or YYYYMMDD: line skipped")
            }
            date = parsed
        }
        var id = "\(name):\(n)"
        switch fields["id"] {
        case .string(let s)?: id = s
        case .number(let s)?: id = s
        case .bool?: return fail("\"id\" is not a string or number: line skipped")
        case nil: break
        }
        var doc = Document(id: id, date: date, text: text, title: fields["title"]?.string,
                           source: fields["source"]?.string, url: fields["url"]?.string, lang: fields["lang"]?.string)
        doc.dateIsDefault = fields["date"] == nil
        doc.dateUnknown = doc.dateIsDefault && !defaultDateGiven
        return .success(doc)
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
