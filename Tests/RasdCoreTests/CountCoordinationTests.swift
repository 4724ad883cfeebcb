import Testing
@testable import RasdCore

/// Counted groups and weapons joined by و: "قتل 16 طفلا وأربع نساء" is twenty dead (wire copy
/// names a toll's groups one by one), while "مائة صاروخ وقذيفة هاون" is one figure for both
/// weapons, so the singular noun after و counts nothing of its own.
@Suite struct CountCoordinationTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count {
        CasualtyRules.merge(CasualtyRules.folded(CasualtyRules.mentions(ArabicTokenizer.tokenize(text))).filter { $0.who == who }.map(\.count))
    }

    @Test(arguments: [
        // groups of one toll add up
        ("قتل 16 طفلا وأربع نساء في غارة استهدفت مدرسة", CasualtyMention.Who.killed, Count.Status.reported, Optional(20), Optional(20)),
        ("أسفر القصف عن إصابة 3 جنود و2 مدنيين بجروح", .injured, .reported, 5, 5),
        ("قتل ثلاثة فلسطينيين واثنان من المستوطنين في الهجوم", .killed, .reported, 5, 5),
        ("أدى الانفجار إلى مقتل 7 عناصر من الشرطة و4 مدنيين على الأقل", .killed, .reported, 11, nil),
        ("قتل 10 جنود و4 آخرين في الهجوم على الحاجز", .killed, .reported, 14, 14),
        // what must not add up
        ("قتل 12 شخصا و32 جريحا في التفجير", .killed, .reported, 12, 12),
        ("قتل 20 مدنيا بينهم 16 طفلا وأربع نساء", .killed, .reported, 20, 20),
        ("قتل 3 أشخاص و2 منهم من عائلة واحدة", .killed, .reported, 3, 3),
        ("قتل 5 أشخاص في رفح و2 في خان يونس", .killed, .reported, 7, 7),
        ("قتل 4 أشخاص و3 ساعات من القصف المتواصل", .killed, .reported, 4, 4),
        ("مقتل 20 شخصا وإصابة 60 آخرين في الغارة", .injured, .reported, 60, 60),
    ])
    func groups(text: String, who: CasualtyMention.Who, status: Count.Status, min: Int?, max: Int?) {
        let c = Self.count(text, who)
        #expect(c.status == status, "\(text)")
        #expect(c.min == min, "\(text)")
        #expect(c.max == max, "\(text)")
    }

    static func weapons(_ text: String) -> [(WeaponKind, Int?, Int?)] {
        WeaponRules.mentions(ArabicTokenizer.tokenize(text)).map { ($0.kind, $0.count.min, $0.count.max) }
    }

    @Test(arguments: [
        ("استهدفت الفصائل إسرائيل بأكثر من مائة صاروخ وقذيفة هاون", WeaponKind.mortar, Optional<Int>.none, Optional<Int>.none),
        ("وجرى الحديث عن إطلاق ما يقارب 25 صاروخا وقذيفة", .artillery, nil, nil),
        // a singular weapon of its own keeps its one
        ("أطلقت الفصائل صاروخا وقذيفة هاون على المستوطنة", .mortar, 1, 1),
        ("سقطت 3 صواريخ على البلدة ثم سقطت قذيفة هاون قرب المدرسة", .mortar, 1, 1),
    ])
    func sharedFigure(text: String, kind: WeaponKind, min: Int?, max: Int?) {
        let w = Self.weapons(text).first { $0.0 == kind }
        #expect(w != nil, "\(text)")
        #expect(w?.1 == min && w?.2 == max, "\(text): \(Self.weapons(text))")
    }
}
