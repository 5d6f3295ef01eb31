/// Reduces HTML to plain text: tags dropped (block tags become line breaks), scripts and styles
/// removed, character references decoded.
///
/// ```swift
/// HTMLText.plain("<p>Kim &amp; Putin</p><p>se reunieron</p>")  // "Kim & Putin\nse reunieron"
/// ```
public enum HTMLText {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "laquo": "«", "raquo": "»",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "hellip": "…", "mdash": "—", "ndash": "–",
        "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º", "deg": "°", "euro": "€",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "uuml": "ü",
        "Aacute": "Á", "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú", "Ntilde": "Ñ", "Uuml": "Ü",
        "agrave": "à", "egrave": "è", "ograve": "ò", "ccedil": "ç", "atilde": "ã", "otilde": "õ", "acirc": "â",
        "ecirc": "ê", "ocirc": "ô", "auml": "ä", "ouml": "ö", "szlig": "ß",
    ]
    static let blocks: Set<String> = ["p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article"]

    public static func plain(_ html: String) -> String {
        var out = ""
        var i = html.startIndex
        while i < html.endIndex {
            let c = html[i]
            if c == "<" {
                guard let close = html[i...].firstIndex(of: ">") else { break }
                let tag = html[html.index(after: i)..<close]
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                if (name == "script" || name == "style") && !tag.hasPrefix("/") {
                    // Skip to the closing tag.
                    if let end = html.range(of: "</\(name)", options: .caseInsensitive, range: close..<html.endIndex) {
                        i = html[end.upperBound...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
                        continue
                    }
                }
                if blocks.contains(name) && !out.hasSuffix("\n") { out += "\n" }
                i = html.index(after: close)
            } else if c == "&", let semi = html[i...].prefix(12).firstIndex(of: ";") {
                let ref = html[html.index(after: i)..<semi]
                if let s = decode(ref) {
                    out += s
                    i = html.index(after: semi)
                } else {
                    out.append(c)
                    i = html.index(after: i)
                }
            } else {
                out.append(c)
                i = html.index(after: i)
            }
        }
        // Collapse runs of spaces inside lines.
        return out.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ") }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    static func decode(_ ref: Substring) -> String? {
        if ref.hasPrefix("#x") || ref.hasPrefix("#X"), let v = UInt32(ref.dropFirst(2), radix: 16), let u = UnicodeScalar(v) {
            return String(Character(u))
        }
        if ref.hasPrefix("#"), let v = UInt32(ref.dropFirst()), let u = UnicodeScalar(v) { return String(Character(u)) }
        return named[String(ref)]
    }
}

import Foundation
