/// The shipped gazetteer answers the extractor's place lookups: its rows become candidates and
/// its common-word list keeps "الشباب" or "الحي" from being read as villages.
extension Gazetteer: PlaceLookup {
    public func placeCandidates(forKey key: String) -> [PlaceCandidate] {
        places(forKey: key).map { p in
            PlaceCandidate(nameAr: p.nameAr, nameEn: p.nameEn.isEmpty ? nil : p.nameEn, kind: p.kind.rawValue,
                           admin1Ar: p.admin1Ar.isEmpty ? (p.kind == .region ? p.nameAr : nil) : p.admin1Ar,
                           admin1En: p.admin1En.isEmpty ? nil : p.admin1En, country: p.country, lat: p.lat, lon: p.lon,
                           population: p.population)
        }
    }

    public func isCommonWord(_ key: String) -> Bool { commonKeys.contains(key) }

    public func keyHashes() -> Set<UInt64>? {
        var out = Set<UInt64>(minimumCapacity: places.count * 2)
        for p in places {
            out.insert(WordHash.of(p.key))
            for k in p.altKeys { out.insert(WordHash.of(k)) }
        }
        return out
    }
}
