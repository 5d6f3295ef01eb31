/// What a batch written to a store did.
///
/// ```swift
/// let outcome = try store.write(items)
/// print(outcome.stored, outcome.events)
/// ```
public struct StoreOutcome: Sendable {
    public var stored = 0
    public var skipped = 0
    public var failed = 0
    /// Distinct events added (a (date, source, target, code) not stored before).
    public var events = 0
    /// Event mentions added: one per sentence that reports an event.
    public var mentions = 0

    public init() {}
}
