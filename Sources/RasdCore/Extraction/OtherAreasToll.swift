/// "وقتل تسعة مدنيين آخرين في مناطق أخرى في الغوطة الشرقية": dead "besides" told of other areas
/// are the toll of other acts of the same campaign (SCHEMA: different places are different
/// incidents). `droppingTollsInOtherAreas` keeps them off the act just told; here they become an
/// incident of their own, so a reported death is never lost. Its act is the kind of the act the
/// story is telling ("آخرين" counts them beside that act's dead), its place the one the clause
/// names after "مناطق أخرى" ("في مناطق أخرى من ريف إدلب"), else the wider area (governorate or
/// district) the story told that act in, else none.
extension NewsFraming {
    /// The position of "أخرى" when the toll at `m` counts dead besides those told ("آخرين", or an
    /// addition within the sentence) and is told of other areas (up to eight words on) with no act
    /// of its own there: "وقتل خمسة آخرون في قصف على بلدات أخرى في ريف حماة" tells its own act at its
    /// own place, and the toll stays with that act.
    static func otherAreaWord(_ a: SentenceAnalysis, after m: CasualtyMention) -> Int? {
        let t = a.sentence.tokens
        guard m.adds || ((m.start + 1)..<min(t.count, m.start + 5)).contains(where: { OwnSideVictims.otherWords.contains(t[$0]) }),
              let area = (m.start..<min(t.count - 1, m.start + 8)).first(where: { areaNouns.contains(t[$0]) && otherWords.contains(t[$0 + 1]) })
        else { return nil }
        let w = area + 1
        if a.events.contains(where: { $0.start > m.start && $0.start < area }) && a.places.contains(where: { $0.start > w }) { return nil }
        return w
    }

    /// The sentence's "besides, in other areas" tolls (`otherAreaTolls`) as a clause of their own that tells an act of
    /// the kinds `lead` told, or nil when it has none.
    static func otherAreasToll(_ a: SentenceAnalysis, actsLike lead: SentenceAnalysis) -> SentenceAnalysis? {
        let tolls = a.otherAreaTolls
        guard let first = tolls.first, tolls.contains(where: { $0.toll.count.status == .reported }) else { return nil }
        // the act its own clause names ("وقتل خمسة آخرون في قصف على بلدات أخرى"), else the act told
        let own = a.events.filter { $0.start > first.toll.start && isSpecific($0) }
        let specific = own.isEmpty ? lead.events.filter { isSpecific($0) } : own
        let kinds = Array(Set((specific.isEmpty ? lead.events : specific).map(\.payload))).sorted { $0.rawValue < $1.rawValue }
        guard !kinds.isEmpty else { return nil }
        var out = SentenceAnalysis(sentence: a.sentence)
        out.events = kinds.map { PhraseMatch(start: first.toll.start, end: first.toll.start + 1, payload: $0) }
        out.rawEvents = out.events
        out.casualties = tolls.map(\.toll)
        let areaEnd = first.areaEnd
        out.places = a.places.filter { $0.start > areaEnd }
        if out.places.isEmpty {
            // "في مناطق أخرى من المحافظة": other areas of the wider area the act was told in ("في ريف إدلب")
            out.places = (lead.places + a.places).filter { ["region", "county"].contains($0.place.kind) }.prefix(1).map {
                var p = $0; p.start = areaEnd; p.end = areaEnd + 1; return p
            }
        }
        out.countries = a.countries
        out.placeCountries = a.placeCountries
        out.dates = a.dates.filter { !$0.ofStatement }
        out.weapons = a.weapons.filter { $0.start > first.toll.start }
        out.contexts = a.contexts
        return out
    }
}
