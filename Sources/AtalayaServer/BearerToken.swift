import Hummingbird

/// The check of every endpoint that writes: `Authorization: Bearer TOKEN` with the server's
/// token; a server started without one refuses all writes (401).
struct BearerToken {
    let settings: ServerSettings

    init(_ settings: ServerSettings) { self.settings = settings }

    func check(_ request: Request) throws {
        guard let token = settings.token else { throw APIError(.unauthorized, "this server takes no writes (started without --token)") }
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
              Self.same(Array(header.utf8.dropFirst(7)), Array(token.utf8)) else {
            throw APIError(.unauthorized, "a write needs the header Authorization: Bearer TOKEN with the server's token")
        }
    }

    /// Compares in time independent of where the first difference is.
    static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var diff: UInt8 = 0
        for i in a.indices { diff |= a[i] ^ b[i] }
        return diff == 0
    }
}
