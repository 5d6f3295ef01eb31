/// How `atalaya serve` runs: where it listens, which store it reads, and who may write.
///
/// ```swift
/// let settings = ServerSettings(database: "events.sqlite", port: 8080, token: "s3cret")
/// ```
public struct ServerSettings: Sendable {
    /// The SQLite store to serve.
    public var database: String
    /// Loopback by default: the API is open to whoever reaches the address.
    public var host: String
    public var port: Int
    /// The bearer token that writing endpoints require; with none, they answer 401.
    public var token: String?
    /// Who the token's holder is, for reviews ("analyst" when not given).
    public var user: String
    /// Request bodies past this many bytes answer 413.
    public var maxBodyBytes: Int

    public init(database: String, host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, user: String = "analyst",
                maxBodyBytes: Int = 2_000_000) {
        self.database = database
        self.host = host
        self.port = port
        self.token = token
        self.user = user
        self.maxBodyBytes = maxBodyBytes
    }

    /// Writing endpoints are served (and the store opened for writing) only with a token.
    public var writable: Bool { token != nil }
}
