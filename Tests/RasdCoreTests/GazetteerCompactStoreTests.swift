import Testing
@testable import RasdCore

/// The shipped gazetteer read from its bytes into the compact store gives back every row as the
/// TSV reader parsed it, and every key looks up the rows a plain scan of the parsed rows finds.
@Suite struct GazetteerCompactStoreTests {
    static let parsed: [Place] = {
        var places = (try? GazetteerTSV.parse(Gazetteer.shippedTSV(), origin: Gazetteer.shippedResource).places) ?? []
        Gazetteer.fillAdmin1En(&places)
        return places
    }()

    @Test func everyShippedRowComesBackAsParsed() throws {
        let g = try Gazetteer.shipped()
        #expect(Self.parsed.count > 50_000)
        #expect(g.places.count == Self.parsed.count)
        for (i, p) in Self.parsed.enumerated() where g.places[i] != p {
            Issue.record("row \(i): \(g.places[i]) != \(p)")
            break
        }
    }

    @Test func everyKeyFindsTheRowsAScanFinds() throws {
        let g = try Gazetteer.shippedOnce.get()
        var byKey: [String: [Int]] = [:]
        for (i, p) in Self.parsed.enumerated() {
            for k in Set([p.key] + p.altKeys) { byKey[k, default: []].append(i) }
        }
        #expect(byKey.count > 40_000)
        var wrong = 0
        for (key, rows) in byKey {
            let want = rows.sorted { a, b in
                let pa = Self.parsed[a], pb = Self.parsed[b]
                if pa.priority != pb.priority { return pa.priority > pb.priority }
                if pa.population != pb.population { return pa.population > pb.population }
                return a < b
            }.map { Self.parsed[$0] }
            if g.places(forKey: key) != want { wrong += 1 }
        }
        #expect(wrong == 0)
        #expect(g.places(forKey: "لا مكان بهذا الاسم").isEmpty)
    }

    /// The extractor's index, built from the store's keys, gives each key's rows in file order.
    @Test func extractorIndexGivesEachKeysRowsInFileOrder() throws {
        let g = try Gazetteer.shippedOnce.get()
        let ix = try #require(g.placeIndex())
        var byHash: [UInt64: [Int]] = [:]
        for (i, p) in Self.parsed.enumerated() {
            var seen: Set<UInt64> = []
            for k in [p.key] + p.altKeys where seen.insert(WordHash.of(k)).inserted { byHash[WordHash.of(k), default: []].append(i) }
        }
        #expect(byHash.count > 40_000)
        var wrong = 0
        for (h, rows) in byHash where ix.candidates(h) != rows.map({ Gazetteer.candidate(Self.parsed[$0]) }) { wrong += 1 }
        #expect(wrong == 0)
        #expect(ix.commonWords == Set(g.commonKeys.map(WordHash.of)))
    }

    /// The longest key, counted from the store's bytes, is the longest of the parsed keys
    /// (phrase matching looks no further), capped at six words.
    @Test func longestKeyIsCountedFromTheStore() throws {
        let g = try Gazetteer.shippedOnce.get()
        let longest = Self.parsed.map { p in ([p.key] + p.altKeys).map { $0.split(separator: " ").count }.max() ?? 1 }.max() ?? 1
        #expect(longest > 1)
        #expect(g.maxPhraseWords == min(longest, 6))
    }

    @Test(arguments: [
        (["قرية"], 1),
        (["دير الزور", "البوكمال"], 2),
        (["عين الاسد", "قاعده عين الاسد الجويه"], 4),
    ])
    func longestKeyOfASmallTable(keys: [String], words: Int) {
        let places = keys.enumerated().map { i, k in
            Place(nameAr: "مكان \(i)", key: "مكان\(i)", altKeys: [k], nameEn: "", kind: .locality, admin1Ar: "",
                  admin1En: "", country: "IQ", lat: 33.3, lon: 44.4, population: 0, source: "test", priority: 0)
        }
        #expect(Gazetteer(places: places).maxPhraseWords == words)
    }

    /// Population and priority are stored narrower; values in range come back exactly, values
    /// beyond it are clamped rather than wrapped.
    @Test func narrowFieldsKeepInRangeValuesAndClampTheRest() {
        func row(_ population: Int, _ priority: Int) -> Place {
            Place(nameAr: "مكان", key: "مكان", altKeys: [], nameEn: "", kind: .locality, admin1Ar: "", admin1En: "",
                  country: "SY", lat: 36.20124, lon: 37.16117, population: population, source: "test", priority: priority)
        }
        let g = Gazetteer(places: [row(37_000_000, 1), row(Int.max, 40_000)])
        #expect(g.places[0] == row(37_000_000, 1))
        #expect(g.places[1].population == Int(Int32.max))
        #expect(g.places[1].priority == Int(Int16.max))
        #expect(g.places[0].lat == 36.20124 && g.places[0].lon == 37.16117)
    }

    /// A sealed index answers every lookup as before, misses included, and takes further rows.
    @Test(arguments: [1, 7, 1_000, 20_000])
    func sealedIndexAnswersTheSame(keys: Int) {
        var ix = PlaceIndex()
        var rng = SplitMix64(seed: UInt64(keys))
        var hashes: [UInt64] = []
        for i in 0..<keys {
            let h = i % 3 == 0 && i > 0 ? hashes[i / 2] : rng.next()  // some keys carry several rows
            hashes.append(h)
            ix.add(PlaceCandidate(nameAr: "مكان \(i)", kind: "locality", country: "IQ"), hash: h)
        }
        let before = hashes.map { ix.candidates($0) }
        let misses = (0..<500).map { _ in rng.next() }.filter { !hashes.contains($0) }
        ix.seal()
        #expect(hashes.map { ix.candidates($0) } == before)
        #expect(misses.allSatisfy { ix.candidates($0) == nil })
        #expect(ix.byHash.count == Set(hashes).count)
        let extra = PlaceCandidate(nameAr: "مكان آخر", kind: "locality", country: "SY")
        ix.add(extra, hash: hashes[0])
        #expect(ix.candidates(hashes[0]) == (before[0] ?? []) + [extra])
        #expect(hashes.indices.dropFirst().allSatisfy { hashes[$0] == hashes[0] || ix.candidates(hashes[$0]) == before[$0] })
    }

    /// Coordinates and sources come back exactly, whether stored in their compact form (three
    /// decimals, "wof:<id>") or not.
    @Test(arguments: [
        (33.513, 44.361, "wof:85632345"), (-0.0, -179.999, "wof:0"), (0.001, 180.0, "wof:2147483647"),
        (36.20124, 37.16117, "wof:2147483648"), (12.5, -7.25, "wof:012"), (1e-9, 2.0, "Wikipedia"), (45.0, 9.0, ""),
    ])
    func coordinatesAndSourcesComeBackExactly(lat: Double, lon: Double, source: String) {
        let p = Place(nameAr: "مكان", kind: .locality, country: "IQ", lat: lat, lon: lon, source: source)
        let back = Gazetteer(places: [p, p]).places[1]
        #expect(back.lat.bitPattern == lat.bitPattern && back.lon.bitPattern == lon.bitPattern)
        #expect(back.source == source)
        #expect(back == p)
    }
}
