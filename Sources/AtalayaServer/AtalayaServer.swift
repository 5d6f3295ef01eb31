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
    let store: any EventStorage
    let coder: Coder
    let dashboard: DashboardFiles
    let work: BlockingWork
    let answers: Answers

    /// Opens the SQLite store `settings.database` read-only, unless the server takes writes (a token is set).
    public init(settings: ServerSettings, lexicon: Lexicon) throws {
        let store = try EventStore(path: settings.database, cameo: lexicon.cameo, access: settings.writable ? .write : .read)
        try self.init(settings: settings, lexicon: lexicon, store: store)
    }

    /// Serves `store`, SQLite or PostgreSQL, opened by the caller.
    ///
    /// ```swift
    /// let store = try PostgresStore(url: "postgres://atalaya@db/news", cameo: lexicon.cameo, access: .read)
    /// let server = try AtalayaServer(settings: settings, lexicon: lexicon, store: store)
    /// ```
    public init(settings: ServerSettings, lexicon: Lexicon, store: any EventStorage) throws {
        self.settings = settings
        self.store = store
        coder = Coder(lexicon: lexicon)
        dashboard = try DashboardFiles()
        work = BlockingWork(limit: settings.maxPending)
        answers = Answers(work: work, cache: settings.cacheBytes > 0 ? ResponseCache(maxBytes: settings.cacheBytes) : nil,
                          generation: settings.cacheBytes > 0 ? try StoreGeneration(store) : nil)
    }

    /// Every route, each group in its own type; one log line per request.
    ///
    /// ```swift
    /// let app = Application(router: server.router())  // e.g. for HummingbirdTesting's app.test(.router)
    /// ```
    public func router() -> Router<APIContext> {
        let router = Router(context: APIContext.self)
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: SecurityMiddleware(loopbackOnly: SecurityMiddleware<APIContext>.isLoopback(settings.host)))
        EventsAPI(store: store, answers: answers).add(to: router)
        TimelineAPI(store: store, answers: answers).add(to: router)
        NetworkAPI(store: store, answers: answers).add(to: router)
        MapAPI(store: store, answers: answers).add(to: router)
        StatsAPI(store: store, answers: answers).add(to: router)
        CodingAPI(coder: coder, store: store, settings: settings, work: work).add(to: router)
        ExportAPI(store: store, work: work, agents: coder.lexicon.cameoAgents, page: settings.exportPageSize).add(to: router)
        ReviewsAPI(store: store, settings: settings, work: work).add(to: router)
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
