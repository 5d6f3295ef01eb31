import Foundation

/// The loaders of names: agents, demonyms, actors and places.
extension LexiconBuilder {
    /// `<lang>/agents.tsv`: agent code, forms, `leader` or `local`.
    mutating func loadAgents() throws {
        for f in try finder.files("\(language)/agents.tsv") {
            for r in f.rows {
                guard CameoTable.isActorCodeShape(r[0]) else { throw f.error(r, "bad agent code '\(r[0])'") }
                for form in DataFile.parts(r[1], "|") {
                    let words = phrase(form)
                    let plural = Folding.fold(DataFile.parts(form, " ").first ?? form).last == UInt8(ascii: "s")
                    agentPhrases.append((words, Int32(agentEntries.count)))
                    agentEntries.append(AgentEntry(code: r[0], plural: plural, leader: r[2] == "leader", local: r[2] == "local"))
                }
            }
        }
    }

    /// `<lang>/demonyms.tsv`: country code, forms.
    mutating func loadDemonyms() throws {
        for f in try finder.files("\(language)/demonyms.tsv") {
            for r in f.rows {
                guard CameoTable.isActorCodeShape(r[0]) else { throw f.error(r, "bad country code '\(r[0])'") }
                let i = Int32(demonymCodes.count)
                demonymCodes.append(r[0])
                for form in DataFile.parts(r[1], "|") { demonymMap[word(form)] = i }
            }
        }
    }

    /// `actors/*.tsv` and `<lang>/actors/*.tsv`, each kind in turn. The people of
    /// `people-phoenix.tsv` (the optional `--with phoenix-people`: thousands, derived) come after
    /// ours and are named in full only.
    mutating func loadActors() throws {
        let actorFiles: [(String, ActorEntry.Kind)] = [("countries", .country), ("country-variants", .country),
                                                       ("organizations", .organization), ("people", .person),
                                                       ("people-phoenix", .person),
                                                       ("seats", .seat), ("groups", .group),
                                                       ("regions", .organization), ("parties", .group),
                                                       ("outlets", .group), ("agencies", .seat)]
        var loaded = ActorDictionary(vocabularySize: 0)
        for (name, kind) in actorFiles {
            for rel in ["actors/\(name).tsv", "\(language)/actors/\(name).tsv"] {
                for url in finder.urls(rel) {
                    guard let file = MappedFile(path: url.path) else { throw LexiconError(file: url.path, line: 0, message: "cannot read") }
                    guard String(validating: file.bytes, as: UTF8.self) != nil else {
                        throw LexiconError(file: url.path, line: 0, message: "not valid UTF-8")
                    }
                    try loaded.load(url.path, bytes: file.bytes, kind: kind, surnames: name != "people-phoenix",
                                    phrase: { phrase($0, into: &$1) }, valid: CameoTable.isActorCodeShape)
                }
            }
        }
        actors = loaded
    }

    /// The gazetteer (cities, first-level divisions, landmarks) and `<lang>/places.tsv`, then every
    /// country as a place of its own.
    mutating func loadPlaces() throws {
        // All files read first, to size the tables once: growing them copies megabytes.
        var files = [(path: String, file: MappedFile?)]()
        for rel in ["gazetteer/cities.tsv", "gazetteer/divisions.tsv", "gazetteer/places.tsv", "\(language)/places.tsv"] {
            for url in finder.urls(rel) { files.append((url.path, MappedFile(path: url.path))) }
        }
        let countries = actors.entries.filter { $0.kind == .country }
        let sizes = files.compactMap { $0.file?.bytes }
        let names = sizes.reduce(countries.count) { $0 + PlaceDictionary.maxNames(in: $1) }
        var loaded = PlaceDictionary(vocabularySize: vocab.count)
        loaded.reserve(names: names, nameBytes: sizes.reduce(countries.count * 64) { $0 + $1.count },
                       vocabularySize: vocab.count + 2 * names)
        for (path, file) in files {
            guard let file else { throw LexiconError(file: path, line: 0, message: "cannot read") }
            try loaded.load(path, bytes: file.bytes, phrase: { phrase($0, into: &$1) })
        }
        for e in countries {
            loaded.add(Place(name: e.name, country: e.roles[0].code, lat: nil, lon: nil, population: Int(Int32.max), isCountry: true),
                       words: phrase(e.name))
        }
        places = loaded
    }
}
