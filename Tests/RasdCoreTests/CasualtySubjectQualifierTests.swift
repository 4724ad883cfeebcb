import Testing
@testable import RasdCore

/// The counted subject before its verb when a "one" qualifies something else ("من عائلة واحدة")
/// or stands with the person ("شخصا واحدا"), and a dual person further before a dual verb.
@Suite struct CasualtySubjectQualifierTests {
    @Test(arguments: [
        // "واحدة" qualifies the family: four dead, not five, not one
        ("قال سكان إن أربعة أشخاص من عائلة واحدة قتلوا في غارة على منزلهم", CasualtyMention.Who.killed, 4, Optional(4)),
        ("وأفاد مسعفون بأن خمسة مدنيين من أسرة واحدة أصيبوا في القصف", .injured, 5, 5),
        // "شخصا واحدا" is one person before a singular verb
        ("قال سكان إن شخصا واحدا قتل في الغارة على المنزل", .killed, 1, 1),
        // a dual person, then its group, then the dual verb
        ("قال سكان إن شخصين من عائلة واحدة قتلا في غارة على منزلهم", .killed, 2, 2),
        ("وقال الجيش إن جنديين من الكتيبة أصيبا في الاشتباك", .injured, 2, 2),
        // what stays as it was
        ("قتل سبعة من أفراد عائلة واحدة في غارة على صعدة", .killed, 7, 7),
        ("قتل شخص واحد على الأقل في انفجار العبوة", .killed, 1, nil),
        ("وقال المسؤول إن 3 مدنيين وجنديين قتلوا في القصف", .killed, 5, 5),
    ])
    func subject(text: String, who: CasualtyMention.Who, min: Int, max: Int?) {
        let c = CasualtyReading.count(text, who)
        #expect(c.status == .reported, "\(text)")
        #expect(c.min == min, "\(text)")
        #expect(c.max == max, "\(text)")
    }

    @Test(arguments: [
        ("من عائلة واحدة", 2, true),
        ("شخص واحد", 1, false),
        ("قتيل واحد", 1, false),
    ])
    func oneAsAdjective(text: String, at i: Int, expected: Bool) {
        #expect(CasualtyRules.oneQualifiesNoun(ArabicTokenizer.tokenize(text), at: i) == expected)
    }
}
