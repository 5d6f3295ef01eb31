/// Counts (and sums) per key, the keys kept in the order first seen, so a batch writes its
/// summary rows in the same order every run (`SummaryTally`, `PlaceTally`).
///
/// ```swift
/// var days = OrderedTally<String>()
/// days.add("2023-09-13", sum: -2); days.add("2023-09-13")
/// days.rows  // [("2023-09-13", 2, -2.0)]
/// ```
struct OrderedTally<Key: Hashable> {
    private var slots = [Key: Int]()
    private(set) var keys = [Key]()
    private var counts = [Int](), sums = [Double]()

    /// Counts `key` once more, adding `sum` to its sum.
    mutating func add(_ key: Key, sum: Double = 0) {
        if let slot = slots[key] {
            counts[slot] += 1
            sums[slot] += sum
            return
        }
        slots[key] = keys.count
        keys.append(key)
        counts.append(1)
        sums.append(sum)
    }

    /// Each key with its count and sum, in the order first seen.
    var rows: [(key: Key, count: Int, sum: Double)] {
        keys.indices.map { (keys[$0], counts[$0], sums[$0]) }
    }
}
