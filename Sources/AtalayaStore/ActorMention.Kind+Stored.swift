import Atalaya

extension ActorMention.Kind {
    /// The case's name, as `actor_mentions.kind` stores it. Spelled out because string
    /// interpolation of an enum goes through reflection, which cost more than the row's insert.
    ///
    /// ```swift
    /// ActorMention.Kind.named.storedName  // "named"
    /// ```
    public var storedName: String {
        switch self {
        case .named: "named"
        case .composed: "composed"
        case .bare: "bare"
        case .modifier: "modifier"
        case .reference: "reference"
        case .group: "group"
        }
    }
}
