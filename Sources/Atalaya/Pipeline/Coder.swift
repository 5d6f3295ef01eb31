/// The whole pipeline: text → tokens → words → actors → verb groups → subjects → dates, places → quotes → events.
///
/// A `Coder` is immutable and `Sendable`; one can code documents on many threads.
///
/// ```swift
/// let coder = Coder(lexicon: try Lexicon.load(language: "es"))
/// var doc = Document(id: "a", date: Day(parsing: "2023-09-13")!, text: "Kim y Putin se reunieron.")
/// coder.code(&doc)
/// doc.events.count  // 2: PRKGOV→RUSGOV and RUSGOV→PRKGOV, 040
/// ```
public struct Coder: Sendable {
    public let lexicon: Lexicon
    /// The pipeline, in the order it runs; each stage adds one kind of annotation.
    public let stages: [any Stage]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var continuation = Set<[UInt8]>()
        for (w, c) in lexicon.classes.enumerated()
        where !c.intersection([.determiner, .preposition, .conjunction, .subordinator, .objClitic, .clitic]).isEmpty {
            continuation.insert(Array(lexicon.vocabulary.form(Int32(w)).utf8))
        }
        stages = [
            lexicon.tokenizer,                                      // 1. tokens
            SentenceSegmenter(continuationWords: continuation),     // 2. sentences
            WordTagger(lexicon: lexicon),                           // 3. word ids
            ActorRecognizer(lexicon: lexicon),                      // 4. actor mentions
            VerbGroupFinder(lexicon: lexicon),                      // 5. verb groups
            SubjectResolver(lexicon: lexicon),                      // 6. clauses: subjects; referents
            DateResolver(lexicon: lexicon),                         // 7. dates
            PlaceResolver(lexicon: lexicon),                        // 8. places
            QuoteFinder(lexicon: lexicon),                          // 9. quotations
            EventCoder(lexicon: lexicon),                           // 10. events (statements read the quotations)
        ]
    }

    /// Runs every stage on the document, in order.
    public func code(_ doc: inout Document) {
        for stage in stages { stage.run(&doc) }
    }

    /// Codes a text and returns the document.
    public func code(id: String = "doc", date: Day, text: String) -> Document {
        var doc = Document(id: id, date: date, text: text)
        code(&doc)
        return doc
    }
}
