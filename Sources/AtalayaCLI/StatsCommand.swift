import ArgumentParser
import Atalaya
import AtalayaStore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts by root code and quad class, top actors and dyads, events per day."
    )

    @Option(help: "How many top actors and dyads.") var top = 10
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        let codes = try dictionaryOptions.loadCodes()
        print(try StoreStats(try storeOptions.open(cameo: codes.events), top: top).text, terminator: "")
    }
}
