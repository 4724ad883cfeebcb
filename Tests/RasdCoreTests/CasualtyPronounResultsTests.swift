import Testing
@testable import RasdCore

/// "مما أسفر عن إصابته": the victim just named, as a pronoun after a result verb.
@Suite struct CasualtyPronounResultsTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

    @Test(arguments: [
        ("دهس السائق شرطيا مما أسفر عن إصابته بجروح طفيفة", CasualtyMention.Who.injured, Count.Status.reported, Optional(1), Optional(1)),
        ("أطلق الجنود النار على الشاب ما أدى إلى مقتله", .killed, .reported, 1, 1),
        ("استهدفت الغارة سيارة القيادي ما أسفر عن مقتله ومرافقيه", .killed, .reported, 1, nil),
        ("وأطلق المسلحون النار على الحافلة ما أسفر عن إصابتهم بجروح", .injured, .vague, nil, nil),
        // the passive "تم": "الذين تم قتلهم"
        ("وأضاف أن الإرهابيين الذين تم قتلهم كانوا يخططون لهجمات", .killed, .vague, nil, nil),
        ("وقال المصدر إنه تم قتله برصاصة في الرأس", .killed, .reported, 1, 1),
    ])
    func resultOfTheAct(text: String, who: CasualtyMention.Who, status: Count.Status, min: Int?, max: Int?) {
        let c = Self.count(text, who)
        #expect(c.status == status, "\(text)")
        #expect(c.min == min && c.max == max, "\(text)")
    }

    @Test(arguments: [
        // not after a result verb: revenge for, days after, a denial
        "وتوعد زعيم الجماعة بالانتقام لمقتله",
        "وجاء الهجوم بعد خمسة أيام من مقتله",
        "ولم يسفر الانفجار عن إصابته",
        // the killer's act, not a victim: "بالسجن لقتله فلسطينيا"
        "وحكم على الجندي بالسجن لقتله عبد الفتاح الشريف",
    ])
    func notAResult(text: String) {
        #expect(Self.count(text, .killed).status == .notMentioned, "\(text)")
        #expect(Self.count(text, .injured).status == .notMentioned, "\(text)")
    }
}
