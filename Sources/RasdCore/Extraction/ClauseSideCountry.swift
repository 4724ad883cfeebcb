/// "ولم تقع إصابات في إسرائيل، بينما قتل فلسطيني في قطاع غزة"، "ولم يبلغ عن إصابات في الجانب
/// الإسرائيلي": in a two-side story a clause names the side whose toll it tells by its country
/// ("في إسرائيل") or by "الجانب/الطرف" with the side's nisba, not by a town. The clause's toll
/// belongs to the one act told in that country.
extension NewsFraming {
    static let inWords = WordSet(["في", "داخل"])
    static let sideNouns = WordSet(["الجانب", "الطرف", "صفوف"])

    /// The country a clause in `r` names as where its toll was: a country after "في"/"داخل", or
    /// "الجانب" with a side's nisba ("في الجانب الإسرائيلي"); nil when it names none.
    static func clauseCountry(_ a: SentenceAnalysis, _ r: Range<Int>) -> String? {
        let t = a.sentence.tokens
        if let p = a.places.first(where: { r.contains($0.start) && $0.start > 0 && $0.place.kind == "country" && inWords.contains(t[$0.start - 1]) }) {
            return p.place.country
        }
        for (code, text) in a.countries {
            let words = ArabicTokenizer.tokenize(text).map(\.norm)
            guard let w = words.first else { continue }
            if r.contains(where: { j in j > 0 && t[j].norm == w && inWords.contains(t[j - 1]) }) { return code }
        }
        for j in r where j + 1 < t.count && sideNouns.contains(t[j]) {
            if let side = OwnSideVictims.nisbaSide[t[j + 1].norm], let c = OwnSideVictims.homeCountry[side] { return c }
        }
        return nil
    }

    /// The country of the scene a clause names: its first act place's, else the country it names.
    static func sceneCountry(_ a: SentenceAnalysis, _ r: Range<Int>) -> String? {
        actPlaces(a, r).first?.place.country ?? clauseCountry(a, r)
    }

    /// The sentence cut where a later clause, telling a toll, names another country's scene than
    /// the clause before it, one of them by its country alone; nil otherwise.
    static func countryClauses(_ a: SentenceAnalysis) -> (SentenceAnalysis, SentenceAnalysis)? {
        guard !a.casualties.isEmpty else { return nil }
        let n = a.sentence.tokens.count
        for b in a.sentence.tokens.indices.dropFirst(3) where clauseOpens(a, at: b) {
            guard a.casualties.contains(where: { $0.start >= b }), clauseCountry(a, 0..<b) != nil || clauseCountry(a, b..<n) != nil,
                  let here = sceneCountry(a, 0..<b), let there = sceneCountry(a, b..<n), here != there else { continue }
            return cut(a, at: b)
        }
        return nil
    }
}

extension IncidentDraft {
    /// The one draft in the country a clause names by its country alone, or nil.
    static func draft(forCountryClause a: SentenceAnalysis, in drafts: [IncidentDraft]) -> Int? {
        guard NewsFraming.actPlaces(a, 0..<a.sentence.tokens.count).isEmpty,
              let c = NewsFraming.clauseCountry(a, 0..<a.sentence.tokens.count) else { return nil }
        let ks = drafts.indices.filter { drafts[$0].country == c }
        return ks.count == 1 ? ks[0] : nil
    }
}
