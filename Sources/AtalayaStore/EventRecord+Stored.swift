import Atalaya

extension EventRecord {
    /// A stored event with its first mention, for the writers `atalaya code` uses (`EventJSON`,
    /// `PloverJSON`, `PhoenixTSV`). Without a mention the texts are empty and offsets null.
    ///
    /// ```swift
    /// let r = EventRecord(event, mentions[event.id], cameo: lexicon.cameo)
    /// ```
    public init(_ e: StoredEvent, _ m: EventMention?, cameo: CameoTable) {
        let info = cameo.info(e.code)
        let location = m?.locationName.map {
            Location(name: $0, country: m?.locationCountry, lat: m?.locationLat, lon: m?.locationLon)
        }
        self.init(
            id: String(e.id), doc: m?.docId ?? "", sentence: m?.sentence ?? 0, date: e.date,
            datePrecision: m?.datePrecision ?? "day", code: e.code, root: e.root, quad: e.quad, goldstein: e.goldstein,
            source: Span(code: e.source, text: m?.sourceText ?? "", start: m?.sourceStart, end: m?.sourceEnd),
            target: e.target.isEmpty ? nil : Span(code: e.target, text: m?.targetText ?? "", start: m?.targetStart, end: m?.targetEnd),
            evidence: Span(code: nil, text: m?.evidence ?? "", start: m?.evidenceStart, end: m?.evidenceEnd),
            pattern: m?.pattern ?? "", negated: false, mode: m?.mode, location: location,
            plover: info?.ploverEvent.map { Plover(event: $0, mode: info?.ploverMode) }, url: m?.url,
            stored: Stored(id: e.id, mentions: e.numMentions, sentences: e.numSentences, documents: e.numDocuments))
    }
}
