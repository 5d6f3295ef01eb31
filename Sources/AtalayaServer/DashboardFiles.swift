import Foundation
import Hummingbird

/// The dashboard: static files bundled with the server (HTML, CSS, JavaScript, the OpenAPI
/// document), read once at start and served from memory. No build step, no CDN.
struct DashboardFiles: Sendable {
    let files: [String: (type: String, bytes: [UInt8])]

    static let types = ["html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
                        "json": "application/json", "svg": "image/svg+xml", "png": "image/png", "txt": "text/plain; charset=utf-8"]

    init() throws {
        guard let dir = Bundle.module.url(forResource: "Dashboard", withExtension: nil) else {
            throw APIError(.internalServerError, "the dashboard's files are missing from the build")
        }
        var files = [String: (String, [UInt8])]()
        let names = try FileManager.default.subpathsOfDirectory(atPath: dir.path)
        for name in names {
            let url = dir.appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue else { continue }
            files["/" + name] = (Self.types[url.pathExtension] ?? "application/octet-stream", Array(try Data(contentsOf: url)))
        }
        self.files = files
    }

    func add(to router: Router<APIContext>) {
        router.get("/") { _, _ in try file("/index.html") }
        router.get("/api/openapi.json") { _, _ in try file("/openapi.json") }
        router.get("/static/**") { request, _ in try file(String(request.uri.path.dropFirst("/static".count))) }
    }

    func file(_ path: String) throws -> Response {
        guard let f = files[path] else { throw APIError(.notFound, "no such file", parameter: "path") }
        return Response(status: .ok, headers: [.contentType: f.type, .cacheControl: "no-cache",
                                                .init("X-Content-Type-Options")!: "nosniff"],
                        body: .init(byteBuffer: ByteBuffer(bytes: f.bytes)))
    }
}
