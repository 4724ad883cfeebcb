/// "وأصيب ثلاثة جنود إسرائيليين بجروح في سديروت، بينما لم يبلغ عن إصابات في رفح": a sentence
/// that tells no act of its own (or tells one act and, in a later clause, only the toll at another
/// place) can still give each of two acts already told its own casualties, clause by clause, by
/// the place each clause names. Each clause's toll goes to the incident at its place; a clause
/// whose place is no incident's stays where it would have gone (the act being told).
extension NewsFraming {
    /// The sentence cut at a clause boundary into the words before and after it, each with its own
    /// places and casualties, when both clauses name act places of different scenes and the later
    /// one states casualties; nil otherwise.
    static func placeClauses(_ a: SentenceAnalysis) -> (SentenceAnalysis, SentenceAnalysis)? {
        guard a.casualties.count >= 1 else { return nil }
        let n = a.sentence.tokens.count
        for b in a.sentence.tokens.indices.dropFirst(3) where clauseOpens(a, at: b) {
            let before = actPlaces(a, 0..<b), after = actPlaces(a, b..<n)
            guard let there = after.first, !before.isEmpty, !isSameScene(before.map(\.place), there.place),
                  a.casualties.contains(where: { $0.start >= b }) else { continue }
            return cut(a, at: b)
        }
        return nil
    }

    /// An act sentence whose later clause names no act word, only a toll (of any status) at
    /// another place: the act alone, and the later clause's toll with its places, or nil.
    static func actAndOtherPlaceToll(_ a: SentenceAnalysis) -> (SentenceAnalysis, SentenceAnalysis)? {
        for b in a.sentence.tokens.indices.dropFirst(3) where clauseOpens(a, at: b) {
            guard a.events.contains(where: { $0.start < b && isSpecific($0) }), laterActs(a, from: b).isEmpty,
                  a.casualties.contains(where: { $0.start >= b }), tellsOtherPlace(a, from: b) || retellsBefore(a, b) else { continue }
            var (own, toll) = cut(a, at: b)
            toll.events = []
            own.events = a.events.filter { $0.start < b }
            return (own, toll)
        }
        return nil
    }

    /// "وقتل في الغارة ثلاثة مدنيين، فيما قتل مدنيان آخران في سراقب": the first clause names the
    /// act just told by a definite noun and no place, the later clause a place of its own.
    static func retellsBefore(_ a: SentenceAnalysis, _ b: Int) -> Bool {
        let t = a.sentence.tokens
        let acts = a.events.filter { $0.start < b }
        return !acts.isEmpty && acts.allSatisfy { isDefinite(t[$0.start]) } && actPlaces(a, 0..<b).isEmpty
            && !actPlaces(a, b..<t.count).isEmpty
    }

    /// "سوريا: مقتل 5 بغارة على كفرنبل وإصابة 3 بقصف على حلب" over a story of both acts: the
    /// headline's clauses go to the incidents at their places (the first incident by default), so
    /// the first act does not take the second's toll from the headline. By incident number.
    static func titleParts(_ t: SentenceAnalysis, drafts: [IncidentDraft]) -> [Int: SentenceAnalysis] {
        guard drafts.count >= 2 else { return [0: t] }
        if let (first, second) = placeClauses(t) {
            let kf = IncidentDraft.draft(forClause: first, in: drafts, current: 0) ?? 0
            let ks = IncidentDraft.draft(forClause: second, in: drafts, current: 0) ?? 0
            if kf != ks { return [kf: first, ks: second] }
        }
        return [0: t]
    }

    static func cut(_ a: SentenceAnalysis, at b: Int) -> (SentenceAnalysis, SentenceAnalysis) {
        var here = a, there = a
        here.events = a.events.filter { $0.start < b }
        there.events = a.events.filter { $0.start >= b }
        here.places = a.places.filter { $0.start < b }
        there.places = a.places.filter { $0.start >= b }
        here.casualties = a.casualties.filter { $0.start < b }
        there.casualties = a.casualties.filter { $0.start >= b }.map { var m = $0; m.adds = false; return m }
        here.weapons = a.weapons.filter { $0.start < b }
        there.weapons = a.weapons.filter { $0.start >= b }
        there.claims = []
        return (here, there)
    }
}

extension IncidentDraft {
    /// The draft told at the place a clause names as where its toll was: one whose place is that
    /// place (or holds it, or lies in it), the current draft first; nil when none is.
    static func draft(forClause a: SentenceAnalysis, in drafts: [IncidentDraft], current: Int?) -> Int? {
        guard let p = NewsFraming.actPlaces(a, 0..<a.sentence.tokens.count).first else { return nil }
        let name = ArabicNormalizer.normalize(p.place.nameAr)
        func exact(_ k: Int) -> Bool { drafts[k].place.map { ArabicNormalizer.normalize($0.place.nameAr) == name } ?? false }
        func near(_ k: Int) -> Bool { drafts[k].place.map { samePlace($0.place, p.place) } ?? false }
        if let c = current, exact(c) { return c }
        if let k = drafts.indices.last(where: exact) { return k }
        if let c = current, near(c) { return c }
        let ks = drafts.indices.filter(near)
        return ks.count == 1 ? ks[0] : nil
    }
}
