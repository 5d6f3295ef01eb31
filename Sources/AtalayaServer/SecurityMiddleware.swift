import Hummingbird

/// What every answer carries against a hostile page in the same browser: a Content Security
/// Policy that lets the dashboard load only its own files (news text that slipped into the page
/// as HTML still could not run), no MIME sniffing, no framing. And, when the server listens on
/// loopback, requests must name a loopback host: a web page that points a name of its own at
/// 127.0.0.1 (DNS rebinding) is refused before it reads anything.
///
/// ```swift
/// router.add(middleware: SecurityMiddleware(loopbackOnly: true))
/// ```
struct SecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    let loopbackOnly: Bool
    static var policy: String {
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    }

    /// Whether `host` (the value of a Host header, with or without its port) names this machine.
    static func isLoopback(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") {
            name = String(name.dropFirst().prefix { $0 != "]" })
        } else if let colon = name.lastIndex(of: ":"), name.firstIndex(of: ":") == colon {
            name = String(name[..<colon])
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        let ipv4 = parts.count == 4 && parts.allSatisfy { UInt8($0) != nil }
        return name == "localhost" || name == "::1" || (ipv4 && parts[0] == "127")
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if loopbackOnly, let host = request.head.authority, !Self.isLoopback(host) {
            throw APIError(.forbidden, "this server answers requests for 127.0.0.1 or localhost only", parameter: "Host")
        }
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }
}
