import Testing
@testable import RasdCore

/// Counted groups and weapons joined by و: "قتل 16 طفلا وأربع نساء" is twenty dead (wire copy
/// names a toll's groups one by one), while "مائة صاروخ وقذيفة هاون" is one figure for both
/// weapons, so the singular noun after و counts nothing of its own.
@Suite struct CountCoordinationTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

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
        // another day's dead
        ("قال المرصد إن الغارات قتلت حوالي 40 شخصا يوم الجمعة الماضية، و30 آخرين يوم السبت", .killed, .reported, 40, 40),
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

/// Weapon figures: a figure before a noun that carries its own preposition counts something
/// else, and an exact figure is what "أكثر من" in a title rounds.
@Suite struct WeaponFigureTests {
    static func weapon(_ text: String, _ kind: WeaponKind) -> WeaponMention? {
        let ws = WeaponRules.mentions(ArabicTokenizer.tokenize(text)).filter { $0.kind == kind }
        return ws.first { $0.count.status == .reported } ?? ws.last
    }

    @Test(arguments: [
        ("قتل 15 مدنيا فيما أصيب العشرات بغارات جوية على الغوطة", WeaponKind.aircraft, Count.Status.notMentioned, Optional<Int>.none),
        ("قتل عشرة أشخاص بالصواريخ في المدينة", .rocket, .notMentioned, nil),
        ("قصفت القوات البلدة بأربع قذائف مدفعية", .artillery, .reported, 4),
        ("شن الطيران 25 غارة على مواقع المعارضة", .aircraft, .reported, 25),
        ("أطلق المسلحون النار من 3 بنادق آلية", .smallArms, .reported, 3),
        ("شن التنظيم عشر عمليات انتحارية من بينها أربع بسيارات مفخخة", .vbied, .reported, 4),
    ])
    func prepositionedNoun(text: String, kind: WeaponKind, status: Count.Status, min: Int?) {
        let w = Self.weapon(text, kind)
        #expect(w?.count.status == status, "\(text): \(String(describing: w))")
        #expect(w?.count.min == min, "\(text): \(String(describing: w))")
    }

    @Test func anExactFigureIsWhatMoreThanRounds() {
        let title = Count(status: .reported, min: 31, max: nil, text: "أكثر من 30 غارة")
        let body = Count(status: .reported, min: 30, max: 30, text: "30 غارة")
        let c = CasualtyRules.merge([title, body])
        #expect(c.min == 30 && c.max == 30)
        // a figure below the rounded one is another reading, kept as the lower bound
        let lower = CasualtyRules.merge([title, Count(status: .reported, min: 28, max: 28, text: "28 غارة")])
        #expect(lower.min == 28 && lower.max == 31)
    }
}

/// A campaign's tally of weapons counts no act's weapons.
@Suite struct WeaponTotalsTests {
    @Test(arguments: [
        ("يذكر أن إجمالي الصواريخ البالستية التي أطلقتها الميليشيا باتجاه السعودية بلغت حتى الآن 177 صاروخا", Count.Status.notMentioned),
        ("وأطلقت الميليشيات 95 صاروخا باليستيا باتجاه المملكة منذ بدء العمليات", .notMentioned),
        ("اعترضت الدفاعات الجوية 7 صواريخ باليستية أطلقت من اليمن مساء الأحد", .reported),
        // one strike's own total
        ("وبلغ العدد الإجمالي للضربة 12 صاروخا باليستيا أطلقت على القاعدة", .reported),
    ])
    func tallies(text: String, status: Count.Status) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text)).first { $0.kind == .ballisticMissile }
        #expect(w?.count.status == status, "\(text): \(String(describing: w))")
    }
}

/// One incident's count of a weapon: the lead's figure anchors it, a close figure is another
/// source's reading, a far one counts another salvo or the whole operation.
@Suite struct WeaponCountMergeTests {
    static func c(_ n: Int, _ text: String = "صواريخ") -> Count { Count(status: .reported, min: n, max: n, text: text) }

    @Test func aCloseFigureIsAnotherReading() {
        let m = WeaponCountMerge.merge([Self.c(4), Self.c(3)])
        #expect(m.min == 3 && m.max == 4)
    }

    @Test func aFarFigureIsAnotherSalvo() {
        let m = WeaponCountMerge.merge([Self.c(22), Self.c(105), Self.c(7)])
        #expect(m.min == 22 && m.max == 22)
    }

    @Test func aSingleWeaponLeavesTheFiguresToTheTollRules() {
        let m = WeaponCountMerge.merge([Self.c(1), Self.c(2)])
        #expect(m == CasualtyRules.merge([Self.c(1), Self.c(2)]))
    }
}

/// Scraped copy glues a bound's last word to its figure ("ما لا يقل عن17"، "أكثر من2200").
@Suite struct GluedFigureTests {
    @Test(arguments: [
        ("ما لا يقل عن17 عنصرا", Optional(17), Optional<Int>.none),
        ("أكثر من2200 شخص", 2201, nil),
        ("نحو20 شخصا", 20, 20),
        ("ما يزيد على15 قتيلا", 16, nil),
        // the construct dual of a hundred: "مائتا شخص"
        ("مائتا شخص", 200, 200),
        ("مئتا جندي", 200, 200),
    ])
    func glued(text: String, min: Int?, max: Int?) {
        let n = ArabicNumbers.phrase(ArabicTokenizer.tokenize(text), at: 0)
        #expect(n?.min == min && n?.max == max, "\(text): \(String(describing: n))")
    }

    @Test func aKillingWithAGluedFloorIsCounted() {
        let ms = CasualtyRules.mentions(ArabicTokenizer.tokenize("وأسفرت الغارات عن مقتل ما لا يقل عن17 عنصرا من الميليشيا"))
        #expect(ms.contains { $0.who == .killed && $0.count.min == 17 && $0.count.max == nil }, "\(ms)")
    }

    @Test func aWordEndingInDigitsWithoutABoundIsNoFigure() {
        #expect(ArabicNumbers.phrase(ArabicTokenizer.tokenize("عن17 عنصرا"), at: 0) == nil)
    }
}

/// "The number of" a weapon told as a predicate later in the clause.
@Suite struct WeaponNumberOfTests {
    static func count(_ text: String, _ kind: WeaponKind) -> Count? {
        WeaponRules.mentions(ArabicTokenizer.tokenize(text)).first { $0.kind == kind }?.count
    }

    @Test(arguments: [
        ("وبلغ عدد الصواريخ التي أطلقت من القطاع 30 صاروخا", WeaponKind.rocket, Count.Status.reported, Optional(30), Optional(30)),
        ("ووصل عدد الغارات التي شنها الطيران على المدينة إلى 40", .aircraft, .reported, 40, 40),
        ("وعدد القذائف التي أطلقت اليوم أكثر من 120 في العدد الإجمالي", .artillery, .reported, 121, nil),
        // another unit, a casualty, or no "عدد"
        ("وارتفع عدد الصواريخ خلال 24 ساعة", .rocket, .notMentioned, nil, nil),
        ("وتضاعف عدد الغارات وقتل 12 شخصا", .aircraft, .notMentioned, nil, nil),
        ("وسقطت الصواريخ على البلدة قبل 3 أيام", .rocket, .notMentioned, nil, nil),
    ])
    func numberOf(text: String, kind: WeaponKind, status: Count.Status, min: Int?, max: Int?) {
        let c = Self.count(text, kind)
        #expect(c?.status == status, "\(text): \(String(describing: c))")
        #expect(c?.min == min && c?.max == max, "\(text): \(String(describing: c))")
    }
}
