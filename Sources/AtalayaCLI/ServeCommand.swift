import ArgumentParser
import Dispatch
import Atalaya
import AtalayaServer
import AtalayaStore

/// A synchronous command that runs the server on Swift's concurrency pool and waits for it: the
/// root command stays synchronous, so the other commands run without the concurrency runtime
/// (and valgrind, which does not run an async `main`, can count their instructions).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serves the event store: a JSON API and a dashboard in the browser.",
        discussion: "Open the printed address in a browser. Reads are open to whoever reaches the address (loopback by default); "
            + "writes (POST /api/documents, POST /api/reviews) need --token, sent as the header Authorization: Bearer TOKEN. Without a token the "
            + "store is opened read-only, and `atalaya ingest` may add to it while it is served. Stops on Ctrl-C or SIGTERM, "
            + "after the requests in flight."
    )

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Option(name: .customLong("token"), help: ArgumentHelp(
        "A token that writing requests send (Authorization: Bearer TOKEN), as USER:TOKEN to name its holder for reviews (repeatable); none: no writes.",
        valueName: "[user:]token"))
    var tokens: [String] = []
    @Option(help: ArgumentHelp("A file of tokens, one [user:]token a line (# comments): kept out of the process list.", valueName: "path"))
    var tokenFile: String?
    @Option(help: "Largest request body, in bytes (larger ones are refused with 413).") var maxBody = 2_000_000
    @Option(help: "Megabytes of answers kept until the store changes (0: none; every request is computed).") var cacheMb = 64
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var dictionaries: DictionaryOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port \(port): a port is 0 to 65535") }
        do { _ = try TokenHolders.parse(tokens) } catch { throw ValidationError("\(error)") }
        if maxBody < 1 { throw ValidationError("--max-body \(maxBody): at least 1 byte") }
        if !(0...65536).contains(cacheMb) { throw ValidationError("--cache-mb \(cacheMb): 0 to 65536") }
    }

    func run() throws {
        let lexicon = try dictionaries.loadLexicon()
        var holders = try TokenHolders.parse(tokens)
        if let tokenFile {
            do { holders.merge(try TokenHolders.read(file: tokenFile)) { $1 } } catch {
                StandardOutput.error("\(error)")
                throw ExitCode(2)
            }
        }
        var settings = ServerSettings(database: storeOptions.location, host: host, port: port, tokens: holders, maxBodyBytes: maxBody)
        settings.cacheBytes = cacheMb << 20
        var opened: AtalayaServer?
        try StoreOptions.reporting {
            let store = try storeOptions.open(cameo: lexicon.cameo, access: settings.writable ? .write : .read)
            settings.database = store.location
            opened = try AtalayaServer(settings: settings, lexicon: lexicon, store: store)
        }
        guard let server = opened else { return }
        StandardOutput.error("serving \(settings.database) at http://\(host):\(port)/ (\(holders.isEmpty ? "read-only" : "writes with a token"))")
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: (any Error)?
        Task {
            do { try await server.application().runService() } catch { failure = error }
            done.signal()
        }
        done.wait()
        if let failure { throw failure }
    }

}
