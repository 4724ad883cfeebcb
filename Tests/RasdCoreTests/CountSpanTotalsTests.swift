import Testing
@testable import RasdCore

/// A recent span between a casualty verb and its figure, one figure for the dead and the
/// captured, and running totals: a place's siege is no toll's span, and a total's figure echoed
/// bare elsewhere in the story is still that total.
@Suite struct CountSpanTotalsTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

    @Test(arguments: [
        // the span, then the figure
        ("وقتل خلال الأيام الماضية، 39 شخصا على الأقل في اشتباكات بين الجماعات المسلحة", CasualtyMention.Who.killed, Count.Status.reported, Optional(39), Optional<Int>.none),
        ("أصيب خلال الساعات الأخيرة 12 مدنيا في القصف على المدينة", .injured, .reported, 12, 12),
        ("قتل خلال الـ24 ساعة الماضية 7 عناصر من القوات الحكومية", .killed, .reported, 7, 7),
        // a long span is a campaign's, and a span without "الماضية" is no span
        ("وقتل خلال الأشهر الماضية 300 شخص في المعارك", .killed, .notMentioned, nil, nil),
        // killed or captured under one figure
        ("أعلن الجيش مقتل أو اعتقال عشرين جهاديا في العملية", .killed, .vague, nil, nil),
        ("وأعلن الجيش مقتل 20 جهاديا واعتقال خمسة آخرين", .killed, .reported, 20, 20),
        // a besieged place: the siege's "منذ" is not the toll's
        ("واصلت القوات غاراتها على الغوطة الشرقية المحاصرة منذ عام 2013، ما أسفر عن سقوط أربعة عشر قتيلا على الأقل", .killed, .reported, 14, nil),
        ("ارتفع عدد القتلى منذ عام 2013 إلى أربعة عشر ألفا", .killed, .notMentioned, nil, nil),
    ])
    func statements(text: String, who: CasualtyMention.Who, status: Count.Status, min: Int?, max: Int?) {
        let c = Self.count(text, who)
        #expect(c.status == status, "\(text): \(c)")
        #expect(c.min == min, "\(text): \(c)")
        #expect(c.max == max, "\(text): \(c)")
    }

    static let story = [
        "مقتل أكثر من ألف مدني في الغوطة الشرقية وجرح أكثر من 4350 آخرين",
        "بلغ عدد القتلى المدنيين أكثر من ألف قتيل منذ 18 شباط/فبراير، فيما أصيب أكثر من 4350 آخرين بجروح",
        "قال المرصد إنه وثق مقتل 20 مدنيا السبت في القصف على مدينة دوما",
        "كما أصيب أكثر من 4350 آخرين بجروح",
    ].map(ArabicTokenizer.tokenize)

    @Test func aTotalEchoedBareIsStillTheTotal() {
        let totals = RunningTotalEchoes.figures(in: Self.story)
        #expect(totals.contains(4351))
        #expect(!totals.contains(20))
        let injured = Self.story.flatMap(CasualtyRules.mentions).filter { $0.who == .injured }.map(\.count)
        #expect(injured.contains { $0.min == 4351 }, "the bare echo is read on its own")
        #expect(RunningTotalEchoes.dropping(totals, from: injured).isEmpty)
        let killed = Self.story.flatMap(CasualtyRules.mentions).filter { $0.who == .killed }.map(\.count)
        #expect(CasualtyRules.merge(RunningTotalEchoes.dropping(totals, from: killed)).min == 20)
    }

    @Test func smallFiguresAreNeverTakenForTotals() {
        let story = ["قتل 3 جنود منذ بداية الشهر في المنطقة", "وقتل 3 جنود اليوم في هجوم على الحاجز"].map(ArabicTokenizer.tokenize)
        #expect(RunningTotalEchoes.figures(in: story).isEmpty)
    }
}

/// Sources that disagree: a floor one source states and a higher figure another gives, both
/// counting anyone, become min/max; a named group below the toll stays a part of it.
@Suite struct DisagreeingSourcesTests {
    static func merged(_ texts: [String], _ who: CasualtyMention.Who) -> Count {
        CasualtyRules.merge(texts.flatMap { CasualtyRules.folded(CasualtyRules.mentions(ArabicTokenizer.tokenize($0))) }
            .filter { $0.who == who }.map(\.count))
    }

    @Test(arguments: [
        (["قتل عشرون شخصا على الأقل في غارتين على المدينة", "وقال الحوثيون إن عدد القتلى بلغ 30 شخصا"], Optional(20), Optional(30)),
        (["قتل 20 شخصا على الأقل في الغارة", "وأعلنت قناة المسيرة سقوط 30 قتيلا"], 20, 30),
        // a named group below the toll is a part of it
        (["قتل 30 شخصا في الهجوم", "وكان بين القتلى 16 طفلا على الأقل قتلوا في المدرسة"], 30, 30),
        // an exact lower figure far below is another toll, not another reading
        (["قتل 3 أشخاص في قصف على البلدة، وارتفعت حصيلة القتلى إلى 7"], 7, 7),
    ])
    func readings(texts: [String], min: Int?, max: Int?) {
        let c = Self.merged(texts, .killed)
        #expect(c.min == min && c.max == max, "\(texts): \(c)")
    }
}

/// Toll nouns that refer back to a toll already told, and victims who are wounded.
@Suite struct CasualtyReferenceTests {
    static func mentions(_ text: String) -> [CasualtyMention] { CasualtyRules.mentions(ArabicTokenizer.tokenize(text)) }

    @Test(arguments: [
        "وأشار المتحدث إلى وجود تسعة من عناصر الشرطة بين القتلى",
        "وقالت الوكالة إن أعمار القتلى الفلسطينيين تتراوح بين 14 و30 عاما",
    ])
    func referencesCountNoOne(_ text: String) {
        // they say there were dead, never how many: no figure, and nothing that opens a toll told elsewhere
        let killed = Self.mentions(text).filter { $0.who == .killed }
        #expect(killed.allSatisfy { $0.count.status == .vague && $0.count.min == nil && $0.count.max == nil }, "\(text): \(killed)")
        let merged = CasualtyRules.merge(killed.map(\.count) + [Count(status: .reported, min: 12, max: 12)])
        #expect(merged == Count(status: .reported, min: 12, max: 12, text: nil), "\(text): \(merged)")
    }

    @Test func victimsTakenToHospitalWithWoundsAreWounded() {
        let ms = Self.mentions("وقال قائد الشرطة لدينا أربعة ضحايا نقلوا جميعا إلى المستشفى مصابين بجروح ناجمة عن سلاح ناري")
        #expect(!ms.contains { $0.who == .killed }, "\(ms)")
        #expect(ms.contains { $0.who == .injured && $0.count.min == 4 }, "\(ms)")
    }

    @Test func victimsOfAKillingStayDead() {
        let ms = Self.mentions("أسفر الهجوم عن سقوط 12 ضحية بين قتيل وجريح وقتل فيه طفلان")
        #expect(!ms.contains { $0.who == .injured && $0.count.min == 12 }, "\(ms)")
        let dead = Self.mentions("وصل عدد الضحايا إلى 20 قتيلا")
        #expect(dead.contains { $0.who == .killed })
    }
}

/// One person named without a title, and one wounded person named by the adjective.
@Suite struct NamedPersonTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

    @Test(arguments: [
        ("أعلنت الحركة مقتل خالد العمري الذي تتهمه بتدبير التفجير", CasualtyMention.Who.killed, Count.Status.reported, Optional(1)),
        ("أعلنت الشرطة مقتل سامي الذي نفذ الهجوم بالإضافة إلى مقتل أحد مرافقيه", .killed, .reported, 2),
        ("وتم اعتقال شخص ثالث مصاب في الاشتباك", .injured, .reported, 1),
        ("ونقلت امرأة مصابة إلى المستشفى", .injured, .reported, 1),
        // one dead at least
        ("أسفر الانفجار عن سقوط قتيل على الأقل في السوق", .killed, .reported, 1),
        // the verb, its subject, then the figure
        ("قتل انفجار سيارة مفخخة 20 شخصا في بغداد", .killed, .reported, 20),
        ("وقتلت غارة جوية روسية خمسة مدنيين في إدلب", .killed, .reported, 5),
        ("قتل انفجار السيارة في الساعة 3 فجرا", .killed, .notMentioned, nil),
        ("وقع انفجار ضخم حصد أرواح 30 شخصا في كابول", .killed, .reported, 30),
        // the subject, then the verb of suffering wounds
        ("وقالت الصحيفة إن نحو 30 شخصا تعرضوا لإصابات في الانفجار", .injured, .reported, 30),
        // not a person: the plural relative, a preposition, the adjective without a person
        ("أعلن الجيش مقتل عناصر التنظيم الذين هاجموا الحاجز", .killed, .vague, nil),
        ("ندد الوزير بمقتل المدنيين في القصف الذي استهدف السوق", .killed, .vague, nil),
        ("وأفاد المستشفى بأن المصاب في حالة مستقرة", .injured, .notMentioned, nil),
    ])
    func statements(text: String, who: CasualtyMention.Who, status: Count.Status, min: Int?) {
        let c = Self.count(text, who)
        #expect(c.status == status, "\(text): \(c)")
        #expect(c.min == min, "\(text): \(c)")
    }
}

@Suite struct SingularFloorTests {
    @Test func oneDeadAtLeastIsAFloor() {
        let c = CasualtyRules.merge(CasualtyRules.mentions(ArabicTokenizer.tokenize("أسفر الانفجار عن سقوط قتيل على الأقل في السوق"))
            .filter { $0.who == .killed }.map(\.count))
        #expect(c.status == .reported && c.min == 1 && c.max == nil, "\(c)")
        let exact = CasualtyRules.merge(CasualtyRules.mentions(ArabicTokenizer.tokenize("أسفر الانفجار عن سقوط قتيل في السوق"))
            .filter { $0.who == .killed }.map(\.count))
        #expect(exact.min == 1 && exact.max == 1, "\(exact)")
    }
}

/// An earlier or preliminary reading of a toll gives way to the later one.
@Suite struct EarlierTollTests {
    static func merged(_ texts: [String]) -> Count {
        CasualtyRules.merge(texts.flatMap { CasualtyRules.folded(CasualtyRules.mentions(ArabicTokenizer.tokenize($0))) }
            .filter { $0.who == .killed }.map(\.count))
    }

    @Test(arguments: [
        (["قتل 20 مدنيا في غارة على البلدة", "وكانت حصيلة سابقة للمرصد قد أفادت بمقتل 16 مدنيا"], Optional(20), Optional(20)),
        (["قتل 4 أشخاص عندما صدمت سيارة حشدا من المارة", "وأكدت مراسلة القناة سقوط 3 قتلى في حصيلة أولية"], 4, 4),
        // alone, the preliminary figure is the toll
        (["قتل 3 أشخاص في حصيلة أولية للانفجار"], 3, 3),
        // two sources, neither earlier: min/max
        (["قتل 3 أشخاص في الهجوم", "وقال مصدر طبي إن 4 أشخاص قتلوا في الهجوم"], 3, 4),
    ])
    func readings(texts: [String], min: Int?, max: Int?) {
        let c = Self.merged(texts)
        #expect(c.min == min && c.max == max, "\(texts): \(c)")
    }
}

@Suite struct CountPartTests {
    @Test func aGroupToldAgainInsideTheWholeIsAPart() {
        let title = Count(status: .reported, min: 16, max: 16, text: "مقتل 16 طفلا")
        let whole = Count(status: .reported, min: 20, max: 20, text: "قتل 16 طفلا وأربع نساء")
        #expect(CountParts.isGroup(title, of: whole))
        let c = CasualtyRules.merge([title, whole])
        #expect(c.min == 20 && c.max == 20, "\(c)")
    }

    @Test func anotherSourcesReadingIsNoPart() {
        let a = Count(status: .reported, min: 16, max: 16, text: "مقتل 16 مدنيا")
        let b = Count(status: .reported, min: 18, max: 18, text: "مقتل 18 مدنيا")
        #expect(!CountParts.isGroup(a, of: b))
        let c = CasualtyRules.merge([a, b])
        #expect(c.min == 16 && c.max == 18, "\(c)")
    }
}
