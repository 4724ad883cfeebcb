import Testing
@testable import RasdCore

/// A headline that sums the body's per-front or per-side tolls, and a person's nisba adjective
/// standing between groups that add up.
@Suite struct CasualtyHeadlineSumTests {
    /// The body's sentences read one by one, merged, then checked against the title as the extractor does.
    static func toll(title: String, body: [String], _ who: CasualtyMention.Who) -> Count {
        let counts = body.flatMap { CasualtyRules.folded(CasualtyRules.mentions(ArabicTokenizer.tokenize($0))) }
            .filter { $0.who == who }.map(\.count)
        let head = CasualtyRules.mentions(ArabicTokenizer.tokenize(title))
        let all = counts + CasualtyRules.folded(head).filter { $0.who == who }.map(\.count)
        return CasualtyHeadlineSum.applied(CasualtyRules.merge(all), counts: all, title: head, who: who)
    }

    @Test(arguments: [
        // the title adds up two fronts
        ("تعز.. تحرير مواقع جديدة ومصرع 18 حوثيا بينهم قيادي",
         ["وأشار إلى مصرع 4 من ميليشيات الحوثي في جبهة مقبنة.", "وأفادت المصادر أن المعارك أسفرت عن مقتل 14 من عناصر الميليشيات."],
         CasualtyMention.Who.killed, Optional(18), Optional(18)),
        // two sides, three parts
        ("مقتل 9 في هجوم على نقطة تفتيش",
         ["قتل ثلاثة جنود في الهجوم.", "وقتل شرطيان في الاشتباك.", "وأعلن الجيش مقتل 4 مهاجمين."], .killed, 9, 9),
        // the wounded of two places
        ("إصابة 12 شخصا في قصف على بلدتين",
         ["أصيب 5 أشخاص في القصف على البلدة.", "كما أصيب 7 مدنيين في قرية مجاورة."], .injured, 12, 12),
        // what must not change: the title tells the body's own figure
        ("مقتل 5 أشخاص في انفجار سيارة مفخخة", ["قتل 5 أشخاص وأصيب 10 آخرون في انفجار سيارة مفخخة."], .killed, 5, 5),
        // no two figures of the body add up to the title's: the body's toll stands
        ("مقتل 20 في غارات على المدينة", ["قتل 7 مدنيين في غارة على السوق.", "وقتل 4 في غارة أخرى."], .killed, 7, 7),
        // an earlier reading is no part of the toll
        ("مقتل 30 في هجوم على مركز للشرطة",
         ["قتل 12 شخصا في الهجوم.", "وأفادت حصيلة أولية بمقتل 18 شخصا."], .killed, 12, 12),
    ])
    func headline(title: String, body: [String], who: CasualtyMention.Who, min: Int?, max: Int?) {
        let c = Self.toll(title: title, body: body, who)
        #expect(c.status == .reported, "\(title)")
        #expect(c.min == min, "\(title)")
        #expect(c.max == max, "\(title)")
    }

    @Test(arguments: [
        // a dual with its adjective, then a counted group
        ("قتل جنديان مصريان و8 مسلحين في الحملة على شمال سيناء", CasualtyMention.Who.killed, 10, Optional(10)),
        ("مقتل جنديين سعوديين و3 مدنيين يمنيين في قصف حدودي", .killed, 5, 5),
        // a singular with its adjective, then another person
        ("مقتل شرطي مصري ومدني في هجوم على كمين أمني", .killed, 2, 2),
        ("استشهاد طفلة فلسطينية ووالدها في غارة على غزة", .killed, 2, 2),
        // the adjective with nothing joined after it changes nothing
        ("مقتل جنديين فرنسيين وإصابة ثالث في هجوم بمالي", .killed, 2, 2),
        ("مقتل مواطن سعودي في سقوط مقذوف على جازان", .killed, 1, 1),
        ("مقتل فلسطينيين اثنين وإصابة 15 آخرين", .killed, 2, 2),
        // a rank or a two-word person between the groups
        ("قتل ضابط برتبة عقيد وجنديان في هجوم على حاجز", .killed, 3, 3),
        ("قتل ضابط برتبة مقدم و3 جنود في هجوم على حاجز", .killed, 4, 4),
        ("بينما أصيب ضابط وضابط صف و4 مجندين آخرين", .injured, 6, 6),
        // a conscript is a person, two conscripts are two
        ("وأضاف البيان أنه استشهد مجندان أثناء الاشتباك", .killed, 2, 2),
        ("قتل مجند وأصيب اثنان في الهجوم على الكمين", .killed, 1, 1),
        // the feminine dual verb after its subjects, a woman fighter after the verbal noun
        ("قال الناطق إن طفلة رضيعة ووالدتها قتلتا في غارة على المخيم", .killed, 2, 2),
        ("أعلنت الوحدات الكردية مصرع مقاتلة بريطانية في المعارك", .killed, 1, 1),
    ])
    func adjectiveBetweenGroups(text: String, who: CasualtyMention.Who, min: Int, max: Int?) {
        let c = CasualtyReading.count(text, who)
        #expect(c.status == .reported, "\(text)")
        #expect(c.min == min, "\(text)")
        #expect(c.max == max, "\(text)")
    }
}
