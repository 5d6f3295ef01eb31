import ArgumentParser
import Atalaya
import Foundation

/// `--jobs`: threads that code documents, for every command that codes.
struct JobsOption: ParsableArguments {
    @Option(help: ArgumentHelp("Threads that code documents (output order is kept); 0 = one per core, at most \(Coder.maxJobs)."))
    var jobs = 1

    func validate() throws {
        guard (0...Coder.maxJobs).contains(jobs) else {
            throw ValidationError("--jobs \(jobs) is not between 0 and \(Coder.maxJobs)")
        }
    }

    /// `--jobs`, with 0 meaning one thread per core.
    var threads: Int { jobs == 0 ? ProcessInfo.processInfo.activeProcessorCount : jobs }
}
