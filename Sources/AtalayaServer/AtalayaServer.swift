import Atalaya
import AtalayaStore
import Hummingbird
import Logging

/// `atalaya serve`: the JSON API and the dashboard over an event store.
///
/// ```swift
/// let server = try AtalayaServer(settings: ServerSettings(database: "events.sqlite"), lexicon: try Lexicon.load())
/// try await server.application().runService()  // until SIGINT or SIGTERM; requests in flight finish
/// ```
public struct AtalayaServer: Sendable {
    public let settings: ServerSettings
    let store: EventStore
    let coder: Coder
    let dashboard: DashboardFiles

    /// Opens the store read-only, unless the server takes writes (a token is set).
    public init(settings: ServerSettings, lexicon: Lexicon) throws {
        self.settings = settings
        store = try EventStore(path: settings.database, cameo: lexicon.cameo, access: settings.writable ? .write : .read)
        coder = Coder(lexicon: lexicon)
        dashboard = try DashboardFiles()
    }

    /// Every route, each group in its own type; one log line per request.
    ///
    /// ```swift
    /// let app = Application(router: server.router())  // e.g. for HummingbirdTesting's app.test(.router)
    /// ```
    public func router() -> Router<APIContext> {
        let router = Router(context: APIContext.self)
        router.add(middleware: LogRequestsMiddleware(.info))
        EventsAPI(store: store).add(to: router)
        TimelineAPI(store: store).add(to: router)
        NetworkAPI(store: store).add(to: router)
        MapAPI(store: store).add(to: router)
        StatsAPI(store: store).add(to: router)
        CodingAPI(coder: coder, store: store, settings: settings).add(to: router)
        ExportAPI(store: store, agents: coder.lexicon.cameoAgents, page: settings.exportPageSize).add(to: router)
        ReviewsAPI(store: store, settings: settings).add(to: router)
        dashboard.add(to: router)
        return router
    }

    /// The server on the settings' address, logging to `logger`; `runService()` runs it.
    ///
    /// ```swift
    /// try await server.application().runService()
    /// ```
    public func application(logger: Logger = Logger(label: "atalaya.serve")) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "Atalaya"),
                    logger: logger)
    }
}
