import Testing
@testable import RasdCore

/// A toll raised later in the story ("وارتفعت حصيلة القتلى إلى 7") is kept however far above the
/// first figure (which then counts only part of the dead); close figures stay a min/max range.
@Suite struct CasualtyTollUpdateTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

    @Test(arguments: [
        // the raised figure is the toll, however far above the first one
        ("قتل 3 أشخاص في قصف على البلدة، وارتفعت حصيلة القتلى إلى 7", CasualtyMention.Who.killed, Optional(7), Optional(7)),
        ("قتل شخصان في التفجير، ثم ارتفع عدد القتلى إلى 12 بعد وفاة عدد من الجرحى", .killed, 12, 12),
        ("توفي مدني متأثرا بجروحه الأحد ليرتفع إلى ثلاثة عدد المدنيين الذين قتلوا في القصف", .killed, 3, 3),
        ("أصيب 10 أشخاص في الانفجار، وارتفع عدد الجرحى إلى 25", .injured, 25, 25),
        // a raised figure close to the first one reads as sources disagreeing: min/max
        ("قال الدفاع المدني إن 17 مدنيا قتلوا، وقال المرصد إن حصيلة الغارات ارتفعت إلى 19 قتيلا", .killed, 17, 19),
        // without a raising verb, close figures from two sources stay a range
        ("قتل 4 أشخاص في الغارة بحسب مصادر طبية، فيما قال الدفاع المدني إن 5 أشخاص قتلوا", .killed, 4, 5),
        // a raising verb before an unrelated clause does not turn it into an update
        ("قتل 3 جنود في الهجوم على الحاجز", .killed, 3, 3),
    ])
    func raisedToll(text: String, who: CasualtyMention.Who, min: Int?, max: Int?) {
        let c = Self.count(text, who)
        #expect(c.status == .reported, "\(text)")
        #expect(c.min == min, "\(text)")
        #expect(c.max == max, "\(text)")
    }

    @Test(arguments: [
        ("وارتفعت حصيلة القتلى إلى 7", true),
        ("ارتفع عدد الجرحى إلى 25", true),
        ("قتل 3 أشخاص", false),
        ("بلغت حصيلة القتلى 40", false),
    ])
    func updateQuote(text: String, isUpdate: Bool) {
        #expect(CasualtyTollUpdate.isUpdate(Count(status: .reported, min: 1, max: 1, text: text)) == isUpdate)
    }
}
