import Hummingbird

/// One event with every report of it (the first 100).
struct APIEventDetail: ResponseEncodable, Sendable {
    var event: APIEvent
    var mentions: [APIMention]
}
