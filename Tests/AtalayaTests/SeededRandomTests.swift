import Atalaya
import XCTest

/// The one pseudo-random sequence of the project (benchmarks, store benchmark, robustness tests):
/// its numbers are fixed, so benchmark corpora and randomised tests are the same on every run.
final class SeededRandomTests: XCTestCase {
    func testSequenceIsFixed() {
        var r = SeededRandom(seed: 7)
        XCTAssertEqual(r.next(), 9_098_160_460_397_411_210)
        XCTAssertEqual([r.next(below: 1000), r.next(below: 1000)], [231, 753])
        var again = SeededRandom(seed: 7)
        _ = again.next()
        XCTAssertEqual(again.state, SeededRandom(seed: 7).state &* 6364136223846793005 &+ 1442695040888963407)
    }

    func testBelowStaysInRange() {
        var r = SeededRandom(seed: 1)
        for n in 1...50 { XCTAssertTrue((0..<n).contains(r.next(below: n))) }
    }
}
