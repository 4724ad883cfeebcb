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
    /// Picks the place a story most likely means among same-named candidates. Hamlets without
    /// population drop out when a notable candidate exists, unless the story names their
    /// governorate. Then: (a) one in a country or governorate the story mentions, (b) the kind its designator names
    /// ("قاعدة" → military base/airport, "مخيم" → camp, "محافظة" → governorate), (c) the most
    /// important: user rows, curated sites, then population — a city over the governorate it
    /// names, any town over a nameless hamlet.
    public func resolve(_ candidates: [Place], context: PlaceContext) -> Place? {
        guard !candidates.isEmpty else { return nil }
        let designated = context.designator.flatMap { GazetteerKey.designators[$0] } ?? []
        func inMentionedAdmin1(_ p: Place) -> Bool {
            !context.admin1Keys.isEmpty
                && context.admin1Keys.contains(p.kind == .region ? p.key : GazetteerKey.make(p.admin1Ar))
        }
        // A nameless hamlet is meant only when the story names its governorate: a story that
        // mentions Jordan and "جنين" is about the West Bank town, not a Jordanian hamlet.
        let weighty = candidates.filter { $0.isNotable || inMentionedAdmin1($0) }
        let pool = weighty.isEmpty ? candidates : weighty
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
        guard let best = scored.max(by: { a, b in
            if a.context != b.context { return a.context < b.context }
            if a.fits != b.fits { return !a.fits }
            if a.place.priority != b.place.priority { return a.place.priority < b.place.priority }
            if a.weight != b.weight { return a.weight < b.weight }
            if a.place.isCurated != b.place.isCurated { return !a.place.isCurated }
            // Deterministic last resort: earlier country code, then source.
            return (a.place.country, a.place.source) > (b.place.country, b.place.source)
        })?.place else { return nil }
        // The same spot written by hand (curated name, governorate) wins over its WOF record.
        if !best.isCurated, let curated = pool.first(where: {
            $0.isCurated && $0.kind == best.kind && distanceKm($0, best) < Self.sameSpotKm
        }) {
            return curated
        }
        return best
    }

    /// Resolves a match with a context; the match's designator is added to the context.
    public func resolve(_ match: GazetteerMatch, context: PlaceContext = PlaceContext()) -> Place? {
        var ctx = context
        if let d = match.designator { ctx.designator = d }
        return resolve(match.candidates, context: ctx)
    }

    /// Importance without context. Countries first; curated rows count as a sizeable town unless
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
            guard p.kind.isSite || p.isCurated else { return p.population }
            // "جنين" alone is the town; its camp needs "مخيم". A site only outweighs nameless hamlets.
            let townOfThatName = pool.contains {
                !$0.kind.isSite && $0.kind != .region && $0.kind != .country && $0.country == p.country
                    && $0.population > 0
            }
            return townOfThatName ? p.population : max(p.population, Self.siteWeight)
        }
    }

    /// Two rows of one kind closer than this describe the same place.
    static let sameSpotKm = 5.0

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
