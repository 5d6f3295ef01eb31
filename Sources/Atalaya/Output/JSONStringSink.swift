/// A JSON writer that takes strings as text or as bytes already known to be UTF-8: the line
/// writer (`JSONWriter`) and the event-line cursor (`JSONCursor`), so that text cut from a
/// document is written one way for both.
///
/// ```swift
/// EventJSON.text(0, 5, of: doc, &writer)  // any JSONStringSink
/// ```
protocol JSONStringSink {
    /// Valid UTF-8 as a quoted, escaped string.
    mutating func string(utf8 u: UnsafeRawBufferPointer)
    /// A string, quoted and escaped.
    mutating func string(_ s: String)
}

extension JSONWriter: JSONStringSink {}
extension JSONCursor: JSONStringSink {}
