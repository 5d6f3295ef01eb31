import ArgumentParser
import Atalaya

/// `--date`: the date of documents that do not carry one (plain text).
struct DateOption: ParsableArguments {
    @Option(help: "Date of documents without one (plain text), YYYY-MM-DD (default: today).")
    var date: String?

    /// The date given, or today; `noteWhenMissing` says so on stderr.
    func day(noteWhenMissing: Bool) throws -> Day {
        if let date {
            guard let d = Day(parsing: date) else { throw ValidationError("--date \(date) is not YYYY-MM-DD") }
            return d
        }
        let today = Day.today()
        if noteWhenMissing {
            StandardOutput.error("note: no --date given; plain-text documents are coded as of today (\(today)), date_precision unknown")
        }
        return today
    }
}
