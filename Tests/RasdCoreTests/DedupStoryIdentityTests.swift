import Testing
@testable import RasdCore

@Suite struct DedupStoryIdentityTests {
    let item = FeedItem(id: "tag:example.org,2024:1", title: "عنوان", link: "https://www.example.org/a?utm_source=x",
                        summary: "نص الخبر")

    @Test func guidModeUsesTheGUID() {
        #expect(StoryIdentity.key(for: item, mode: .guid) == StoryKey(kind: .guid, value: "tag:example.org,2024:1"))
    }

    @Test func guidAndLinkModeCombinesBoth() {
        let k = StoryIdentity.key(for: item, mode: .guidAndLink)
        #expect(k.kind == .guidLink)
        #expect(k.value == "tag:example.org,2024:1 https://example.org/a")
    }

    @Test func linkModeUsesTheCanonicalLink() {
        #expect(StoryIdentity.key(for: item, mode: .link) == StoryKey(kind: .link, value: "https://example.org/a"))
    }

    @Test func itemWithoutGUIDFallsBackToLink() {
        var i = item; i.id = "  "
        #expect(StoryIdentity.key(for: i, mode: .guid).kind == .link)
    }

    @Test func itemWithNeitherUsesTextHashThatIgnoresSpellingVariants() {
        let a = FeedItem(title: "انفجار في بغداد", summary: "قُتل شخصان")
        let b = FeedItem(title: "انفجار فى بغداد", summary: "قتل شخصان")
        let c = FeedItem(title: "انفجار في البصرة", summary: "قتل شخصان")
        let ka = StoryIdentity.key(for: a, mode: .guid)
        #expect(ka.kind == .text)
        #expect(ka == StoryIdentity.key(for: b, mode: .guid))
        #expect(ka != StoryIdentity.key(for: c, mode: .guid))
    }

    @Test func storedFormRoundTrips() {
        for k in [StoryKey(kind: .guid, value: "a:b"), StoryKey(kind: .guidLink, value: "g https://x/"),
                  StoryKey(kind: .link, value: "https://x/"), StoryKey(kind: .text, value: "00ff")] {
            #expect(StoryKey(stored: k.description) == k)
        }
        #expect(StoryKey(stored: "nonsense") == nil)
    }

    @Test func contentHashChangesWithTextNotWithDiacritics() {
        #expect(ContentHash.of(title: "عنوان", text: "قُتل ثلاثة") == ContentHash.of(title: "عنوان", text: "قتل ثلاثة"))
        #expect(ContentHash.of(title: "عنوان", text: "قتل ثلاثة") != ContentHash.of(title: "عنوان", text: "قتل خمسة"))
    }

    func items(guids: [String?]) -> [FeedItem] {
        guids.enumerated().map { FeedItem(id: $0.element, link: "https://example.org/\($0.offset)") }
    }

    @Test func cleanFeedStaysOnGUID() {
        let d = FeedIdentityPolicy().decide(items: items(guids: (0..<40).map { "g\($0)" }), current: .guid)
        #expect(d == .init(mode: .guid, downgraded: false, emptyGUIDs: 0, repeatedGUIDs: 0))
    }

    @Test func fewRepeatsSwitchToGUIDPlusLink() {
        // 2 of 50 items share a GUID: 4% ≤ 5%.
        let g = (0..<50).map { $0 == 49 ? "g0" : "g\($0)" }
        let d = FeedIdentityPolicy().decide(items: items(guids: g), current: .guid)
        #expect(d.mode == .guidAndLink)
        #expect(d.downgraded)
        #expect(d.repeatedGUIDs == 2)
    }

    @Test func manyEmptyGUIDsSwitchToLinkOnceAndStay() {
        let g: [String?] = (0..<20).map { $0 < 2 ? nil : "g\($0)" }  // 10% empty
        let policy = FeedIdentityPolicy()
        let first = policy.decide(items: items(guids: g), current: .guid)
        #expect(first.mode == .link)
        #expect(first.downgraded)
        #expect(first.emptyGUIDs == 2)
        let clean = policy.decide(items: items(guids: (0..<20).map { "g\($0)" }), current: first.mode)
        #expect(clean.mode == .link)
        #expect(!clean.downgraded)
    }

    @Test func allItemsSharingOneGUIDSwitchToLink() {
        let d = FeedIdentityPolicy().decide(items: items(guids: Array(repeating: "same", count: 10)), current: .guid)
        #expect(d.mode == .link)
        #expect(d.repeatedGUIDs == 10)
    }
}
