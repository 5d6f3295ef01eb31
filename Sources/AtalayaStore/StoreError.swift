/// Why a store cannot be used, in words for a one-line message.
///
/// ```swift
/// do { _ = try EventStore(path: "typo.db", cameo: cameo, access: .read) }
/// catch let e as StoreError { print(e) }  // "typo.db: no such store (run atalaya ingest first, or check --db)"
/// ```
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// A query named a database that does not exist.
    case missing(path: String)
    /// The file is not an Atalaya store (another program's database, or not SQLite at all).
    case notAStore(path: String, reason: String)
    /// SQLite could not open or read it.
    case cannotOpen(path: String, reason: String)
    /// SQLite failed on a store that opened (a disk full, a lock held past the busy timeout).
    case failed(path: String, reason: String)
    /// A query, or its parameters, is not valid.
    case badQuery(String)

    public var description: String {
        switch self {
        case let .missing(path): return "\(path): no such store (run atalaya ingest first, or check --db)"
        case let .notAStore(path, reason): return "\(path): not an Atalaya store (\(reason)): refused, nothing written"
        case let .cannotOpen(path, reason): return "\(path): cannot open the store: \(reason)"
        case let .failed(path, reason): return "\(path): \(reason)"
        case let .badQuery(message): return message
        }
    }
}
