import Atalaya
import XCTest

/// Coding batches on several threads (issue 8.1: a batch smaller than the split crashed).
final class BatchTests: XCTestCase {
    /// Documents of very different sizes: one sentence up to a few hundred.
    func documents(_ n: Int) -> [Document] {
        (0..<n).map { i in
            let sentence = i % 2 == 0 ? "Putin condenó a Ucrania. " : "Kim Jong-un se reunió con Putin en Vladivostok. "
            return Document(id: "d\(i)", date: Shared.day, text: String(repeating: sentence, count: 1 + (i * 37) % 300))
        }
    }

    func summary(_ docs: [Document]) -> [String] {
        docs.map { "\($0.id) \($0.events.count) \($0.events.first?.code ?? "-")" }
    }

    func testAnyJobsOnAnyBatchGivesTheSequentialResult() {
        for n in [0, 1, 2, 3, 5, 17] {
            var sequential = documents(n)
            for i in sequential.indices { Shared.coder.code(&sequential[i]) }
            for jobs in [Int.min, -1, 0, 1, 2, 3, 4, 7, 64, Int.max] {
                var docs = documents(n)
                Shared.coder.code(&docs, jobs: jobs)
                XCTAssertEqual(summary(docs), summary(sequential), "\(n) documents, jobs \(jobs)")
            }
        }
    }

    func testPipeBatchesByCountAndBytesAndKeepsOrder() {
        var sizes = [Int]()
        var ids = [String]()
        var pipe = CodingPipe<Void>(coder: Shared.coder, jobs: 3, batchDocuments: 4, batchBytes: 2_000)
        let deliver: ([Document]) -> Void = { batch in
            sizes.append(batch.count)
            ids += batch.map(\.id)
            XCTAssertTrue(batch.allSatisfy { !$0.tokens.isEmpty }, "delivered batches are coded")
        }
        let docs = documents(11)
        for d in docs { pipe.add(d, deliver: deliver) }
        pipe.finish(deliver: deliver)
        XCTAssertEqual(ids, docs.map(\.id))
        XCTAssertTrue(sizes.allSatisfy { $0 <= 4 })
        XCTAssertGreaterThan(sizes.count, 3, "the byte bound ends batches early: \(sizes)")
    }
}
