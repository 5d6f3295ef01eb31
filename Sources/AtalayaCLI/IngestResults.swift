import AtalayaStore
import Foundation

/// The outcomes of ingest workers running side by side (`StoreBench`), each writing its own slot.
final class IngestResults: @unchecked Sendable {
    // `@unchecked`: each worker writes only its own index, under the lock.
    private let lock = NSLock()
    private var results: [Result<Ingester.Progress, any Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: Result<Ingester.Progress, any Error>) { lock.withLock { results[i] = r } }

    func all() throws -> [Ingester.Progress] { try lock.withLock { try results.map { try $0!.get() } } }
}
