import Testing
@testable import RasdCore

/// A toll raised as the consequence of a death just told ("توفي جريح متأثرا بجروحه، ليرتفع عدد
/// القتلى إلى أربعة") replaces the lower figures before it; a raise told by another source
/// ("وقال المرصد إن الحصيلة ارتفعت إلى 19") still reads as sources disagreeing.
@Suite struct CasualtyConsequentUpdateTests {
    static func toll(_ sentences: [String], _ who: CasualtyMention.Who) -> Count {
        CasualtyRules.merge(sentences.flatMap { CasualtyRules.folded(CasualtyRules.mentions(ArabicTokenizer.tokenize($0))) }
            .filter { $0.who == who }.map(\.count))
    }

    @Test(arguments: [
        (["قتل 3 مدنيين في غارة على إدلب.", "وتوفي جريح متأثرا بجروحه في وقت لاحق، ليرتفع عدد القتلى إلى أربعة."], CasualtyMention.Who.killed, 4, Optional(4)),
        (["قتل 5 جنود في الهجوم.", "وعثر على جثة جندي سادس، وبذلك يرتفع عدد القتلى إلى 6."], .killed, 6, 6),
        (["أصيب 10 أشخاص في الانفجار.", "ونقل مصاب آخر إلى المستشفى لترتفع حصيلة الجرحى إلى 11."], .injured, 11, 11),
        // "others" in the dual add up
        (["قتل 3 مدنيين في غارة على إدلب، وتوفي اثنان آخران متأثرين بجروحهما لاحقا."], .killed, 5, 5),
        // another source's raised toll close to the first: min/max as before
        (["قال الدفاع المدني إن 17 مدنيا قتلوا، وقال المرصد إن حصيلة الغارات ارتفعت إلى 19 قتيلا"], .killed, 17, 19),
    ])
    func update(sentences: [String], who: CasualtyMention.Who, min: Int, max: Int?) {
        let c = Self.toll(sentences, who)
        #expect(c.status == .reported, "\(sentences)")
        #expect(c.min == min, "\(sentences)")
        #expect(c.max == max, "\(sentences)")
    }

    @Test(arguments: [
        ("ليرتفع عدد القتلى إلى 4", true),
        ("لترتفع حصيلة الجرحى إلى 11", true),
        ("يرتفع عدد القتلى إلى 6", true),
        ("ارتفعت حصيلة الغارات إلى 19 قتيلا", false),
        ("قتل 3 أشخاص", false),
    ])
    func consequent(text: String, expected: Bool) {
        #expect(CasualtyTollUpdate.isConsequentUpdate(Count(status: .reported, min: 4, max: 4, text: text)) == expected)
    }
}
