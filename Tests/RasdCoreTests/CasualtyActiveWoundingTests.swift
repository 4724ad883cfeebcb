import Testing
@testable import RasdCore

/// The wounded as the object of an active verb ("وأصاب اثنين آخرين") are a toll; the same verb as
/// "hit" a target or a building is not. A negator followed by "يقل"/"يزيد" bounds a figure and
/// negates no harm.
@Suite struct CasualtyActiveWoundingTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

    @Test(arguments: [
        ("قتل مهاجم أحد المارة في هجوم بسكين أصاب خلاله أيضا 4 آخرين", Count.Status.reported, 4),
        ("وقتل فلسطيني بالرصاص بعدما طعن مستوطنا وأصاب اثنين آخرين قرب رام الله", .reported, 2),
        ("وقال الجيش إن المسلح أصاب ثلاثة جنود قبل أن يفر", .reported, 3),
        ("وأطلق المهاجم النار عشوائيا فأصاب خمسة أشخاص بجروح", .reported, 5),
        ("وقتل المهاجمون ثمانية أشخاص وأصابوا العشرات في هجوم منسق", .vague, 10),
        // one person, or two, named by their noun right after the verb
        ("وأكد مصدر أن القصف الحوثي أصاب الطفلة بشرى الشاهري إصابة بالغة", .reported, 1),
        ("وأطلق المسلح النار فأصاب جنديين", .reported, 2),
    ])
    func woundedByTheAttacker(text: String, status: Count.Status, n: Int) {
        let c = Self.count(text, .injured)
        #expect(c.status == status, "\(text)")
        #expect(c.min == n, "\(text)")
    }

    @Test(arguments: [
        // "hit": a target, buildings, weapons, no people
        "وقال الجيش إن الصاروخ أصاب هدفه بدقة",
        "وأصابت القذائف ثلاثة منازل في الحي",
        "وأصابت الغارات عشرات المواقع العسكرية",
        "وقالت الوزارة إن الصاروخ أصاب 3 صواريخ أخرى على المنصة",
        "وأصاب الصاروخ منزلا في الحي",
        "وأصابت القذيفة سيارة مدنية",
        // negated
        "وأكدت الشرطة أن إطلاق النار لم يصب أحدا",
    ])
    func notAToll(text: String) {
        #expect(Self.count(text, .injured).status != .reported, "\(text)")
        #expect(Self.count(text, .injured).status != .vague, "\(text)")
    }

    @Test(arguments: [
        ("وأسفرت المعارك عن سقوط ما لا يقل عن 100 قتيل من المسلحين", 100),
        ("وقال المصدر إن ما لا يقل عن 20 قتيلا سقطوا في القصف", 20),
        ("وأوقع الانفجار ما لا يقل عن 12 جريحا", 12),
    ])
    func aFloorIsNoNegation(text: String, n: Int) {
        let k = Self.count(text, .killed), i = Self.count(text, .injured)
        let c = k.status == .reported ? k : i
        #expect(c.status == .reported, "\(text)")
        #expect(c.min == n && c.max == nil, "\(text)")
        #expect(k.status != .none && i.status != .none, "\(text)")
    }
}
