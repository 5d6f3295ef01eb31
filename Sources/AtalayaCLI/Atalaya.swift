import ArgumentParser

@main
struct AtalayaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atalaya",
        abstract: "Codes political events (CAMEO, PLOVER) from Spanish news text.",
        subcommands: [CodeCommand.self, EvalCommand.self, IngestCommand.self, EventsCommand.self, ExportCommand.self,
                      StatsCommand.self, DictionariesCommand.self, BenchCommand.self]
    )
}
