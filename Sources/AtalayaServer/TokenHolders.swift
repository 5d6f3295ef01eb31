import Atalaya
import Foundation

/// The server's bearer tokens and who holds each, from `--token USER:TOKEN` values or from a
/// file of such lines (`--token-file`: `#` starts a comment; blank lines are skipped), which
/// keeps the tokens out of the process list and the shell history.
///
/// ```swift
/// try TokenHolders.parse(["ana:s3cret-token"])       // ["s3cret-token": "ana"]
/// try TokenHolders.read(file: "/etc/atalaya/tokens") // the same from lines of a file
/// ```
public enum TokenHolders {
    /// Tokens shorter than this are refused: they could be guessed.
    public static let minimumLength = 8

    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    /// "ana:s3cret-token" → (ana, s3cret-token); a token alone is held by "analyst".
    public static func split(_ value: String) -> (user: String, token: String) {
        guard let colon = value.firstIndex(of: ":"), colon != value.startIndex else { return ("analyst", value) }
        return (String(value[..<colon]), String(value[value.index(after: colon)...]))
    }

    /// The holders of `values`, by token; a short token is an error naming `origin`.
    public static func parse(_ values: [String], origin: (Int) -> String = { _ in "--token" }) throws -> [String: String] {
        var holders = [String: String]()
        for (i, value) in values.enumerated() {
            let (user, token) = split(value)
            guard token.count >= minimumLength else {
                throw Invalid(description: "\(origin(i)): a token has at least \(minimumLength) characters")
            }
            holders[token] = user
        }
        return holders
    }

    /// The holders listed in a file, one `USER:TOKEN` (or `TOKEN`) a line.
    public static func read(file path: String) throws -> [String: String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Invalid(description: "--token-file \(path): cannot be read as UTF-8 text")
        }
        let entries = ListFile.entries(text)
        return try parse(entries.map(\.value)) { "\(path):\(entries[$0].line)" }
    }
}
