import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the validation XML of the PETRARCH family: `<Sentence id date>` records with
/// `<Text>` and `<EventCoding sourcecode targetcode eventcode>` (or `noevents="True"`);
/// records with `evaluate="false"` are skipped.
///
/// ```swift
/// let records = try PetrarchXMLReader().read(url)
/// ```
public final class PetrarchXMLReader: NSObject, XMLParserDelegate {
    private var records = [GoldRecord]()
    private var current: (id: String, date: Day, events: [GoldEvent])?
    private var text = ""
    private var inText = false
    private var skipped = 0

    /// Parses a file record by record: a `<Sentence>` that is not valid XML goes to `problem` with
    /// its line, and the records after it are still read. Throws when the file cannot be read, or
    /// holds no record and is not valid XML.
    public func read(_ url: URL, problem: (InputProblem) -> Void = { _ in }) throws -> (records: [GoldRecord], skipped: Int) {
        records = []
        skipped = 0
        guard let data = try? Data(contentsOf: url), let whole = String(data: data, encoding: .utf8) else {
            throw InputProblem(file: url.path, line: 0, message: "cannot read")
        }
        let chunks = Self.records(in: whole)
        guard !chunks.isEmpty else {
            if let error = parse(whole) { throw InputProblem(file: url.path, line: error.line, message: "not valid XML: \(error.message)") }
            return (records, skipped)
        }
        for (line, chunk) in chunks {
            current = nil
            inText = false
            let before = records.count
            if let error = parse("<records>" + Self.reopened(chunk) + "</records>") {
                records.removeSubrange(before...)  // a record read before the error is not trusted
                problem(InputProblem(file: url.path, line: line,
                                     message: "record not valid XML (at line \(line + error.line - 1)): \(error.message); skipped"))
            }
        }
        return (records, skipped)
    }

    /// The `<Sentence …>…</Sentence>` records of a file, each with the line it starts on.
    static func records(in text: String) -> [(line: Int, text: Substring)] {
        // "<Sentence" then a space, "/" or ">": not "<Sentences>".
        func opening(from i: String.Index) -> String.Index? {
            var search = i
            while let r = text.range(of: "<Sentence", range: search..<text.endIndex) {
                if r.upperBound < text.endIndex, " \t\n\r/>".contains(text[r.upperBound]) { return r.lowerBound }
                search = r.upperBound
            }
            return nil
        }
        var out = [(line: Int, text: Substring)]()
        var line = 1
        var lineAt = text.startIndex
        var search = text.startIndex
        while let start = opening(from: search) {
            line += text[lineAt..<start].reduce(0) { $0 + ($1.isNewline ? 1 : 0) }
            lineAt = start
            let next = opening(from: text.index(after: start)) ?? text.endIndex
            // The last record ends at its closing tag: what follows closes the file's root.
            let end = text.range(of: "</Sentence>", options: .backwards, range: start..<next)?.upperBound ?? next
            out.append((line, text[start..<end]))
            search = next
        }
        return out
    }

    /// PETRARCH-2's GSR file writes `<Sentence … />` and closes it later with `</Sentence>`, as its
    /// own reader allows: such a tag opens the record.
    static func reopened(_ chunk: Substring) -> String {
        guard let close = chunk.firstIndex(of: ">"), close > chunk.startIndex,
              chunk[chunk.index(before: close)] == "/", chunk.contains("</Sentence>") else { return String(chunk) }
        return String(chunk[..<chunk.index(before: close)]) + String(chunk[close...])
    }

    /// Parses one piece of XML into `records`; the line and message of its error, if any.
    private func parse(_ xml: String) -> (line: Int, message: String)? {
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse(), parser.parserError == nil else {
            return (parser.lineNumber, parser.parserError.map { "\($0)" } ?? "parse error")
        }
        return nil
    }

    public func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                       attributes: [String: String] = [:]) {
        switch name {
        case "Sentence":
            if attributes["evaluate"]?.lowercased() == "false" {
                skipped += 1
                current = nil
                return
            }
            let date = attributes["date"].flatMap { Day(parsing: $0) } ?? Day(ordinal: 0)
            current = (attributes["id"] ?? "record-\(records.count + 1)", date, [])
            text = ""
        case "EventCoding":
            guard current != nil, attributes["noevents"]?.lowercased() != "true", let raw = attributes["eventcode"] else { return }
            let codes = GoldEvent.codes(from: raw)
            guard !codes.isEmpty else { return }
            current!.events.append(GoldEvent(codes: codes, source: [attributes["sourcecode"] ?? ""],
                                             target: [attributes["targetcode"] ?? ""]))
        case "Text":
            inText = current != nil
        default: break
        }
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { text += string }
    }

    public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "Text" { inText = false }
        if name == "Sentence", let c = current {
            records.append(GoldRecord(id: c.id, date: c.date, text: Self.clean(text), events: c.events))
            current = nil
        }
    }

    /// Drops the "20000430<TAB>20000430_NYN_P1_P10320 | " prefix some wire records carry, and
    /// joins the lines of the text.
    static func clean(_ raw: String) -> String {
        var t = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let bar = t.range(of: " | "), t.prefix(8).allSatisfy(\.isNumber), t.distance(from: t.startIndex, to: bar.lowerBound) < 60 {
            t = String(t[bar.upperBound...])
        }
        return t.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
