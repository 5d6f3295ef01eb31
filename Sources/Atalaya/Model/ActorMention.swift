/// A span of tokens that names a political actor, with its CAMEO code.
///
/// `members` is non-empty for a group ("Kim y Putin", "ambos líderes"): the mentions
/// it stands for, each with its own code.
public struct ActorMention: Sendable {
    public var sentence: Int
    /// Token range in the document.
    public var tokens: Range<Int>
    /// CAMEO actor code, e.g. "RUSGOV", "IGOUNO", or an agent alone ("COP") when no country is known.
    public var code: String
    public var kind: Kind
    /// For groups and references: the actors they stand for.
    public var members: [ActorMember] = []

    public enum Kind: UInt8, Sendable {
        /// A named entity from the dictionaries (person, country, organisation, seat of power).
        case named
        /// An agent noun composed with a country ("el presidente ruso").
        case composed
        /// An agent noun alone ("la policía"): its country is not in the text but inferred from
        /// the sentence's place or the story.
        case bare
        /// A demonym attached to a non-agent noun ("armas norcoreanas"): a target, never a subject.
        case modifier
        /// A reference back ("ambos líderes", "el mandatario").
        case reference
        /// Coordinated actors ("Kim y Putin").
        case group
    }

    public init(sentence: Int, tokens: Range<Int>, code: String, kind: Kind, members: [ActorMember] = []) {
        self.sentence = sentence
        self.tokens = tokens
        self.code = code
        self.kind = kind
        self.members = members
    }

    /// The individual actors this mention stands for.
    public var actors: [ActorMember] {
        members.isEmpty ? [ActorMember(code: code, tokens: tokens)] : members
    }
}

/// One actor inside a group mention, with the tokens that name it.
public struct ActorMember: Sendable, Hashable {
    public var code: String
    public var tokens: Range<Int>
    public init(code: String, tokens: Range<Int>) {
        self.code = code
        self.tokens = tokens
    }
}

/// A place named in the text, resolved with the gazetteer.
public struct PlaceMention: Sendable {
    public var sentence: Int
    public var tokens: Range<Int>
    public var place: Place
}

/// A gazetteer entry.
public struct Place: Sendable, Hashable {
    public var name: String
    /// ISO 3166-1 alpha-3 code of the country.
    public var country: String
    public var lat: Double?
    public var lon: Double?
    public var population: Int
    public var isCountry: Bool
}

/// A date expression ("ayer", "el 13 de septiembre", "en 2019") resolved against the document date.
public struct DateMention: Sendable {
    public var sentence: Int
    public var tokens: Range<Int>
    public var day: Day
    public var precision: Precision
    /// The text states the year ("el 13 de septiembre de 2023", "en 2019"): the date holds
    /// whatever the document's own date.
    public var stated = false

    /// How precise a date is; `unknown` for an event dated from a document that carried no date
    /// (then `day` is the day it was coded).
    public enum Precision: String, Sendable { case day, week, month, year, unknown }
}
