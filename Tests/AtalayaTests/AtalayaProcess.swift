import Foundation
import XCTest

/// Runs the built `atalaya` binary (CI builds it before testing), for tests of the command line.
enum AtalayaProcess {
    static func binary() throws -> URL {
        let url = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("atalaya")
        guard FileManager.default.isExecutableFile(atPath: url.path) else { throw XCTSkip("atalaya not built: run swift build") }
        return url
    }

    /// Runs `atalaya args…` with `stdin`; standard output goes to `stdout` when given (a path such as /dev/full).
    /// `environment` adds to (or overrides) this process's environment.
    static func run(_ args: [String], stdin: String = "", stdout: String? = nil, in directory: URL? = nil,
                    environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = try binary()
        if let directory { p.currentDirectoryURL = directory }
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        p.arguments = args
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        p.standardInput = inPipe
        if let stdout {
            p.standardOutput = FileHandle(forWritingAtPath: stdout)
        } else {
            p.standardOutput = outPipe
        }
        p.standardError = errPipe
        try p.run()
        inPipe.fileHandleForWriting.write(Data(stdin.utf8))
        try inPipe.fileHandleForWriting.close()
        let out = stdout == nil ? outPipe.fileHandleForReading.readDataToEndOfFile() : Data()
        let err = errPipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// A fresh temporary directory, removed by the caller.
    static func directory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
