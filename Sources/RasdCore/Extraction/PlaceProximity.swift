/// "قصف على بلدة الشجرة" in a story whose other towns all lie in Daraa: a village name shared by
/// several governorates, which no governorate of the story settles, is the reading nearest the
/// places the story names without doubt. Wire copy names the front's towns together, so the
/// nearest reading is the one on that front.
extension PlaceRules {
    /// How far from the story's sure places the chosen reading may lie.
    static let nearbyKm = 60.0

    /// The story's governorates first (`preferringStoryRegions`), then nearness to its sure places.
    public static func preferringStoryPlaces(_ m: PlaceMention, _ all: [PlaceMention]) -> PlaceMention {
        let regions = storyRegions(all)
        let byRegion = preferringStoryRegions(m, regions)
        if byRegion != m || (m.place.admin1Ar.map(regions.contains) ?? false) { return byRegion }
        return preferringNearby(m, anchors: all)
    }

    /// The reading of a shared village name nearest the story's places that have one reading (or
    /// are big cities), when that one lies within `nearbyKm` and the current one does not. A
    /// populated town keeps its reading.
    public static func preferringNearby(_ m: PlaceMention, anchors: [PlaceMention]) -> PlaceMention {
        guard m.alternatives.count > 1, !m.settled, guessedKinds.contains(m.place.kind), m.place.population < 10_000 else { return m }
        let points: [(Double, Double)] = anchors.compactMap { a in
            guard a.alternatives.count <= 1 || isMajorCity(a.place), !a.describing, !["country", "region", "macroregion"].contains(a.place.kind),
                  a.place.nameAr != m.place.nameAr, let la = a.place.lat, let lo = a.place.lon else { return nil }
            return (la, lo)
        }
        guard !points.isEmpty else { return m }
        func distance(_ p: PlaceCandidate) -> Double? {
            guard let la = p.lat, let lo = p.lon else { return nil }
            return points.map { GeoDistance.km(lat1: la, lon1: lo, lat2: $0.0, lon2: $0.1) }.min()
        }
        let readings = m.alternatives.filter { !["country", "region", "macroregion"].contains($0.kind) }
        guard let (best, d) = readings.compactMap({ p in distance(p).map { (p, $0) } }).min(by: { $0.1 < $1.1 }),
              d <= nearbyKm, best != m.place, (distance(m.place) ?? .infinity) > nearbyKm else { return m }
        var out = m
        out.place = best
        return out
    }
}
