import Testing
@testable import RasdCore

/// "وقتل في الاعتداء 14 شخصا": the verb, a fronted phrase (the act, a place, "فيها"), then the
/// figure. A time phrase or a relative clause in between is not such a phrase.
@Suite struct CasualtyFrontedPhraseTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

    @Test(arguments: [
        ("وقتل في الاعتداء 14 شخصا بينهم تسعة من قوات الأمن", CasualtyMention.Who.killed, Optional(14), Optional(14)),
        ("وأصيب في الانفجار ثلاثة أشخاص بجروح متفاوتة", .injured, 3, 3),
        ("وقتل خلال الاشتباكات خمسة من عناصر الشرطة", .killed, 5, 5),
        ("وقتل في القصف الجوي على البلدة سبعة مدنيين", .killed, 7, 7),
        ("وقتل في درعا 5 مدنيين جراء القصف", .killed, 5, 5),
        ("اندلعت مواجهات على الحدود قتل فيها فلسطينيان", .killed, 2, 2),
        ("ووقع انفجار أصيب فيه شخص واحد", .injured, 1, 1),
        ("وجرح في الهجوم أكثر من 20 شخصا", .injured, 21, nil),
        // the running toll of clashes over the past days
        ("وقتل خلال الأيام الماضية 39 شخصا على الأقل في اشتباكات بين جماعات مسلحة", .killed, 39, nil),
    ])
    func frontedFigure(text: String, who: CasualtyMention.Who, min: Int?, max: Int?) {
        let c = Self.count(text, who)
        #expect(c.status == .reported, "\(text)")
        #expect(c.min == min, "\(text)")
        #expect(c.max == max, "\(text)")
    }

    @Test(arguments: [
        // a time phrase: the figure is a period's toll, not read here
        "وقتل في العام الماضي 500 شخص في البلاد",
        "وقتل خلال الأشهر الماضية 500 شخص في المعارك",
        // a relative clause between verb and figure
        "وأصيب في الانفجار الذي وقع أمس ثلاثة أشخاص",
        // the figure counts things, not people
        "وقتل في الهجوم على 5 مواقع عسكرية",
    ])
    func notAFrontedFigure(text: String) {
        #expect(Self.count(text, .killed).status != .reported, "\(text)")
        #expect(Self.count(text, .injured).status != .reported, "\(text)")
    }
}
