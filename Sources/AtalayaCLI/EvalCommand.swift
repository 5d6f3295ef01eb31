import ArgumentParser
import Atalaya
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure coding accuracy against human-coded gold.",
        discussion: """
            Reads PETRARCH-style validation XML (.xml) or Atalaya gold JSONL (.jsonl), codes each record's \
            text with its date, pairs output and gold events one-to-one within the record, and reports recall, \
            precision and F1 at four levels: cue (root), dyad (+ countries), role (+ agents), exact. \
            Negated and hypothetical output events are not counted. A bad gold line is reported as file:line: message; the \
            other records are still scored, and the exit status is 1.
            """
    )

    @Argument(help: "Gold files (.xml or .jsonl).")
    var gold: [String]

    @Option(help: "Print the N worst records with gold and output side by side.")
    var errors = 0

    @Flag(help: "Print a machine-readable JSON summary (one line per file, then the total).")
    var json = false

    @OptionGroup var jobs: JobsOption

    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        let lexicon = try dictionaryOptions.loadLexicon()
        let coder = Coder(lexicon: lexicon)
        let matcher = EventMatcher(agents: lexicon.cameoAgents)
        var total = Evaluation(matcher: matcher)
        var failed = false, badLines = 0
        for path in gold {
            let records: [GoldRecord]
            do {
                records = try Self.read(path) { problem in
                    StandardOutput.error(problem.description)
                    badLines += 1
                }
            } catch let problem as InputProblem {
                StandardOutput.error(problem.description)
                failed = true
                continue
            } catch {
                StandardOutput.error("\(path): cannot read: \((error as NSError).localizedDescription)")
                failed = true
                continue
            }
            var evaluation = Evaluation(matcher: matcher)
            var pipe = CodingPipe<GoldRecord>(coder: coder, jobs: jobs.threads)
            let score: ([Document], [GoldRecord]) -> Void = { docs, records in
                for (doc, r) in zip(docs, records) {
                    let outputs = Self.outputs(doc)
                    evaluation.add(r, outputs)
                    total.add(r, outputs)
                }
            }
            for r in records { pipe.add(Document(id: r.id, date: r.date, text: r.text), tag: r, deliver: score) }
            pipe.finish(deliver: score)
            let report = EvaluationReport(evaluation, name: path)
            print(json ? report.json : report.text)
            if errors > 0 { print(report.errors(errors)) }
        }
        if gold.count > 1 {
            let report = EvaluationReport(total, name: "all")
            print(json ? report.json : report.text)
        }
        if badLines > 0 {
            StandardOutput.error("\(badLines) bad gold line\(badLines == 1 ? "" : "s") skipped; the rest was evaluated")
        }
        if failed || badLines > 0 { throw ExitCode(1) }
    }

    /// The records of a gold file; bad JSONL lines go to `problem` and the rest is read.
    static func read(_ path: String, problem: (InputProblem) -> Void) throws -> [GoldRecord] {
        let url = URL(fileURLWithPath: path)
        if path.hasSuffix(".xml") { return try PetrarchXMLReader().read(url, problem: problem).records }
        return try GoldJSONLReader().read(url, problem: problem)
    }

    /// The events eval compares: not negated, and not hypothetical ("si el presidente asiste"),
    /// as the gold codes neither (the output keeps both, marked).
    static func outputs(_ doc: Document) -> [EventMatcher.Output] {
        doc.events.filter { !$0.negated && $0.mode != .hypothetical }.map { EventMatcher.Output(code: $0.code, source: $0.source.code, target: $0.target?.code) }
    }
}
