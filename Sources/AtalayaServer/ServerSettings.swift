/// How `atalaya serve` runs: where it listens, which store it reads, and who may write.
///
/// ```swift
/// let settings = ServerSettings(database: "events.sqlite", port: 8080, tokens: ["s3cret-token": "ana"])
/// ```
public struct ServerSettings: Sendable {
    /// The SQLite store to serve.
    public var database: String
    /// Loopback by default: the API is open to whoever reaches the address.
    public var host: String
    public var port: Int
    /// The bearer tokens that writing endpoints accept, each with the name of its holder (who
    /// reviews are stored under); with none, writes answer 401.
    public var tokens: [String: String]
    /// Request bodies past this many bytes answer 413.
    public var maxBodyBytes: Int
    /// Events an export reads from the store at a time.
    public var exportPageSize = 1000
    /// Requests waiting for the store at most; more answer 503 at once.
    public var maxPending = 4096
    /// Bytes of answers kept while the store does not change (0: none kept).
    public var cacheBytes = 64 << 20

    public init(database: String, host: String = "127.0.0.1", port: Int = 8080, tokens: [String: String] = [:],
                maxBodyBytes: Int = 2_000_000) {
        self.database = database
        self.host = host
        self.port = port
        self.tokens = tokens
        self.maxBodyBytes = maxBodyBytes
    }

    /// Writing endpoints are served (and the store opened for writing) only with a token.
    ///
    /// ```swift
    /// ServerSettings(database: "events.sqlite").writable  // false: read-only
    /// ```
    public var writable: Bool { !tokens.isEmpty }
}
