/// A CAMEO actor code, parsed once from its text form: a root of three letters (a country or
/// region, or an organisation kind), then three-letter parts.
///
/// - State: a country or region root, then agents: "RUS", "RUSGOV", "COLMILREB", "LAM".
/// - Organisation: IGO, NGO or MNC first. The parts after them name the organisation, they are
///   not agents: "IGOUNO" (the UN), "IGOUNOHCR" (its refugee agency), "NGOHRW", bare "IGO".
///   After a root they are agents like any other ("KENNGO", a Kenyan NGO), as in CAMEO.
/// - Agents alone, no root: "CVL", "GOVMIL", or with PETRARCH's mark "~CVL". Telling "CVL" (an
///   agent) from "COL" (a country) needs CAMEO's agent table, which the parser is given.
/// - Unknown: "---", the actor the text does not name. Empty: "", no actor at all.
/// - Group: "PRKGOV+RUSGOV", coordinated actors, each a code of its own (`members`).
///
/// `description` is the text form, exactly as parsed (surrounding spaces dropped), so printing
/// a parsed code gives back its bytes. Text that is not CAMEO's shape ("rus", "RUSGO") still
/// parses, cut in threes like a state, and `isWellFormed` is false; nothing traps.
///
/// ```swift
/// let c = ActorCode("IGOUNOHCR", agents: lexicon.cameoAgents)
/// c.kind            // .organization
/// c.root            // "IGO"
/// c.organization    // "UNOHCR"
/// ActorCode("COLMIL", agents: lexicon.cameoAgents).agents  // ["MIL"]
/// ```
public struct ActorCode: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: UInt8, Sendable {
        /// A country or region root, then agents.
        case state
        /// IGO, NGO or MNC, then the organisation's own parts.
        case organization
        /// Agents with no root ("CVL", "~CVL").
        case agents
        /// "---": someone the text does not name.
        case unknown
        /// "": no actor.
        case empty
        /// Coordinated actors joined with "+".
        case group
    }

    /// The roots that make an organisation code when they come first.
    public static let organizationRoots: Set<String> = ["IGO", "NGO", "MNC"]
    /// The unknown actor's code.
    public static let unknown = ActorCode(text: "---", kind: .unknown, members: [])

    public let kind: Kind
    /// The text form: what was parsed, and what every output prints.
    public let description: String
    /// For a group, its actors in order; empty otherwise.
    public let members: [ActorCode]

    private init(text: String, kind: Kind, members: [ActorCode]) {
        self.description = text
        self.kind = kind
        self.members = members
    }

    /// Parses a code. `agents` is CAMEO's agent table (`lexicon.cameoAgents`); with an empty set
    /// every first part is read as a root, which is right for dictionary codes of countries,
    /// people and organisations.
    public init(_ text: some StringProtocol, agents: Set<String> = []) {
        let t = ActorCode.trimmed(text)
        let bytes = t.utf8
        guard let first = bytes.first else {
            self.init(text: t, kind: .empty, members: [])
            return
        }
        // Codes are parsed on the coder's hot paths: look at bytes, not Characters.
        if first == UInt8(ascii: "-") && bytes.allSatisfy({ $0 == UInt8(ascii: "-") }) {
            self.init(text: t, kind: .unknown, members: [])
        } else if bytes.contains(UInt8(ascii: "+")) {
            let members = t.split(separator: "+", omittingEmptySubsequences: false).map { ActorCode($0, agents: agents) }
            self.init(text: t, kind: .group, members: members)
        } else if first == UInt8(ascii: "~") {
            self.init(text: t, kind: .agents, members: [])
        } else {
            let kind: Kind = ActorCode.isOrganizationRoot(bytes) ? .organization
                : !agents.isEmpty && agents.contains(String(t.prefix(3))) ? .agents : .state
            self.init(text: t, kind: kind, members: [])
        }
    }

    /// The agent of a state code with one agent ("USAMIL" → "MIL"), read off its bytes; nil for
    /// any other code.
    ///
    /// ```swift
    /// ActorCode.soleAgent(of: "USAMIL")  // "MIL"
    /// ActorCode.soleAgent(of: "IGOUNO")  // nil
    /// ```
    public static func soleAgent(of text: String) -> String? {
        guard text.utf8.count == 6, let c = country(of: text), c.utf8.count == 3 else { return nil }
        return String(decoding: text.utf8.dropFirst(3), as: UTF8.self)
    }

    /// `ActorCode(text).country` without building the code: the first three letters of a plain
    /// state code ("RUSGOV" → "RUS"); the full parse for any other shape. For per-mention loops.
    ///
    /// ```swift
    /// ActorCode.country(of: "RUSGOV")  // "RUS"
    /// ActorCode.country(of: "IGOUNO")  // nil
    /// ```
    public static func country(of text: String) -> String? {
        let plain = text.utf8.withContiguousStorageIfAvailable { u -> String? in
            // Printable ASCII only: then the first three bytes are the first three Characters.
            guard u.count >= 3, u.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "+") }),
                  u[0] != UInt8(ascii: "-"), u[0] != UInt8(ascii: "~"), !isOrganizationRoot(u[0], u[1], u[2]) else { return nil }
            // A country alone ("RUS") is its own root: no string made for it.
            return u.count == 3 ? text : String(decoding: UnsafeBufferPointer(rebasing: u[0..<3]), as: UTF8.self)
        }
        return (plain ?? nil) ?? ActorCode(text).country
    }

    /// `ActorCode(text).root` without building the code, for per-mention loops: the first three
    /// bytes of a code of printable ASCII as the parser cuts it; the full parse for any other text.
    ///
    /// ```swift
    /// ActorCode.root(of: "RUSGOV")  // "RUS"
    /// ActorCode.root(of: "PRKGOV+RUSGOV")  // ""
    /// ```
    public static func root(of text: String) -> String {
        let plain = text.utf8.withContiguousStorageIfAvailable { u -> String? in
            guard u.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
            // Empty, a group, agents alone: no root; "---" is its own.
            if u.isEmpty || u[0] == UInt8(ascii: "~") || u.contains(UInt8(ascii: "+")) { return "" }
            if u.allSatisfy({ $0 == UInt8(ascii: "-") }) { return text }
            return u.count <= 3 ? text : String(decoding: UnsafeBufferPointer(rebasing: u[0..<3]), as: UTF8.self)
        }
        return (plain ?? nil) ?? ActorCode(text).root
    }

    /// Whether a code's first three bytes are IGO, NGO or MNC (`organizationRoots`).
    private static func isOrganizationRoot(_ bytes: String.UTF8View) -> Bool {
        var i = bytes.makeIterator()
        guard let a = i.next(), let b = i.next(), let c = i.next() else { return false }
        return isOrganizationRoot(a, b, c)
    }

    @inline(__always)
    static func isOrganizationRoot(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        (a == UInt8(ascii: "I") || a == UInt8(ascii: "N")) && b == UInt8(ascii: "G") && c == UInt8(ascii: "O")
            || a == UInt8(ascii: "M") && b == UInt8(ascii: "N") && c == UInt8(ascii: "C")
    }

    /// Builds a code from a root ("" for agents alone) and three-letter parts:
    /// `ActorCode(root: "ARG", parts: ["ELI"])` is "ARGELI".
    public init(root: String, parts: [String]) {
        let kind: Kind = root.isEmpty ? (parts.isEmpty ? .empty : .agents)
            : root == "---" ? .unknown : ActorCode.organizationRoots.contains(root) ? .organization : .state
        self.init(text: root + parts.joined(), kind: kind, members: [])
    }

    /// A group of actors; its text form joins theirs with "+". One actor is just that actor.
    public init(group: [ActorCode]) {
        if group.count == 1 {
            self = group[0]
        } else {
            self.init(text: group.map(\.description).joined(separator: "+"), kind: group.isEmpty ? .empty : .group, members: group)
        }
    }

    /// The country, region or organisation kind ("RUS", "LAM", "IGO"); "---" for the unknown
    /// actor; "" for agents alone, a group or no actor.
    public var root: String {
        switch kind {
        case .state, .organization: return String(description.prefix(3))
        case .unknown: return description
        case .agents, .empty, .group: return ""
        }
    }

    /// Everything after the root: the agents of a state, the name of an organisation.
    public var body: String {
        switch kind {
        case .state, .organization: return String(description.dropFirst(3))
        case .agents: return description.hasPrefix("~") ? String(description.dropFirst()) : description
        case .unknown, .empty, .group: return ""
        }
    }

    /// `body` cut into its three-letter parts (the last may be shorter in a malformed code).
    public var parts: [String] { ActorCode.parts(of: body) }

    /// Cuts a run of agents, as agent tables write them ("GOVMIL"), into three-letter parts:
    /// ["GOV", "MIL"]. The last part may be shorter when the text is malformed.
    public static func parts(of agents: some StringProtocol) -> [String] {
        // Codes are ASCII: cut bytes (a non-ASCII code is malformed, and is cut by Characters).
        let u = Array(agents.utf8)
        guard u.allSatisfy({ $0 < 0x80 }) else {
            let b = Array(agents)
            return stride(from: 0, to: b.count, by: 3).map { String(b[$0..<min($0 + 3, b.count)]) }
        }
        return stride(from: 0, to: u.count, by: 3).map { String(decoding: u[$0..<min($0 + 3, u.count)], as: UTF8.self) }
    }

    /// The first three characters as written, whatever the kind: the store indexes events by
    /// it, so that `--actor XYZ` finds through the index every code that starts with XYZ.
    public var indexKey: String { String(description.prefix(3)) }

    /// The agents: "RUSGOVMIL" → ["GOV", "MIL"], "CVL" → ["CVL"]; none for an organisation.
    public var agents: [String] { kind == .organization ? [] : parts }

    /// The first agent, the one a role is named by ("GOV" in "RUSGOVMIL"), or "".
    public var mainAgent: String { agents.first ?? "" }

    /// The country or region of a state code, else nil.
    public var country: String? { kind == .state ? root : nil }

    /// The organisation an IGO, NGO or MNC code names ("UNOHCR" for "IGOUNOHCR"; "" for bare "IGO").
    public var organization: String? { kind == .organization ? body : nil }

    public var isState: Bool { kind == .state }
    /// A state root with nothing after it: a country ("USA") or, in the organisation files, a
    /// region ("LAM"), which the code alone cannot tell apart.
    public var isRootAlone: Bool { kind == .state && body.isEmpty }
    public var isOrganization: Bool { kind == .organization }
    public var isGroup: Bool { kind == .group }
    /// "---" or "": the code says nothing about who acted.
    public var isUnknown: Bool { kind == .unknown || kind == .empty }

    /// The individual actors: a group's members, or the code itself.
    public var actors: [ActorCode] { kind == .group ? members : [self] }

    /// CAMEO's shape: upper-case letters in threes, "---", "~" before agents, groups of such codes.
    public var isWellFormed: Bool {
        func letters(_ s: String) -> Bool {
            !s.isEmpty && s.utf8.count % 3 == 0 && s.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        }
        switch kind {
        case .state, .organization: return letters(description)
        case .agents: return letters(body)
        case .unknown: return description == "---"
        case .empty: return true
        case .group: return members.count > 1 && members.allSatisfy { $0.isWellFormed && !$0.isGroup && !$0.isUnknown }
        }
    }

    /// Spaces and tabs around a code in a hand-written file are not part of it.
    private static func trimmed(_ text: some StringProtocol) -> String {
        // Most codes have no space around them: no search by Character then.
        let s = String(text)
        if let f = s.utf8.first, let l = s.utf8.last, f != 0x20, f != 0x09, l != 0x20, l != 0x09 { return s }
        let space: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !space($0) }), let last = text.lastIndex(where: { !space($0) }) else { return "" }
        return String(text[first...last])
    }
}
