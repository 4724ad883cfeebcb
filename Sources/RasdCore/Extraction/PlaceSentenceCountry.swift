/// "طرابلس" is the capital of Libya and a city of Lebanon: the sentence that names Lebanon as a
/// place ("مدينة طرابلس شمال لبنان"، "في طرابلس بلبنان") or calls the city Lebanese ("طرابلس
/// اللبنانية") means the Lebanese one, whatever its size.
extension PlaceRules {
    static func preferringSentenceCountry(_ mentions: [PlaceMention], _ t: [ArabicToken]) -> [PlaceMention] {
        guard mentions.contains(where: isAbroadAmbiguous) else { return mentions }
        let named = Set(CountryLexicon.placeMatches(t).map(\.payload.0))
        return mentions.map { m in
            guard isAbroadAmbiguous(m) else { return m }
            var here = named
            if m.end < t.count, let n = CountryLexicon.nisbaLexicon.match(t, at: m.end) { here.insert(n.payload) }
            guard !here.isEmpty, !here.contains(m.place.country),
                  let better = m.alternatives.first(where: { here.contains($0.country) && !["region", "country", "macroregion"].contains($0.kind)
                      && ($0.population >= townPopulation || m.place.population < townPopulation) }) else { return m }
            var out = m
            out.place = better
            out.settled = true
            return out
        }
    }

    /// A place whose readings lie in more than one country.
    static func isAbroadAmbiguous(_ m: PlaceMention) -> Bool {
        m.alternatives.count > 1 && !["region", "country", "macroregion"].contains(m.place.kind)
            && m.alternatives.contains { $0.country != m.place.country }
    }
}
