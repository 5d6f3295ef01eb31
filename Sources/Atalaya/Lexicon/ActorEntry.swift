/// A named actor from the dictionaries: a country, person, organisation, group or seat of power.
public struct ActorEntry: Sendable {
    public enum Kind: String, Sendable { case country, person, organization, group, seat }

    /// A code that holds from `from` to `to` (inclusive; nil = open).
    public struct Role: Sendable {
        public var code: String
        public var from: Day?
        public var to: Day?
        public func covers(_ d: Day) -> Bool { (from.map { $0 <= d } ?? true) && (to.map { d <= $0 } ?? true) }
        public var isDated: Bool { from != nil || to != nil }
    }

    public var name: String
    public var kind: Kind
    public var roles: [Role]
    /// The file the entry was first defined in (one string shared by all its entries).
    public var file: String
    public var lineNumber: Int
    /// Where the entry was first defined (`file:line`), for the linter and `explain`.
    public var line: String { "\(file):\(lineNumber)" }
    /// A surname alone may name this person (`person(bySurname:)`); not for the thousands of
    /// people of a derived list, whose surnames would make common words names.
    public var surnameAlone = true

    /// The actor's code on a given day. A person after a dated role has ended keeps their
    /// country with the ELI (elite) agent, as CAMEO codes former office holders; before their
    /// first role they are their country alone (a candidate is not yet a former president).
    public func code(on day: Day) -> String {
        if let r = roles.first(where: { $0.isDated && $0.covers(day) }) { return r.code }
        if let r = roles.first(where: { !$0.isDated }) { return r.code }
        guard let any = roles.first else { return "" }
        guard kind == .person else { return any.code }
        let root = ActorCode(any.code).root
        let held = roles.contains { $0.to.map { $0 < day } ?? false }
        return held ? ActorCode(root: root, parts: ["ELI"]).description : root
    }
}
