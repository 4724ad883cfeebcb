import Testing
@testable import RasdCore

/// "لقي 16 شخصا حتفهم وأصيب 30": the object "حتفهم" completes the verb that read the dead, so the
/// wounded joined after it keep their own figure.
@Suite struct CasualtyMeetVerbTests {
    @Test(arguments: [
        ("لقي 16 شخصا حتفهم وأصيب 30 بجروح في انفجار سيارة مفخخة", CasualtyMention.Who.killed, 16, Optional(16)),
        ("لقي 16 شخصا حتفهم وأصيب 30 بجروح في انفجار سيارة مفخخة", .injured, 30, 30),
        ("لقي 3 مدنيين حتفهم وجرح 7 آخرون في قصف مدفعي", .injured, 7, 7),
        ("لقي شخصان حتفهما وأصيب 4 آخرون في القصف", .injured, 4, 4),
        // the subject before a plural verb, then its object
        ("وقال المسؤول إن 5 جنود لقوا حتفهم وأصيب 9 آخرون", .killed, 5, 5),
        ("وقال المسؤول إن 5 جنود لقوا حتفهم وأصيب 9 آخرون", .injured, 9, 9),
        ("لقي 3 أشخاص حتفهم", .killed, 3, 3),
    ])
    func objectOfMeetVerb(text: String, who: CasualtyMention.Who, min: Int, max: Int?) {
        let c = CasualtyReading.count(text, who)
        #expect(c.status == .reported, "\(text)")
        #expect(c.min == min, "\(text)")
        #expect(c.max == max, "\(text)")
    }

    @Test(arguments: [
        ("لقي 16 شخصا حتفهم", 3, true),
        ("قتل 16 شخصا حتفهم", 3, false),
    ])
    func completes(text: String, at i: Int, expected: Bool) {
        #expect(CasualtyRules.completesMeetVerb(ArabicTokenizer.tokenize(text), at: i) == expected)
    }
}
