import Foundation
import Hummingbird

/// An error the API answers with: a status and a JSON body naming what was wrong
/// (`{"error": "…", "parameter": "limit"}`), never an HTML page or a stack trace.
///
/// ```swift
/// throw APIError(.badRequest, "must be a number from 1 to 1000", parameter: "limit")
/// ```
public struct APIError: HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let message: String
    public let parameter: String?

    public init(_ status: HTTPResponse.Status, _ message: String, parameter: String? = nil) {
        self.status = status
        self.message = message
        self.parameter = parameter
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var body: [String: String] = ["error": message]
        if let parameter { body["parameter"] = parameter }
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data("{}".utf8)
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
