/// Where a text value of a row lies in its document's bytes (UTF-8): the stores read it from
/// there (`DocumentRows.string`, `BulkInsert.add(_:in:)`) rather than each row owning a copy,
/// which cost more than storing the row.
///
/// ```swift
/// let span = TextSpan(start: 0, end: 5)
/// rows.string(span)  // "Kim y"
/// ```
public struct TextSpan: Sendable, Equatable {
    public var start: Int32, end: Int32

    public init(start: Int, end: Int) {
        (self.start, self.end) = (Int32(start), Int32(end))
    }
}
