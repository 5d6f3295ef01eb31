import Foundation
import Hummingbird

/// The request context of Atalaya's routes: JSON out with snake_case keys in a stable order,
/// as the store's columns and the command line's JSON are written.
///
/// ```swift
/// let router = Router(context: APIContext.self)
/// ```
public struct APIContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    public var responseEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
