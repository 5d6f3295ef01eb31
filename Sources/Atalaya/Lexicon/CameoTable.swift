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
    /// Code → the code of announcing it for the future (`cameo/intents.tsv`: a visit to come is 036).
    private var intents: [String: String] = [:]

    public init(_ file: DataFile) throws {
        for row in file.rows {
            guard row[0].count >= 3, row[0].allSatisfy(\.isNumber), let g = Double(row[2]), let q = Int(row[3]),
                  (1...4).contains(q) else {
                throw file.error(row, "expected: code, name, goldstein, quad (1-4), plover event, plover mode")
            }
            codes[row[0]] = Info(code: row[0], name: row[1], goldstein: g, quad: q,
                                 ploverEvent: row[4].isEmpty ? nil : row[4], ploverMode: row[5].isEmpty ? nil : row[5])
        }
    }

    public func info(_ code: String) -> Info? { codes[code] }

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

    public func isValid(_ code: String) -> Bool { codes[code] != nil }

    public var all: [Info] { codes.values.sorted { $0.code < $1.code } }

    /// Loose shape check for actor codes: upper-case letters in groups of three ("RUS", "RUSGOV", "IGOUNOWFP").
    public static func isActorCodeShape(_ code: String) -> Bool {
        !code.isEmpty && code.utf8.count % 3 == 0 && code.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }
}
