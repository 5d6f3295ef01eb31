import Foundation
import Hummingbird

/// The request context of Atalaya's routes: JSON out with snake_case keys in a stable order,
/// as the store's columns and the command line's JSON are written. The keys are the types'
/// own `CodingKeys` (a key strategy would rewrite every key of every answer, at a cost).
///
/// ```swift
/// let router = Router(context: APIContext.self)
/// ```
public struct APIContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    public var responseEncoder: JSONEncoder { Self.makeEncoder() }

    /// The API's JSON: keys sorted, slashes as they are.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
