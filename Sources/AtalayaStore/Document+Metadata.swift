import Atalaya

extension Document {
    /// The document without its text and annotations: what the documents table stores besides its
    /// rows (id, date, title, source, url, language). Lets a batch waiting to be written hold
    /// its documents' rows and not the documents themselves.
    ///
    /// ```swift
    /// let kept = doc.metadataOnly   // kept.title == doc.title, kept.tokens.isEmpty
    /// ```
    var metadataOnly: Document {
        var d = Document(id: id, date: date, text: "", title: title, source: source, url: url, lang: lang)
        d.dateIsDefault = dateIsDefault
        d.dateUnknown = dateUnknown
        return d
    }
}
