import Testing
@testable import RasdCore

/// People counted by their noun, singular or dual, then bounded below ("مقتل شخص واحد على
/// الأقل"، "قتل شخصان على الأقل") are a floor: min set, max open. Without the bound they stay exact.
@Suite struct CasualtyAtLeastPersonsTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

    @Test(arguments: [
        ("أعلنت الوزارة مقتل شخص واحد على الأقل في التفجير", CasualtyMention.Who.killed, 1, Optional<Int>.none),
        ("أسفر الانفجار عن مقتل شخص على الأقل وإصابة آخرين", .killed, 1, nil),
        ("ما أدى إلى مقتل شخصين على الأقل", .killed, 2, nil),
        ("قتل جنديان على الأقل في الهجوم", .killed, 2, nil),
        ("أسفرت التفجيرات عن سقوط قتيلين على الأقل", .killed, 2, nil),
        ("لقي إسرائيليان حتفهما وأصيب آخران على الأقل", .injured, 2, nil),
        // no bound: exact
        ("قتل جنديان في الهجوم", .killed, 2, 2),
        ("أعلنت الوزارة مقتل شخص في التفجير", .killed, 1, 1),
    ])
    func floor(text: String, who: CasualtyMention.Who, min: Int, max: Int?) {
        let c = Self.count(text, who)
        #expect(c.status == .reported, "\(text)")
        #expect(c.min == min, "\(text)")
        #expect(c.max == max, "\(text)")
    }
}
