import Foundation

/// Checks the dictionaries for mistakes a loader cannot see: actor codes that CAMEO does not
/// know, names given conflicting codes, a person's overlapping roles, and pattern families
/// whose example sentences the engine does not code as they should.
///
/// ```swift
/// let problems = DictionaryLinter(lexicon: lexicon).check()
/// problems.isEmpty  // true for clean dictionaries
/// ```
public struct DictionaryLinter: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// All problems, one line each (`file:line: message` where known), checking the example
    /// sentences of `examples` if given.
    public func check(examples: DataFile? = nil) -> [String] {
        check(exampleFiles: examples.map { [$0] } ?? [])
    }

    /// All problems, checking every example sentences file the lexicon was loaded with, the user's too.
    public func checkAll() throws -> [String] {
        check(exampleFiles: try lexicon.examples.map { try DataFile(url: URL(fileURLWithPath: $0)) })
    }

    /// All problems; a family needs an example in one of `exampleFiles` (bundled and the user's).
    public func check(exampleFiles: [DataFile]) -> [String] {
        var problems = [String]()
        let countries = Set(lexicon.actors.entries.filter { $0.kind == .country }.flatMap { $0.roles.map(\.code) })
        let regions = Set(lexicon.actors.entries.filter { $0.kind == .organization && $0.roles.allSatisfy { ActorCode($0.code).isRootAlone } }
            .flatMap { $0.roles.map(\.code) })
        for e in lexicon.actors.entries {
            for r in e.roles where !validActor(r.code, countries: countries.union(regions)) {
                problems.append("\(e.line): \(e.name): '\(r.code)' is not a CAMEO actor code (country or region, then agents)")
            }
            let undated = Set(e.roles.filter { !$0.isDated }.map(\.code))
            if undated.count > 1 {
                problems.append("\(e.line): \(e.name): conflicting codes \(undated.sorted().joined(separator: ", "))")
            }
            let dated = e.roles.filter(\.isDated).sorted { ($0.from ?? Day(ordinal: .min)) < ($1.from ?? Day(ordinal: .min)) }
            for (a, b) in zip(dated, dated.dropFirst()) {
                let aEnd = a.to ?? Day(ordinal: .max), bStart = b.from ?? Day(ordinal: .min)
                if bStart < aEnd {
                    problems.append("\(e.line): \(e.name): roles overlap (\(a.code) \(a.from.map(\.description) ?? "…")–\(a.to.map(\.description) ?? "…"), "
                                    + "\(b.code) from \(b.from.map(\.description) ?? "…"))")
                }
            }
        }
        for a in Set(lexicon.agentEntries.map(\.code)) where !validAgents(ActorCode.parts(of: a)) {
            problems.append("agents: '\(a)' is not made of CAMEO agent codes")
        }
        for c in Set(lexicon.demonymCodes) where !countries.contains(c) {
            problems.append("demonyms: '\(c)' is not a country code")
        }
        if !exampleFiles.isEmpty { problems += checkExamples(exampleFiles) }
        return problems
    }

    /// What deserves a look without being wrong, one line each: a person without a role for a
    /// few days between two roles (a handover usually leaves no hole: is a date mistyped?), and
    /// one-word names of people that are common words ("Paz") or other people's surnames
    /// ("Estrada" for Joseph Estrada and a Mexican minister), which the engine takes only with the
    /// person's country in the story or in office.
    ///
    /// ```swift
    /// DictionaryLinter(lexicon: lexicon).notes()  // ["people.tsv:311: Josep Borrell: 1 days without a role …"]
    /// ```
    public func notes() -> [String] {
        var notes = [String]()
        for e in lexicon.actors.entries where e.kind == .person {
            let dated = e.roles.filter(\.isDated).sorted { ($0.from ?? Day(ordinal: .min)) < ($1.from ?? Day(ordinal: .min)) }
            for (a, b) in zip(dated, dated.dropFirst()) {
                guard let end = a.to, let start = b.from, (2...31).contains(start.ordinal - end.ordinal) else { continue }
                notes.append("\(e.line): \(e.name): \(start.ordinal - end.ordinal - 1) days without a role between "
                             + "\(a.code) (to \(end)) and \(b.code) (from \(start))")
            }
        }
        return notes + checkSurnames()
    }

    func checkSurnames() -> [String] {
        var problems = [String]()
        for (word, people) in lexicon.actors.oneWordNames.sorted(by: { $0.key < $1.key }) {
            let form = lexicon.vocabulary.form(word)
            let first = lexicon.actors.entries[Int(people[0])]
            if !lexicon.wordClass(word).isEmpty || !lexicon.verbReadings(word).isEmpty {
                problems.append("\(first.line): \(first.name): '\(form)' alone is also a common word")
            }
            let others = (lexicon.actors.surnames[word] ?? []).filter { !people.contains($0) }
            if let other = others.first {
                problems.append("\(first.line): \(first.name): '\(form)' alone is also the surname of \(lexicon.actors.entries[Int(other)].name)")
            }
        }
        return problems
    }

    /// "COLREB", "RUSGOVMIL", "USA", "CVL"; IGO, NGO and MNC codes name their organisation
    /// freely ("IGOUNOHCR"), as `ActorCode` reads them.
    func validActor(_ code: String, countries: Set<String>) -> Bool {
        guard CameoTable.isActorCodeShape(code) else { return false }
        let c = lexicon.actorCode(code)
        switch c.kind {
        case .organization: return true
        case .state: return countries.contains(c.root) && validAgents(c.agents)
        case .agents: return validAgents(c.agents)
        case .unknown, .empty, .group: return false
        }
    }

    func validAgents(_ agents: [String]) -> Bool { agents.allSatisfy(lexicon.cameoAgents.contains) }

    /// Every 3-digit family that has patterns needs an example sentence the engine codes to it
    /// (in any of the files; a missing one is reported against the last, the user's);
    /// every example must be coded as its line says.
    func checkExamples(_ files: [DataFile]) -> [String] {
        var problems = [String]()
        let coder = Coder(lexicon: lexicon)
        var covered = Set<String>()
        let day = Day(parsing: "2023-09-13")!
        for file in files {
            problems += checkExamples(file, coder: coder, day: day, covered: &covered)
        }
        let families = Set(lexicon.patterns.patterns.map { String($0.code.prefix(3)) })
        for f in families.subtracting(covered).sorted() {
            problems.append("\(files.last!.path): no example sentence coded \(f), a family with patterns")
        }
        return problems
    }

    private func checkExamples(_ file: DataFile, coder: Coder, day: Day, covered: inout Set<String>) -> [String] {
        var problems = [String]()
        for row in file.rows {
            let family = String(row[0].prefix(3))
            let doc = coder.code(id: "example", date: day, text: row[1])
            if doc.events.contains(where: { !$0.negated && $0.code.hasPrefix(family) }) {
                covered.insert(family)
            } else {
                let got = doc.events.map(\.code).joined(separator: " ")
                problems.append("\(file.path):\(row.line): not coded \(row[0]) (got \(got.isEmpty ? "nothing" : got)): \(row[1])")
            }
        }
        return problems
    }
}
