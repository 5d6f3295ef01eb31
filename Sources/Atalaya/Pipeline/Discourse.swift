/// What the subject resolver remembers from earlier clauses and sentences of a document, to
/// resolve pro-drop subjects and "ambos líderes".
struct Discourse {
    /// Subject of the last main clause that had one.
    var lastSubject: [ActorMember] = []
    /// `lastSubject` as the current sentence began: who speaks in «…», aseguró.
    var subjectBeforeSentence: [ActorMember] = []
    /// The last pair or group of actors named or acting together ("Kim y Putin").
    var lastGroup: [ActorMember] = []
    /// Unknown words the story writes capitalised inside a sentence (hashes of their folded forms):
    /// names, so at the start of a sentence too ("Bellver ha denunciado" after "…, Jorge Bellver,").
    var names: Set<Int> = []
    /// The last two governments named one at a time since the last group, newest last ("el
    /// presidente de Chile recibió al presidente de Perú"): what "los dos líderes" may refer to.
    var singles: [ActorMember] = []

    mutating func saw(_ actors: [ActorMember]) {
        if actors.count >= 2 { lastGroup = actors }
    }
}
