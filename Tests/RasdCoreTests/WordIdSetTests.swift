import Testing
@testable import RasdCore

/// The open-addressed id set behind every WordSet must answer exactly as a Swift Set would.
@Suite struct WordIdSetTests {
    @Test(arguments: [0, 1, 7, 8, 100, 5_000])
    func agreesWithSwiftSet(_ n: Int) {
        var rng = SplitMix(seed: UInt64(n) &+ 17)
        let members = (0..<n).map { _ in rng.next() }
        let set = WordIdSet(members)
        let swiftSet = Set(members)
        #expect(set.count == swiftSet.count)
        #expect(members.allSatisfy(set.contains))
        let strangers = (0..<2_000).map { _ in rng.next() }.filter { !swiftSet.contains($0) }
        #expect(strangers.allSatisfy { !set.contains($0) })
    }

    /// Ids that share their home slot (equal low bits after mixing) probe on past each other.
    @Test func collidingIdsAreAllFound() {
        let ids: [UInt64] = (1...40).map { $0 << 40 }  // low bits all zero
        let set = WordIdSet(ids)
        #expect(ids.allSatisfy(set.contains))
        #expect(!set.contains(41 << 40))
    }

    /// 0 marks an empty slot inside the table; as a member it is remembered apart.
    @Test func zeroIsAMemberOnlyWhenGiven() {
        #expect(!WordIdSet([1, 2, 3]).contains(0))
        #expect(WordIdSet([0, 5]).contains(0))
        #expect(WordIdSet([0, 5]).contains(5))
        #expect(WordIdSet([UInt64]()).isEmpty)
    }

    /// Words match by any clitic reading of the token, as before.
    @Test(arguments: [("وبالصواريخ", true), ("صاروخ", false), ("الصواريخ", true)])
    func wordSetReadsClitics(_ word: String, _ expected: Bool) {
        let set = WordSet(["صواريخ"])
        #expect(set.contains(ArabicTokenizer.tokenize(word)[0]) == expected)
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }
}
