/// The shipped gazetteer answers the extractor's place lookups: its rows become candidates and
/// its common-word list keeps "الشباب" or "الحي" from being read as villages.
extension Gazetteer: PlaceLookup {
    public func placeCandidates(forKey key: String) -> [PlaceCandidate] {
        places(forKey: key).map(Self.candidate)
    }

    static func candidate(_ p: Place) -> PlaceCandidate {
            PlaceCandidate(nameAr: p.nameAr, nameEn: p.nameEn.isEmpty ? nil : p.nameEn, kind: p.kind.rawValue,
                           admin1Ar: p.admin1Ar.isEmpty ? (p.kind == .region ? p.nameAr : nil) : p.admin1Ar,
                           admin1En: p.admin1En.isEmpty ? nil : p.admin1En, country: p.country, lat: p.lat, lon: p.lon,
                           population: p.population)
    }

    public func isCommonWord(_ key: String) -> Bool { commonKeys.contains(key) }

    public func placeIndex() -> PlaceIndex? {
        let store = self.store
        var ix = PlaceIndex { store.candidate(Int($0)) }
        ix.reserve(store.count + store.count / 2)
        // rows are kept in the gazetteer's order for a key; keys are read off the store, no `Place` made
        for i in 0..<store.count {
            let (key, altKeys) = store.keys(i)
            var seen = [WordHash.of(key)]
            ix.add(row: Int32(i), hash: seen[0])
            for k in altKeys {
                let h = WordHash.of(k)
                if !seen.contains(h) { seen.append(h); ix.add(row: Int32(i), hash: h) }
            }
        }
        ix.commonWords = Set(commonKeys.map(WordHash.of))
        ix.seal()
        return ix
    }
}
