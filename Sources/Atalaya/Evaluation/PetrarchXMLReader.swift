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

    /// Parses a file; throws with the line of the first XML error.
    public func read(_ url: URL) throws -> (records: [GoldRecord], skipped: Int) {
        records = []
        skipped = 0
        guard let parser = XMLParser(contentsOf: url) else {
            throw InputProblem(file: url.path, line: 0, message: "cannot read")
        }
        parser.delegate = self
        guard parser.parse() else {
            throw InputProblem(file: url.path, line: parser.lineNumber,
                               message: "not valid XML: \(parser.parserError.map { "\($0)" } ?? "parse error")")
        }
        return (records, skipped)
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
