import Atalaya
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads RSS 2.0 and Atom feeds saved as files: each item becomes a document whose text is its
/// title and its content (or description) reduced from HTML, with its link as url and its
/// publication date as date. An item without a publication date that parses is dated
/// `defaultDate`, with `dateNote` saying so.
///
/// ```swift
/// let items = FeedReader(defaultDate: day).read(url) { problem in print(problem) }
/// ```
public final class FeedReader: NSObject, XMLParserDelegate {
    public struct Item: Sendable {
        public var document: Document
        /// The item carried its own id (guid, Atom id or link).
        public var explicitID: Bool
        /// The line where the item ends.
        public var line: Int
        /// Why the item is dated `defaultDate`: no publication date, or one that does not parse.
        public var dateNote: String?
    }

    let defaultDate: Day
    private var items = [Item]()
    private var fields = [String: String]()
    private var inItem = false
    private var text = ""
    private var link: String?
    private var depth = 0
    /// Set at the first XML error: what the parser recovers after it is not kept.
    private var broken = false
    private var errorLine = 0

    public init(defaultDate: Day) { self.defaultDate = defaultDate }

    /// Whether bytes look like a feed.
    public static func isFeed(_ head: [UInt8]) -> Bool {
        let s = String(decoding: head.prefix(2048), as: UTF8.self)
        return s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:RDF")
    }

    /// The feed's items; an XML error is reported with its line, and the items before it are kept.
    public func read(_ url: URL, problem: (InputProblem) -> Void) -> [Item] {
        guard let data = try? Data(contentsOf: url) else {
            problem(InputProblem(file: url.path, line: 0, message: "cannot read"))
            return []
        }
        return read(data, name: url.path, problem: problem)
    }

    /// The items of a feed in memory (fetched over HTTP); problems name it `name`.
    ///
    /// ```swift
    /// let items = FeedReader(defaultDate: .today()).read(body, name: "https://example.org/rss") { print($0) }
    /// ```
    public func read(_ data: Data, name: String, problem: (InputProblem) -> Void) -> [Item] {
        items = []
        depth = 0
        inItem = false
        broken = false
        let parser = XMLParser(data: data)
        parser.delegate = self
        let kept = { self.items.isEmpty ? "" : " (the \(self.items.count) item\(self.items.count == 1 ? "" : "s") before it kept)" }
        if !parser.parse() {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "XML error"
            problem(InputProblem(file: name, line: broken ? errorLine : parser.lineNumber, message: "broken feed: \(reason)\(kept())"))
        } else if depth != 0 {
            // An unfinished file parses "successfully" on some platforms: the root must be closed.
            problem(InputProblem(file: name, line: parser.lineNumber,
                                 message: "broken feed: the file ends inside an element\(kept())"))
        }
        return items
    }

    public func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                       attributes: [String: String] = [:]) {
        depth += 1
        if name == "item" || name == "entry" {
            inItem = true
            fields = [:]
            link = nil
        }
        if inItem && name == "link", let href = attributes["href"], attributes["rel"] == nil || attributes["rel"] == "alternate" {
            link = href
        }
        text = ""
    }

    public func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if !broken { errorLine = parser.lineNumber }
        broken = true
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    public func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

    public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        guard inItem else { return }
        let key = qualifiedName ?? name
        if name == "item" || name == "entry" {
            inItem = false
            finish(line: parser.lineNumber)
            return
        }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !value.isEmpty && fields[key] == nil { fields[key] = value }
        text = ""
    }

    func finish(line: Int) {
        guard !broken else { return }
        let title = fields["title"].map(HTMLText.plain) ?? ""
        let body = HTMLText.plain(fields["content:encoded"] ?? fields["content"] ?? fields["description"] ?? fields["summary"] ?? "")
        let url = link ?? fields["link"]
        let id = fields["guid"] ?? fields["id"] ?? url
        let given = fields["pubDate"] ?? fields["published"] ?? fields["updated"] ?? fields["dc:date"]
        let date = given.flatMap(Self.date)
        let text = title.isEmpty ? body : body.isEmpty ? title : title + "\n\n" + body
        guard !text.isEmpty else { return }
        var doc = Document(id: id ?? "", date: date ?? defaultDate, text: text, title: title.isEmpty ? nil : title, url: url)
        doc.dateIsDefault = date == nil
        let note = date != nil ? nil : given.map { "publication date \"\($0.prefix(40))\" does not parse" } ?? "no publication date"
        items.append(Item(document: doc, explicitID: id != nil, line: line, dateNote: note))
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// "Wed, 13 Sep 2023 10:00:00 GMT" (RSS) or "2023-09-13T10:00:00Z" (Atom).
    static func date(_ s: String) -> Day? {
        if let d = Day(parsing: s.prefix(10)) { return d }
        let parts = s.split(whereSeparator: { $0 == " " || $0 == "," })
        var day: Int?, month: Int?, year: Int?
        for p in parts {
            if let n = Int(p) {
                if n > 31 { year = n } else if day == nil { day = n }
            } else if let m = months.firstIndex(of: String(p.prefix(3)).lowercased()) {
                month = m + 1
            }
        }
        guard let day, let month, let year else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
