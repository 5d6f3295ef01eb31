import Hummingbird

/// A page of events and the cursor of the next page (nil on the last).
struct APIEventPage: ResponseEncodable, Sendable {
    var events: [APIEvent]
    var next: String?
}
