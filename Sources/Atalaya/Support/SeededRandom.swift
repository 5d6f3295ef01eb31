/// A fixed pseudo-random sequence (a 64-bit linear congruential generator, Knuth's MMIX
/// constants): the same numbers on every run and every machine, for synthetic benchmark input
/// and randomised tests that must be repeatable. Not for anything that needs real randomness.
///
/// ```swift
/// var r = SeededRandom(seed: 7)
/// let i = r.next(below: 10)  // 0..<10, the same every run
/// ```
public struct SeededRandom: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next state, all 64 bits (its low bits are weak: use `next(below:)` for small ranges).
    public mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }

    /// A number in `0..<n` from the state's high bits; `n` must be positive.
    public mutating func next(below n: Int) -> Int {
        Int((next() >> 33) % UInt64(n))
    }
}
