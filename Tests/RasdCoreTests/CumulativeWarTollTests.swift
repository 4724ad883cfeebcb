import Testing
@testable import RasdCore

/// A war's toll ("أدت الحرب … إلى مقتل 10 آلاف") and a toll since a campaign-opening event
/// ("منذ تدخل موسكو") are running totals, not one act's dead; an act's toll told beside a war stays.
@Suite struct CumulativeWarTollTests {
    @Test(arguments: [
        ("وقد أدت الحرب في اليمن حتى الآن إلى قتل أكثر من 10.000 شخص", Count.Status.notMentioned, Optional<Int>.none),
        ("وأسفر النزاع الذي يشهده حوض بحيرة تشاد عن أكثر من عشرين ألف قتيل", .notMentioned, nil),
        ("وخلفت الحرب في اليمن أكثر من 10 آلاف قتيل", .notMentioned, nil),
        ("وقتل 92 عسكريا روسيا في سوريا منذ تدخل موسكو في النزاع", .notMentioned, nil),
        ("وقتل أكثر من 30 فلسطينيا في أعمال العنف التي اندلعت منذ إعلان ترامب", .notMentioned, nil),
        ("وتشير أرقام إلى أن ما لا يقل عن 118 عنصرا من مختلف القوات الأمنية والعسكرية التونسية قتلوا منذ 2011 في هجمات", .notMentioned, nil),
        ("سجلت أفغانستان أكثر من ألف قتيل مدني في النصف الأول من 2018", .notMentioned, nil),
        ("أسفر الهجوم عن إصابة شخص واحد في حصيلة أولية", .notMentioned, nil),
        ("وثق المرصد مقتل 8 مدنيين في حرستا وعربين ما رفع الحصيلة منذ بدء الحملة إلى 1099", .reported, 8),
        ("أوقف المحققون المشتبه به عشية الاعتداء بالسكين الذي أوقع قتيلا وخمسة جرحى", .notMentioned, nil),
        ("قتل 4 مدنيين عشية الخميس في قصف على البلدة", .reported, 4),
        ("وقتل نحو 10 آلاف شخص، ثلثهم من المدنيين، وأصيب 55 ألفا آخرون في القتال، بحسب الأمم المتحدة", .notMentioned, nil),
        ("قتل 12 شخصا في غارة على سوق في الحرب الدائرة في البلاد", .reported, 12),
        // an act's own toll beside the war
        ("وفي إطار الحرب على التنظيم، قتل 5 مسلحين في غارة جوية", .reported, 5),
        ("قتل 7 مدنيين في غارة على سوق شعبية", .reported, 7),
    ])
    func warTolls(text: String, status: Count.Status, min: Int?) {
        let c = CasualtyAdditionTests.count(text, .killed)
        if text.contains("شخص واحد") { #expect(CasualtyAdditionTests.count(text, .injured).max == 1) }
        #expect(c.status == status, "\(text)")
        #expect(c.min == min, "\(text)")
    }

    /// A rounded headline figure gives way to the body's floor it rounds.
    @Test func aRoundedFigureGivesWayToTheStatedFloor() {
        let rounded = Count(status: .reported, min: 201, max: nil, text: "أكثر من 200 قتيل")
        let floor = Count(status: .reported, min: 215, max: nil, text: "مقتل 215 شخصا على الأقل")
        let c = CasualtyRules.merge([rounded, floor])
        #expect(c.min == 215)
        #expect(c.max == nil)
    }

    /// Of two vague readings the one with an amount ("العشرات" = 10) is kept.
    @Test func aVagueAmountBeatsABareNoun() {
        let bare = Count(status: .vague, text: "مقتل مدنيين")
        let dozens = Count(status: .vague, min: 10, text: "مقتل العشرات")
        #expect(CasualtyRules.merge([bare, dozens]).min == 10)
        #expect(CasualtyRules.isBareGroup(bare))
        #expect(!CasualtyRules.isBareGroup(dozens))
    }
}
