/// Lookups by token position over the annotations stages append in text order (places, dates,
/// verb groups): a binary search, so a stage that asks once per event stays linear overall.
extension Document {
    /// The places that start inside `range` of tokens.
    ///
    /// ```swift
    /// doc.places(startingIn: 10..<20).first?.place.name
    /// ```
    public func places(startingIn range: Range<Int>) -> ArraySlice<PlaceMention> {
        places[Self.span(places, range) { $0.tokens.lowerBound }]
    }

    /// The dates that start inside `range` of tokens.
    public func dates(startingIn range: Range<Int>) -> ArraySlice<DateMention> {
        dates[Self.span(dates, range) { $0.tokens.lowerBound }]
    }

    /// The date that starts inside `range` nearest token `head` (the first of two as near).
    public func nearestDate(in range: Range<Int>, to head: Int) -> DateMention? {
        var best: DateMention?
        for d in dates(startingIn: range) where best == nil || abs(d.tokens.lowerBound - head) < abs(best!.tokens.lowerBound - head) {
            best = d
        }
        return best
    }

    /// The verb groups that start inside `range` of tokens.
    public func verbs(startingIn range: Range<Int>) -> ArraySlice<VerbGroup> {
        verbs[Self.span(verbs, range) { $0.tokens.lowerBound }]
    }

    /// Indices of the items whose key lies in `range`; the items are sorted by key.
    static func span<T>(_ items: [T], _ range: Range<Int>, key: (T) -> Int) -> Range<Int> {
        func firstIndex(atLeast bound: Int) -> Int {
            var lo = 0, hi = items.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if key(items[mid]) < bound { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let lo = firstIndex(atLeast: range.lowerBound)
        return lo..<max(lo, firstIndex(atLeast: range.upperBound))
    }
}

extension Document {
    /// Whether token `t` is a comma (false out of range).
    ///
    /// ```swift
    /// doc.isComma(1)  // true in "Kim, Putin …"
    /// ```
    @inline(__always)
    public func isComma(_ t: Int) -> Bool {
        t >= 0 && t < tokens.count && tokens[t].kind == .punct && bytes[Int(tokens[t].start)] == UInt8(ascii: ",")
    }

    /// The actors mention `i` stands for: its own, or for a reference ("ambos líderes") those the
    /// subject resolver found (none when it found none).
    ///
    /// ```swift
    /// doc.actors(ofMention: 0).map(\.code)  // ["PRKGOV", "RUSGOV"] for "Kim y Putin"
    /// ```
    public func actors(ofMention i: Int) -> [ActorMember] {
        if mentions[i].kind == .reference { return referents[i] ?? [] }
        // Asked for every mention a stage looks at: one array at most, none for a group whose
        // members all have codes (its own list is shared).
        let members = mentions[i].members
        if members.isEmpty { return mentions[i].code.isEmpty ? [] : [ActorMember(code: mentions[i].code, tokens: mentions[i].tokens)] }
        return members.contains(where: { $0.code.isEmpty }) ? members.filter { !$0.code.isEmpty } : members
    }

    /// The code a mention is written with: its own, or for a reference the codes it was resolved
    /// to, joined by "+" ("" when unresolved).
    public func code(ofMention i: Int) -> String {
        guard mentions[i].kind == .reference else { return mentions[i].code }
        return ActorCode(group: (referents[i] ?? []).map { ActorCode($0.code) }).description
    }
}
