import Testing
@testable import RasdCore

@Suite struct DedupFingerprintTests {
    func fp(_ name: String) throws -> UInt64 {
        let text = try Fixtures.text("dedup/\(name).txt")
        return try #require(TextFingerprint.of(title: "", body: text))
    }

    @Test func wireCopyWithDiacriticsIsIdentical() throws {
        #expect(TextFingerprint.distance(try fp("wire_afp_outlet_a"), try fp("wire_afp_outlet_b")) == 0)
    }

    @Test func differentReportsAreFarApart() throws {
        let a = try fp("wire_afp_outlet_a")
        #expect(TextFingerprint.distance(a, try fp("own_report_same_attack")) > HammingIndex.defaultMaxDistance)
        #expect(TextFingerprint.distance(a, try fp("other_attack_same_day")) > HammingIndex.defaultMaxDistance)
    }

    @Test func lightEditStaysClose() throws {
        let text = try Fixtures.text("dedup/wire_afp_outlet_a.txt")
        let edited = text.replacingOccurrences(of: "صباح الخميس", with: "فجر الخميس")
        let d = TextFingerprint.distance(try fp("wire_afp_outlet_a"), try #require(TextFingerprint.of(title: "", body: edited)))
        #expect(d > 0)
        #expect(d <= HammingIndex.defaultMaxDistance)
    }

    @Test func shortTextsGetNoFingerprint() {
        #expect(TextFingerprint.of(title: "", body: "انفجار في بغداد") == nil)
    }

    @Test func shortBodyIsFingerprintedWithItsTitle() {
        let body = "قال مصدر أمني إن انفجارا وقع في سوق شعبي وسط المدينة"
        #expect(TextFingerprint.of(title: "انفجار في بغداد", body: body) != TextFingerprint.of(title: "حريق في البصرة", body: body))
    }

    @Test func stableHashIsFixed() {
        // Stored values must never change between releases.
        #expect(StableHash.hex(StableHash.hash("")) == StableHash.hex(StableHash.mix(0xcbf2_9ce4_8422_2325)))
        #expect(StableHash.hash("رصد") == StableHash.hash("رصد"))
        #expect(StableHash.hex(1) == "0000000000000001")
    }
}

@Suite struct DedupHammingIndexTests {
    @Test(arguments: [0, 3, 5, 7])
    func findsEveryFingerprintWithinTheThreshold(maxDistance: Int) {
        var rng = SplitMix(seed: UInt64(maxDistance) + 1)
        var index = HammingIndex(maxDistance: maxDistance)
        var stored: [UInt64] = []
        for i in 0..<2_000 {
            let f = rng.next()
            stored.append(f); index.insert(f, payload: Int64(i))
        }
        for i in stride(from: 0, to: 2_000, by: 37) {
            var q = stored[i]
            var bits = Set<Int>()
            while bits.count < maxDistance { bits.insert(Int(rng.next() % 64)) }
            for b in bits { q ^= 1 << UInt64(b) }
            let m = index.nearest(q)
            #expect(m?.payload == Int64(i))
            #expect(m?.distance == maxDistance)
        }
    }

    @Test func ignoresFingerprintsBeyondTheThreshold() {
        var index = HammingIndex(maxDistance: 3)
        index.insert(0, payload: 1)
        #expect(index.nearest(0b1111) == nil)
        #expect(index.nearest(0b111)?.payload == 1)
    }

    @Test func prefersTheClosestThenTheOldest() {
        var index = HammingIndex(maxDistance: 4)
        index.insert(0b11, payload: 9)
        index.insert(0b1, payload: 7)
        index.insert(0b1, payload: 5)
        #expect(index.nearest(0) == HammingIndex.Match(payload: 5, fingerprint: 1, distance: 1))
        #expect(index.all(within: 0).map(\.payload) == [5, 7, 9])
    }

    @Test func removeDeletesOneEntry() {
        var index = HammingIndex(maxDistance: 2)
        index.insert(42, payload: 1)
        index.insert(42, payload: 2)
        let first = index.remove(42, payload: 1)
        let second = index.remove(42, payload: 1)
        #expect(first)
        #expect(!second)
        #expect(index.count == 1)
        #expect(index.nearest(42)?.payload == 2)
    }
}

/// Deterministic generator for index tests.
typealias SplitMix = SplitMix64
