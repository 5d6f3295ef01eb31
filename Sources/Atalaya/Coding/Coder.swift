/// The whole pipeline: text → tokens → words → actors → verb groups → subjects → dates, places → events → quotes.
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
    let tokenizer: Tokenizer
    let segmenter: SentenceSegmenter
    let tagger: WordTagger
    let actors: ActorRecognizer
    let verbs: VerbGroupFinder
    let subjects: SubjectResolver
    let dates: DateResolver
    let places: PlaceResolver
    let events: EventCoder
    let quotes: QuoteFinder

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        tokenizer = lexicon.tokenizer
        var continuation = Set<[UInt8]>()
        for (w, c) in lexicon.classes.enumerated()
        where !c.intersection([.determiner, .preposition, .conjunction, .subordinator, .objClitic, .clitic]).isEmpty {
            continuation.insert(Array(lexicon.vocabulary.form(Int32(w)).utf8))
        }
        segmenter = SentenceSegmenter(continuationWords: continuation)
        tagger = WordTagger(lexicon: lexicon)
        actors = ActorRecognizer(lexicon: lexicon)
        verbs = VerbGroupFinder(lexicon: lexicon)
        subjects = SubjectResolver(lexicon: lexicon)
        dates = DateResolver(lexicon: lexicon)
        places = PlaceResolver(lexicon: lexicon)
        events = EventCoder(lexicon: lexicon)
        quotes = QuoteFinder(lexicon: lexicon)
    }

    /// Runs every stage on the document.
    public func code(_ doc: inout Document) {
        tokenizer.tokenize(&doc)
        segmenter.segment(&doc)
        tagger.tag(&doc)
        actors.recognize(&doc)
        verbs.find(&doc)
        subjects.resolve(&doc)
        dates.resolve(&doc)
        places.resolve(&doc)
        events.code(&doc)
        quotes.find(&doc)
    }

    /// Codes a text and returns the document.
    public func code(id: String = "doc", date: Day, text: String) -> Document {
        var doc = Document(id: id, date: date, text: text)
        code(&doc)
        return doc
    }
}
