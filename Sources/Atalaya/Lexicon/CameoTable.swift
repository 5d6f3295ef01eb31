/// CAMEO event codes with Goldstein scores, quad classes and PLOVER equivalents,
/// from `cameo/codes.tsv` (see `cameo/SOURCES.md`).
///
/// ```swift
/// lexicon.cameo.info("051")?.goldstein  // 3.4
/// ```
public struct CameoTable: Sendable {
    public struct Info: Sendable {
        public var code: String
        public var name: String
        public var goldstein: Double
        /// GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
        public var quad: Int
        public var ploverEvent: String?
        public var ploverMode: String?
    }

    private var codes: [String: Info] = [:]
    /// Codes of three or four ASCII digits (all of CAMEO's) by `number(_:)` → index in `listed`, -1
    /// for none: looked up for every event written, where hashing the string cost more than the
    /// rest of the lookup.
    private var byNumber = [Int32](repeating: -1, count: 11_000)
    private var listed: [Info] = []
    /// Code → the code of announcing it for the future (`cameo/intents.tsv`: a visit to come is 036).
    private var intents: [String: String] = [:]
    /// Codes and code prefixes of events that are always against someone (`cameo/targeted.tsv`).
    private var targeted: [String] = []
    /// Codes and code prefixes of verbal events addressed, when they name no one, to an agent of
    /// the source's own country (`cameo/addressed.tsv`: criticism with no target is of the government).
    private var addressed: [(prefix: String, agent: String)] = []

    public init(_ file: DataFile) throws {
        for row in file.rows {
            guard row[0].count >= 3, row[0].allSatisfy(\.isNumber), let g = Double(row[2]), let q = Int(row[3]),
                  (1...4).contains(q) else {
                throw file.error(row, "expected: code, name, goldstein, quad (1-4), plover event, plover mode")
            }
            codes[row[0]] = Info(code: row[0], name: row[1], goldstein: g, quad: q,
                                 ploverEvent: row[4].isEmpty ? nil : row[4], ploverMode: row[5].isEmpty ? nil : row[5])
        }
        for (code, info) in codes.sorted(by: { $0.key < $1.key }) {
            guard let k = Self.number(code) else { continue }
            byNumber[k] = Int32(listed.count)
            listed.append(info)
        }
    }

    /// A code of three or four ASCII digits as an index into `byNumber`; nil for any other text.
    @inline(__always)
    static func number(_ code: String) -> Int? {
        var n = 0, length = 0
        for c in code.utf8 {
            guard c >= 0x30 && c <= 0x39 && length < 4 else { return nil }
            n = n * 10 + Int(c &- 0x30)
            length += 1
        }
        guard length >= 3 else { return nil }
        return length == 3 ? n : 1000 + n
    }

    public func info(_ code: String) -> Info? {
        guard let k = Self.number(code) else { return codes[code] }
        let i = byNumber[k]
        return i < 0 ? nil : listed[Int(i)]
    }

    /// The code of an event announced for the future: "visitará Colombia" is an intent to meet (036)
    /// where the visit itself is 042. The code itself when no intent is listed.
    public func intent(of code: String) -> String { intents[code] ?? code }

    /// Reads `cameo/intents.tsv`: code <TAB> code of its announcement, both known codes.
    mutating func addIntents(_ file: DataFile) throws {
        for row in file.rows {
            guard isValid(row[0]), isValid(row[1]) else { throw file.error(row, "expected: two known CAMEO codes") }
            intents[row[0]] = row[1]
        }
    }

    /// Whether an event of this code is always done to someone (an attack, a threat, a sanction):
    /// its root, or the code or one it refines, is listed in `cameo/targeted.tsv` ("19" covers 190
    /// and 1951; a few lines: searched, not hashed by every prefix).
    public func needsTarget(_ code: String) -> Bool {
        targeted.contains { code.hasPrefix($0) }
    }

    /// Reads `cameo/targeted.tsv`: a CAMEO root (two digits) or a known code a line.
    mutating func addTargeted(_ file: DataFile) throws {
        for row in file.rows {
            guard isValid(row[0]) || row[0].count == 2 && isValid(row[0] + "0") else { throw file.error(row, "expected: a CAMEO root or code") }
            targeted.append(row[0])
        }
    }

    /// The agent of its own country that an event naming no one is addressed to (`cameo/addressed.tsv`),
    /// or nil: a few lines, searched.
    public func addressee(of code: String) -> String? {
        addressed.first { code.hasPrefix($0.prefix) }?.agent
    }

    /// Reads `cameo/addressed.tsv`: a CAMEO root or code, and an agent code.
    mutating func addAddressed(_ file: DataFile) throws {
        for row in file.rows {
            guard isValid(row[0]) || row[0].count == 2 && isValid(row[0] + "0"),
                  row[1].count == 3, Self.isActorCodeShape(row[1]) else {
                throw file.error(row, "expected: a CAMEO root or code, an agent code")
            }
            addressed.append((row[0], row[1]))
        }
    }

    public func isValid(_ code: String) -> Bool { codes[code] != nil }

    public var all: [Info] { codes.values.sorted { $0.code < $1.code } }

    /// Loose shape check for actor codes: upper-case letters in groups of three ("RUS", "RUSGOV", "IGOUNOWFP").
    public static func isActorCodeShape(_ code: String) -> Bool {
        !code.isEmpty && code.utf8.count % 3 == 0 && code.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }
}
