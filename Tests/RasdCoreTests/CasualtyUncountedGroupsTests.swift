import Testing
@testable import RasdCore

/// Tolls told without a figure: a quantified subject, "some of them", human losses; and the
/// counted forms that share their words stay counted.
@Suite struct CasualtyUncountedGroupsTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

    @Test(arguments: [
        ("وقال بيان للحرس الثوري إن الكثير من الإرهابيين قتلوا في الهجمات", Count.Status.vague, Count.Status.notMentioned),
        ("وقالت القناة إن العديد من المدنيين أصيبوا في القصف", .notMentioned, .vague),
        ("وكان عدد من القادة برفقته، وقتل عدد منهم في الغارة", .vague, .notMentioned),
        ("وقال المرصد إنه وردت تقارير عن خسائر في الأرواح", .vague, .notMentioned),
        ("وأسفرت المعارك عن سقوط خسائر بشرية من الجانبين", .vague, .notMentioned),
        // lives to be spared are no toll
        ("وقال إن العملية تراعي الحفاظ على أرواح المدنيين", .notMentioned, .notMentioned),
        ("وكبدت القوات الميليشيات خسائر فادحة في الأرواح والعتاد", .vague, .notMentioned),
        // negated human losses are none, as before
        ("ولم تسفر الغارة عن خسائر بشرية", .none, .none),
    ])
    func uncounted(text: String, killed: Count.Status, injured: Count.Status) {
        #expect(Self.count(text, .killed).status == killed, "\(text)")
        #expect(Self.count(text, .injured).status == injured, "\(text)")
    }

    /// "قتل المهاجم شخصين": the attacker is the subject, his victims follow; he is not the dead one.
    @Test func attackerAsSubject() {
        let c = Self.count("قتل المهاجم شخصين قبل أن يفر", .killed)
        #expect(c.min != 1)
    }

    /// A definite toll with its figure counts the dead: no vague wounded from it.
    @Test func definiteLossesWithFigure() {
        let text = "وأكد المرصد ارتفاع الخسائر البشرية إلى 27 على الأقل"
        #expect(Self.count(text, .injured).status == .notMentioned)
        #expect(Self.count(text, .killed).status != .vague)
    }

    @Test(arguments: [
        ("هجوم الطعن الذي استهدف خمسة أشخاص قاتلا أحدهم في العاصمة", CasualtyMention.Who.killed, 1),
        ("وقالت القناة إن ضربات التحالف الجوية قتلت زعيمين في الجماعة", .killed, 2),
        // bodies counted after their noun
        ("وأعلنت الوزيرة العثور على جثث 39 عاملا", .killed, 39),
        ("وانتشلت فرق الإنقاذ جثامين 5 أشخاص من تحت الأنقاض", .killed, 5),
        ("وحصد الهجوم أرواح 10 أشخاص", .killed, 10),
        ("قتل جنديان وأصيب ثالث", .injured, 1),
        ("وقتلت امرأة وأصيب طفلاها", .injured, 2),
        // the attacker himself is one person
        ("وقتل المهاجم برصاص الشرطة بعد دقائق", .killed, 1),
        ("وقتل منفذ الهجوم", .killed, 1),
        ("وأصيب مطلق النار بجروح خطيرة", .injured, 1),
    ])
    func counted(text: String, who: CasualtyMention.Who, n: Int) {
        let c = Self.count(text, who)
        #expect(c.status == .reported, "\(text)")
        #expect(c.min == n, "\(text)")
    }
}
