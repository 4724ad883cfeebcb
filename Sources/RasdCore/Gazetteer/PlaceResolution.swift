/// What the story around a place name says about where it is: the countries and governorates it
/// mentions, and the word written just before the name. Used to pick one of several same-named
/// places ("عدن" in Yemen or in Syria).
public struct PlaceContext: Sendable, Equatable {
    /// ISO codes of countries the story mentions (or the outlet's country).
    public var countries: Set<String>
    /// Keys (`GazetteerKey.make`) of governorates the story mentions.
    public var admin1Keys: Set<String>
    /// Normalised designator before the name ("قاعده", "مطار", "مخيم"), from `GazetteerMatch`.
    public var designator: String?

    public init(countries: Set<String> = [], admin1Keys: Set<String> = [], designator: String? = nil) {
        self.countries = countries
        self.admin1Keys = admin1Keys
        self.designator = designator
    }
}

extension Gazetteer {
    /// Picks the place a story most likely means among same-named candidates:
    /// (a) one in a country or governorate the story mentions, (b) the kind its designator names
    /// ("قاعدة" → military base/airport, "مخيم" → camp, "محافظة" → governorate), (c) the most
    /// important: user rows, curated sites, then population — a city over the governorate it
    /// names, any town over a nameless hamlet.
    public func resolve(_ candidates: [Place], context: PlaceContext) -> Place? {
        guard !candidates.isEmpty else { return nil }
        let pool = candidates
        let designated = context.designator.flatMap { GazetteerKey.designators[$0] } ?? []
        func contextScore(_ p: Place) -> Int {
            var score = 0
            if context.countries.contains(p.country) { score += 2 }
            if !context.admin1Keys.isEmpty {
                let own = p.kind == .region ? p.key : GazetteerKey.make(p.admin1Ar)
                if context.admin1Keys.contains(own) { score += 3 }
            }
            return score
        }
        let scored = pool.map { p in
            (place: p, context: contextScore(p), fits: designated.contains(p.kind), weight: weight(p, among: pool))
        }
        return scored.max { a, b in
            if a.context != b.context { return a.context < b.context }
            if a.fits != b.fits { return !a.fits }
            if a.place.priority != b.place.priority { return a.place.priority < b.place.priority }
            if a.weight != b.weight { return a.weight < b.weight }
            // Deterministic last resort: earlier country code, then name.
            return (a.place.country, a.place.source) > (b.place.country, b.place.source)
        }?.place
    }

    /// Resolves a match with a context; the match's designator is added to the context.
    public func resolve(_ match: GazetteerMatch, context: PlaceContext = PlaceContext()) -> Place? {
        var ctx = context
        if let d = match.designator { ctx.designator = d }
        return resolve(match.candidates, context: ctx)
    }

    /// Importance without context. Countries first; curated sites count as a sizeable town unless
    /// a populated town of the same name exists in their country; a governorate yields to a
    /// same-country city of the same name (its namesake capital).
    func weight(_ p: Place, among pool: [Place]) -> Int {
        switch p.kind {
        case .country:
            return Int.max
        case .region:
            let hasNamesakeCity = pool.contains {
                $0.kind == .locality && $0.country == p.country && $0.population > 0
                    && GazetteerKey.make($0.admin1Ar) == p.key
            }
            return hasNamesakeCity ? 1 : max(p.population, 1_000_000)
        default:
            guard p.kind.isSite else { return p.population }
            // "جنين" alone is the town; its camp needs "مخيم". A site only outweighs nameless hamlets.
            let townOfThatName = pool.contains {
                !$0.kind.isSite && $0.kind != .region && $0.kind != .country && $0.country == p.country
                    && $0.population > 0
            }
            return townOfThatName ? p.population : max(p.population, Self.siteWeight)
        }
    }

    /// Population a curated site counts as when ranking same-named places.
    static let siteWeight = 50_000

    /// Countries and governorates named in a token array (for `PlaceContext`): country rows,
    /// and governorate rows when written with a governorate designator or unambiguous.
    public func mentionedContext(in tokens: [String]) -> PlaceContext {
        var ctx = PlaceContext()
        for m in matches(in: tokens) {
            let countries = m.candidates.filter { $0.kind == .country }
            if let c = countries.first { ctx.countries.insert(c.country); continue }
            let regions = m.candidates.filter { $0.kind == .region }
            let adminDesignator = m.designator.map { GazetteerKey.designators[$0]?.contains(.region) ?? false } ?? false
            if !regions.isEmpty, adminDesignator || Set(m.candidates.map(\.country)).count == 1 {
                for r in regions { ctx.admin1Keys.insert(r.key) }
                if Set(regions.map(\.country)).count == 1 { ctx.countries.insert(regions[0].country) }
            }
        }
        return ctx
    }
}
