/// A calendar day, stored as days since 1970-01-01 (proleptic Gregorian).
///
/// ```swift
/// let d = Day(parsing: "2023-09-13")!
/// d.adding(days: -1).description  // "2023-09-12"
/// ```
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var ordinal: Int32

    public init(ordinal: Int32) { self.ordinal = ordinal }

    /// Builds a day from year, month and day; nil when the triple is not a real date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year),
              (1...9999).contains(year) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = Int32(era * 146097 + doe - 719468)
    }

    /// Parses `YYYY-MM-DD` or `YYYYMMDD`.
    public init?(parsing s: some StringProtocol) {
        let b = Array(s.utf8)
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { guard b[i] >= 48, b[i] <= 57 else { return nil }; v = v * 10 + Int(b[i] - 48) }
            return v
        }
        let parts: (Range<Int>, Range<Int>, Range<Int>)
        if b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") {
            parts = (0..<4, 5..<7, 8..<10)
        } else if b.count == 8 {
            parts = (0..<4, 4..<6, 6..<8)
        } else { return nil }
        guard let y = num(parts.0), let m = num(parts.1), let d = num(parts.2) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Year, month and day of this date.
    public var civil: (year: Int, month: Int, day: Int) {
        let z = Int(ordinal) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// 0 = Monday ... 6 = Sunday.
    public var weekday: Int { Int(((Int(ordinal) % 7) + 7 + 3) % 7) }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + Int32(days)) }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    public var description: String {
        let c = civil
        // Every event prints its date: write the ten bytes at once when the year has four digits.
        if (0...9999).contains(c.year) {
            return String(unsafeUninitializedCapacity: 10) { b in
                func put(_ v: Int, at: Int, width: Int) {
                    var v = v
                    for k in stride(from: at + width - 1, through: at, by: -1) {
                        b[k] = UInt8(ascii: "0") + UInt8(v % 10)
                        v /= 10
                    }
                }
                put(c.year, at: 0, width: 4)
                b[4] = UInt8(ascii: "-")
                put(c.month, at: 5, width: 2)
                b[7] = UInt8(ascii: "-")
                put(c.day, at: 8, width: 2)
                return 10
            }
        }
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    /// Today in UTC, for documents given without a date.
    public static func today() -> Day {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Day(ordinal: Int32(t.tv_sec / 86400))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
