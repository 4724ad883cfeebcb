extension IncidentDraft {
    /// "وأوردت الشرطة الإسرائيلية أن منزلا في مدينة سديروت أصيب بأضرار … دون وقوع ضحايا" after an
    /// air strike on Gaza: a sentence with no act word of its own that tells a toll, or its absence,
    /// at a place in another country than this incident's tells of another act (here the fire the
    /// strike answered), not of this one; unless it names this act again ("الغارة لم تسفر عن …").
    func tellsTollAbroad(_ a: SentenceAnalysis) -> Bool {
        let t = a.sentence.tokens
        guard !a.casualties.isEmpty, let p = Self.primaryPlace(a), let home = place?.place.country ?? country,
              p.place.country != home else { return false }
        // a place of the incident's own country only as where the fire came from ("من قطاع غزة")
        let namesHome = a.places.contains { $0.place.country == home && !($0.start > 0 && t[$0.start - 1].matches("من")) }
        return !namesHome && !t.contains { Self.actNouns.contains($0) }
    }
}
