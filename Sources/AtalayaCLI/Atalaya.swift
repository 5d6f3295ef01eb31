import ArgumentParser

@main
struct AtalayaCommand: ParsableCommand {
    /// The one place the version is written (`atalaya --version`).
    static let version = "0.8.0"

    static let configuration = CommandConfiguration(
        commandName: "atalaya",
        abstract: "Codes political events (CAMEO, PLOVER) from news text (Spanish and English).",
        version: "atalaya \(version)",
        subcommands: [CodeCommand.self, EvalCommand.self, IngestCommand.self, EventsCommand.self, ExportCommand.self,
                      StatsCommand.self, ServeCommand.self, WatchCommand.self, DictionariesCommand.self, BenchCommand.self]
    )
}
