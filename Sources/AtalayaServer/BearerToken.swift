import Hummingbird

/// The check of every endpoint that writes: `Authorization: Bearer TOKEN` with the server's
/// tokens; a server started without any refuses all writes (401).
struct BearerToken {
    let settings: ServerSettings

    init(_ settings: ServerSettings) { self.settings = settings }

    /// The name of the token's holder; 401 without a known token.
    @discardableResult
    func check(_ request: Request) throws -> String {
        guard !settings.tokens.isEmpty else { throw APIError(.unauthorized, "this server takes no writes (started without --token)") }
        if let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") {
            let given = Array(header.utf8.dropFirst(7))
            // Every token compared, whichever matches: the time taken tells nothing.
            var user: String?
            for (token, holder) in settings.tokens where Self.same(given, Array(token.utf8)) { user = holder }
            if let user { return user }
        }
        throw APIError(.unauthorized, "a write needs the header Authorization: Bearer TOKEN with one of the server's tokens")
    }

    /// Compares in time independent of where the first difference is, and of the given
    /// token's length: every byte of the longer is read.
    static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var diff = UInt8(truncatingIfNeeded: a.count ^ b.count) | (a.count == b.count ? 0 : 1)
        for i in 0..<max(a.count, b.count) { diff |= (i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0) }
        return diff == 0
    }
}
