import ArgumentParser
import Atalaya

struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code news text into events.",
        discussion: """
            Reads plain text (one document a file; the date from --date) or JSONL (one document a line: \
            id, date, text, and optional title, source, url, lang). Bad input is reported on standard \
            error as file:line: message; the rest is still coded, and the exit status is 1. A document \
            over --max-document-size is reported (a JSONL line is skipped, a text file coded in parts); \
            output that cannot be written (a full disk) stops the run with exit status 74.
            """
    )

    @Argument(help: "Files to code; standard input when none.")
    var files: [String] = []

    @Option(help: "Input format: text or jsonl (default: by file extension; text for stdin).")
    var input: DocumentReader.Format?

    @Option(help: "Output format: jsonl, mentions, tsv, plover or explain.")
    var format: OutputFormat = .jsonl

    @OptionGroup var dateOption: DateOption

    @Flag(help: "Add quotation records to jsonl output.")
    var quotes = false

    @OptionGroup var coding: CodingOptions

    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        let day = try dateOption.day(noteWhenMissing: input != .jsonl
            && (files.isEmpty || files.contains { DocumentReader.format(for: $0) == .text }))
        let lexicon = try dictionaryOptions.loadLexicon()
        let reader = try coding.reader(defaultDate: day, given: dateOption.date != nil)
        var pipe = CodingPipe<Void>(coder: Coder(lexicon: lexicon), jobs: coding.threads)
        var out = StandardOutput()
        if let header = format.header { out.write(header) }
        var failures = 0
        var buffer = [UInt8]()
        let write: ([Document]) throws -> Void = { batch in
            for doc in batch {
                buffer.removeAll(keepingCapacity: true)
                format.write(doc, lexicon: lexicon, quotes: quotes, into: &buffer)
                out.write(buffer)
            }
            try out.check()  // output lost: stop reading now
        }
        for path in files.isEmpty ? [nil] : files.map(Optional.some) {
            try reader.read(path: path, format: input, each: { try pipe.add($0, deliver: write) }, problem: { p in
                failures += 1
                StandardOutput.error(p.description)
            })
        }
        try pipe.finish(deliver: write)
        try out.finish()
        if failures > 0 {
            StandardOutput.error("\(failures) input problem\(failures == 1 ? "" : "s"); the rest was coded")
            throw ExitCode(1)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension DocumentReader.Format: ExpressibleByArgument {}
