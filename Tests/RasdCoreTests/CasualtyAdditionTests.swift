import Testing
@testable import RasdCore

/// Tolls split over one sentence that add up (per town, per side, "others"), one person named
/// by title or standing as the subject before its verb, and the ones that must not add up.
@Suite struct CasualtyAdditionTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

    @Test(arguments: [
        // one toll per town
        ("قتل ثلاثة فلسطينيين في غارة على رفح و2 في خان يونس", CasualtyMention.Who.killed, Count.Status.reported, Optional(5), Optional(5)),
        ("أصيب 4 أشخاص في القصف على البلدة و3 آخرين في القرية المجاورة", .injured, .reported, 7, 7),
        // one toll per side
        ("قتل 26 من قوات النظام إضافة إلى تسعة مقاتلين روس في الهجوم", .killed, .reported, 35, 35),
        ("أسفر الهجوم عن مقتل 12 جنديا بالإضافة إلى ثلاثة مدنيين", .killed, .reported, 15, 15),
        // "others" are more dead
        ("أعلنت الشرطة مقتل ضابط بالإضافة إلى مقتل أحد مرافقيه، ومقتل 2 آخرين من الحراس", .killed, .reported, 4, 4),
        ("قتل 5 جنود في الكمين وقتل 3 آخرون في الاشتباك الذي تلاه", .killed, .reported, 8, 8),
        // what must not add up
        ("قتل 3 أشخاص في الغارة و5 جرحى نقلوا إلى المستشفى", .killed, .reported, 3, 3),
        ("قتل 5 أشخاص في اشتباكات وقعت في 2015 و2016 في المدينة", .killed, .reported, 5, 5),
        ("ارتفعت حصيلة القتلى إلى 30 بعد مقتل 5 آخرين", .killed, .reported, 30, 30),
        ("وصول جثامين 35 شهيدا إلى المستشفى، فضلا عن 35 مدنيا أصيبوا بجروح", .killed, .reported, 35, 35),
        ("وثق المرصد 6 مقاتلين على الأقل بالإضافة لإصابة أكثر من 22 آخرين بجراح", .injured, .reported, 23, nil),
        ("أسفرت الغارات عن إصابة 15 فلسطينيا، اثنان في رفح و13 في مدينة غزة", .injured, .reported, 15, 15),
        ("مقتل 20 شخصا وإصابة 60 آخرين في الغارة", .killed, .reported, 20, 20),
        ("مقتل 20 شخصا وإصابة 60 آخرين في الغارة", .injured, .reported, 60, 60),
    ])
    func splitTolls(text: String, who: CasualtyMention.Who, status: Count.Status, min: Int?, max: Int?) {
        let c = Self.count(text, who)
        #expect(c.status == status, "\(text)")
        #expect(c.min == min, "\(text)")
        #expect(c.max == max, "\(text)")
    }

    @Test(arguments: [
        // a singular subject before its verb
        ("وأفادت الوكالة بأن طفلا قتل وأصيب أربعة مدنيين في القصف", CasualtyMention.Who.killed, Count.Status.reported, Optional(1), Optional(1)),
        ("وأفادت الوكالة بأن طفلا قتل وأصيب أربعة مدنيين في القصف", .injured, .reported, 4, 4),
        ("وقال المستشفى إن شابا أصيب برصاص الجيش", .injured, .reported, 1, 1),
        // a leader named by title
        ("أفادت تقارير بمقتل الملا فضل الله، قائد حركة طالبان، في غارة", .killed, .reported, 1, 1),
        ("أعلن الحوثيون مقتل صالح الصماد رئيس المجلس السياسي في غارة", .killed, .reported, 1, 1),
        ("قتل القيادي في التنظيم بغارة جوية", .killed, .reported, 1, 1),
        ("أمر وزارة الدفاع بالترتيب لاغتيال الرئيس السوري", .killed, .notMentioned, nil, nil),
        // no title: a group, or a speaker of the next clause
        ("أدان البيان مقتل المدنيين وقال رئيس الحكومة إن التحقيق سيبدأ", .killed, .vague, nil, nil),
        ("وأعلن الجيش مقتل عدد من قادة التنظيم", .killed, .vague, nil, nil),
    ])
    func onePerson(text: String, who: CasualtyMention.Who, status: Count.Status, min: Int?, max: Int?) {
        let c = Self.count(text, who)
        #expect(c.status == status, "\(text)")
        #expect(c.min == min, "\(text)")
        #expect(c.max == max, "\(text)")
    }
}

/// A negated harm that needs a subject ("لم يصب") spares only that subject unless it is "أحد"/"أي".
@Suite struct CasualtyNegationSubjectTests {
    @Test(arguments: [
        ("ونجا رئيس الوزراء من الانفجار ولم يصب الحمد الله ولا أي من أعضاء وفده", Count.Status.notMentioned),
        ("وقال الناطق إن الرئيس لم يصب بأذى", .notMentioned),
        ("ولم يصب أحد بأذى في الانفجار", .none),
        ("دون أن يصاب أحد بأذى", .none),
        ("ولم يوقع الانفجار إصابات لدى الجانب الفلسطيني", .notMentioned),
        ("ولم يتعرض أحد لأذى", .none),
    ])
    func negatedHarm(text: String, status: Count.Status) {
        let c = CasualtyAdditionTests.count(text, .injured)
        #expect(c.status == status, "\(text)")
    }

    @Test(arguments: [
        ("سقطت قذيفة هاون على البلدة ولم يقتل أحد", Count.Status.none),
        ("انفجرت العبوة ولم يقتل أو يصب أحد", .none),
        // one nationality spared says nothing of the others
        ("وقتل 60 فلسطينيا منذ بدء الاحتجاجات ولم يقتل أي إسرائيلي", .notMentioned),
        ("ولم يقتل أو يصب أي فرنسي في الاعتداء", .notMentioned),
        ("ولم يصب أي شخص في الانفجار", .none),
    ])
    func noOneKilled(text: String, status: Count.Status) {
        #expect(CasualtyAdditionTests.count(text, .killed).status == status, "\(text)")
    }
}

/// Denials, dual subjects with a floor, groups joined by و, and feminine person nouns.
@Suite struct CasualtyWireFormsTests {
    @Test(arguments: [
        ("ونفت وزارة الصحة في غزة وقوع أي إصابات في الغارة", CasualtyMention.Who.injured, Count.Status.none, Optional<Int>.none, Optional<Int>.none),
        ("نفى الجيش سقوط قتلى خلال الهجوم على المعسكر", .killed, .none, nil, nil),
        ("نفى التحالف استهداف المدنيين وقال إن القتلى مسلحون", .killed, .vague, nil, nil),
        ("قال مصدر أمني إن شخصين على الأقل قتلا في التفجير", .killed, .reported, 2, nil),
        ("وأضاف أن جنديين على الأقل أصيبا في الكمين", .injured, .reported, 2, nil),
        ("استشهد مجند وأصيب ضابط و3 مجندين أثناء الاشتباك", .injured, .reported, 4, 4),
        ("قتل جندي و5 مسلحين في الاشتباكات", .killed, .reported, 6, 6),
        ("قتل جندي و3 أيام من القتال لم تنته", .killed, .reported, 1, 1),
        ("قتلت شابة بريطانية في قصف على المدينة", .killed, .reported, 1, 1),
        ("وقالت الوزارة إن مستشارين عسكريين اثنين قتلا وأصيب خمسة مقاتلين", .killed, .reported, 2, 2),
        ("وقالت الوزارة إن مستشارين عسكريين اثنين قتلا وأصيب خمسة مقاتلين", .injured, .reported, 5, 5),
        ("وأوضحت أن جنديين من بين الجرحى الخمسة قد لقوا مصرعهم لاحقا", .killed, .notMentioned, nil, nil),
        // everyone aboard, broken plurals: dead without a figure
        ("وأسفرت الغارة عن تدمير عدد من الآليات ومقتل من كان على متنها", .killed, .vague, nil, nil),
        ("دمرت الغارة طقما للميليشيات ومقتل كل من كانوا على متنه", .killed, .vague, nil, nil),
        ("وأعلنت الوزارة مقتل عناصر من الأمن في كمين", .killed, .vague, nil, nil),
        // duals and "one of them"
        ("لقي القياديان الحوثيان مصرعهما مع عدد من العناصر بغارة", .killed, .reported, 2, nil),
        ("وقالت الرياض إن جنديين سعوديين قتلا في معارك", .killed, .reported, 2, 2),
        ("استهدف المهاجم خمسة أشخاص قتل أحدهم في حين أصيب أربعة آخرين", .killed, .reported, 1, 1),
        ("استهدف المهاجم خمسة أشخاص قتل أحدهم في حين أصيب أربعة آخرين", .injured, .reported, 4, 4),
        // one figure for the dead and wounded together
        ("وقالت الوكالة إن هناك 88 قتيلا وجريحا في الغارة", .killed, .vague, nil, nil),
        ("وقالت الوكالة إن هناك 88 قتيلا وجريحا في الغارة", .injured, .vague, nil, nil),
        ("ارتفع عدد القتلى والجرحى إلى 40 في التفجير", .injured, .vague, nil, nil),
        ("ارتفع عدد القتلى والجرحى إلى 40 في التفجير", .killed, .vague, nil, nil),
        ("أسفرت الغارات عن عشرات القتلى والجرحى", .killed, .vague, 10, nil),
        ("سقط 3 قتلى و5 جرحى في القصف", .injured, .reported, 5, 5),
        ("وقال مسؤول إن اثنين على الأقل من العاملين واثنين من المسلحين قتلوا في الهجوم", .killed, .reported, 4, nil),
        ("وقال مسؤول إن ثلاثة مدنيين وجنديين قتلوا في الهجوم", .killed, .reported, 5, 5),
        ("وأصيب عدد آخر من الأشخاص في الانفجار", .injured, .vague, nil, nil),
        ("أعلن الجيش أن أكثر من 40 عنصرا من الميليشيات قتلوا أو أصيبوا خلال المواجهات", .killed, .vague, nil, nil),
        ("أعلن الجيش أن أكثر من 40 عنصرا من الميليشيات قتلوا أو أصيبوا خلال المواجهات", .injured, .vague, nil, nil),
        ("ولم يتم التأكد بعد من عدد المصابين داخل السيارة", .injured, .unknown, nil, nil),
        ("مقتل فلسطينيين في قصف إسرائيلي على غزة", .killed, .vague, nil, nil),
        ("أعلنت الوزارة وفاة فلسطينيين أحدهما صحفي متأثرين بجروحهما", .killed, .reported, 2, 2),
        ("مقتل فلسطينيين اثنين في قصف إسرائيلي", .killed, .reported, 2, 2),
        ("إصابة مدنيين في غارة على البلدة", .injured, .vague, nil, nil),
        // vague amounts of people
        ("أسفر الانفجار عن مقتل 3 أشخاص على الأقل وإصابة عدة أشخاص آخرين", .injured, .vague, nil, nil),
        ("وقالت وسائل إعلام إن عددا من المدنيين أصيبوا بعد إطلاق صاروخ", .injured, .vague, nil, nil),
        ("قتل 15 مدنيا فيما أصيب العشرات بغارات جوية على البلدة", .injured, .vague, 10, nil),
        ("شنت الطائرات 10 غارات على البلدة", .injured, .notMentioned, nil, nil),
        ("ولم تسجل أي حالة ضرر أو إصابة حتى وقت إعداد البيان", .injured, .none, nil, nil),
        ("أصيبت سيدة بجروح في سقوط قذيفة", .injured, .reported, 1, 1),
    ])
    func wireForms(text: String, who: CasualtyMention.Who, status: Count.Status, min: Int?, max: Int?) {
        let c = CasualtyAdditionTests.count(text, who)
        #expect(c.status == status, "\(text)")
        #expect(c.min == min, "\(text)")
        #expect(c.max == max, "\(text)")
    }
}
