import Testing
@testable import RasdCore

/// Floors written where the figure's own phrase does not hold them: "على الأقل" fronted before the
/// figure ("قتل على الأقل 12 مدنيا"), and "ما لا يقل عن" before a toll noun, which negates nothing
/// ("عن سقوط ما لا يقل عن 12 قتيلا" is twelve dead at least, not "no dead").
@Suite struct CasualtyFloorTests {
    @Test(arguments: [
        ("قتل على الأقل 12 مدنيا في غارة على بلدة في ريف إدلب", CasualtyMention.Who.killed, 12),
        ("شن التنظيم هجوما قتل خلاله على الأقل 26 مقاتلا من قوات النظام", .killed, 26),
        ("أسفرت الغارة على البلدة عن سقوط ما لا يقل عن 12 قتيلا", .killed, 12),
        ("أسفرت المعارك عن سقوط ما لا يقل عن 100 قتيل من الميليشيا وإصابة العشرات", .killed, 100),
        ("أسفر الانفجار عن ما لا يقل عن 20 جريحا", .injured, 20),
    ])
    func floor(text: String, who: CasualtyMention.Who, min: Int) {
        let c = CasualtyReading.count(text, who)
        #expect(c.status == .reported, "\(text)")
        #expect(c.min == min, "\(text)")
        #expect(c.max == nil, "\(text)")
    }

    @Test(arguments: [
        // a negation still negates
        ("ولم تسفر الغارة عن سقوط قتلى", CasualtyMention.Who.killed, Count.Status.none),
        ("لم تسفر الغارة عن وقوع إصابات", .injured, .none),
        // a fronted phrase that is no floor leaves the figure exact
        ("وقتل في الاعتداء 14 شخصا", .killed, .reported),
    ])
    func unchanged(text: String, who: CasualtyMention.Who, status: Count.Status) {
        let c = CasualtyReading.count(text, who)
        #expect(c.status == status, "\(text)")
        if status == .reported { #expect(c.max == 14, "\(text)") }
    }
}
