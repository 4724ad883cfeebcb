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
}
