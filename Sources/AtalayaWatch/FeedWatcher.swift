import AsyncHTTPClient
import Atalaya
import AtalayaStore
import Foundation
import NIOCore

/// Polls RSS and Atom feeds over HTTP and ingests their new items (`atalaya watch`): each fetch
/// sends back the validators the feed gave last time (`If-None-Match`, `If-Modified-Since`),
/// so an unchanged feed answers 304 and is not read again; an item is stored once, by its guid
/// or link (else its content), however many fetches carry it.
///
/// ```swift
/// let watcher = FeedWatcher(coder: coder, store: store, defaultDate: .today())
/// let poll = await watcher.poll("https://example.org/rss")   // .stored(progress), .unchanged or .failed(reason)
/// ```
public struct FeedWatcher: Sendable {
    public let coder: Coder
    public let store: EventStore
    public let defaultDate: Day
    /// Feeds larger than this are refused (a feed is a page of items, not an archive).
    public var maxBytes = 20 << 20
    public var timeout: TimeAmount = .seconds(30)
    public var client: HTTPClient = .shared

    /// A client for many feeds: a connection refused or timed out fails the feed at once (the next
    /// round tries again) instead of being retried until the request's deadline, so one dead feed
    /// does not hold up the round. Shut it down after the last poll (`try await client.shutdown()`).
    ///
    /// ```swift
    /// var watcher = FeedWatcher(coder: coder, store: store, defaultDate: .today())
    /// watcher.client = FeedWatcher.failFastClient()
    /// ```
    public static func failFastClient() -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: .seconds(10), read: .seconds(30))
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    public enum Poll: Sendable {
        case stored(Ingester.Progress)
        case unchanged
        case failed(String)
    }

    public init(coder: Coder, store: EventStore, defaultDate: Day) {
        self.coder = coder
        self.store = store
        self.defaultDate = defaultDate
    }

    /// One fetch of `url`, its new items stored; every outcome is recorded in the store.
    public func poll(_ url: String) async -> Poll {
        do {
            let last = try store.feedState(url)
            var request = HTTPClientRequest(url: url)
            request.headers.add(name: "User-Agent", value: "atalaya-watch")
            if let etag = last?.etag { request.headers.add(name: "If-None-Match", value: etag) }
            if let date = last?.lastModified { request.headers.add(name: "If-Modified-Since", value: date) }
            let response = try await client.execute(request, timeout: timeout)
            let status = Int(response.status.code)
            let state = FeedState(url: url, etag: response.headers.first(name: "ETag"),
                                  lastModified: response.headers.first(name: "Last-Modified"), status: status)
            switch status {
            case 304:
                try store.record(state, items: 0)
                return .unchanged
            case 200:
                let body = try await response.body.collect(upTo: maxBytes)
                let progress = try Ingester(coder: coder, store: store, defaultDate: defaultDate)
                    .run(feed: Data(body.readableBytesView), from: url) { _ in }
                try store.record(state, items: progress.stored)
                return .stored(progress)
            default:
                try store.record(state, items: 0)
                return .failed("HTTP \(status)")
            }
        } catch {
            try? store.record(FeedState(url: url, etag: nil, lastModified: nil, status: 0), items: 0)
            return .failed("\(error)")
        }
    }
}
