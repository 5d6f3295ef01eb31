import ArgumentParser
import Atalaya
import Foundation

/// Options of the commands that read and code documents: threads and the document size limit.
struct CodingOptions: ParsableArguments {
    @OptionGroup var jobs: JobsOption

    @Option(help: ArgumentHelp("Largest document, in bytes or with a k, M or G suffix (powers of 1000). A longer "
                               + "JSONL line is skipped, a longer text file coded in parts; both are reported.",
                               valueName: "size"))
    var maxDocumentSize = "10M"

    func validate() throws { _ = try documentLimit() }

    /// `--jobs`, with 0 meaning one thread per core.
    var threads: Int { jobs.threads }

    /// `--max-document-size` in bytes.
    func documentLimit() throws -> Int {
        guard let n = Self.parseSize(maxDocumentSize), n >= 1, n <= 1_000_000_000 else {
            throw ValidationError("--max-document-size \(maxDocumentSize) is not a size from 1 to 1G (e.g. 500k, 10M)")
        }
        return n
    }

    /// A reader for documents without a date of their own dated `day` (`given`: by the user).
    func reader(defaultDate day: Day, given: Bool) throws -> DocumentReader {
        DocumentReader(defaultDate: day, given: given, maxDocumentSize: try documentLimit())
    }

    /// "10M" → 10,000,000; "500k" → 500,000; "4096" → 4096.
    static func parseSize(_ s: String) -> Int? {
        let units: [Character: Int] = ["k": 1_000, "K": 1_000, "M": 1_000_000, "G": 1_000_000_000]
        var digits = Substring(s)
        var unit = 1
        if let last = s.last, let u = units[last] {
            unit = u
            digits = s.dropLast()
        }
        guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy(\.isASCII), let n = Int(digits) else { return nil }
        let (v, overflow) = n.multipliedReportingOverflow(by: unit)
        return overflow ? nil : v
    }
}
