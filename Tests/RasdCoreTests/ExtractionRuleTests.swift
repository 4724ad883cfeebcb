import Foundation
import Testing
@testable import RasdCore

/// Table tests of the rule families on marked Arabic spans.
@Suite struct ExtractionRuleTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }
    /// Thursday 2024-08-08, 12:00 at UTC+3.
    static let pub = CivilTime(RFC3339.parse("2024-08-08T09:00:00Z")!, offsetSeconds: 3 * 3600)

    @Test(arguments: [
        ("أطلقت أربعة صواريخ على القاعدة", WeaponKind.rocket, 4, 4),
        ("اعترضت الدفاعات صاروخا باليستيا", .ballisticMissile, 1, 1),
        ("أطلقت البوارج صواريخ كروز", .cruiseMissile, nil, nil),
        ("قصفت طائرات حربية المنطقة بصواريخ", .missileUnspecified, nil, nil),
        ("سقطت قذيفتا هاون", .mortar, 2, 2),  // a dual in construct counts two
        ("سقطت قذائف هاون على الحي", .mortar, nil, nil),
        ("سقطت ثلاث قذائف على البلدة", .artillery, 3, 3),
        ("أسقطت طائرتان مسيرتان", .drone, 2, 2),
        ("هاجمت مسيرة مفخخة القاعدة", .drone, 1, 1),
        ("انفجرت عبوة ناسفة", .ied, 1, 1),
        ("انفجرت سيارة مفخخة", .vbied, 1, 1),
        ("ألقى مجهول قنبلة يدوية", .grenade, 1, 1),
        ("أطلقت أكثر من 10 صواريخ", .rocket, 11, nil),
        ("أطلق نحو عشرين صاروخا", .rocket, 20, 20),
        ("سقط صاروخان", .rocket, 2, 2),
    ] as [(String, WeaponKind, Int?, Int?)])
    func weapons(_ text: String, _ kind: WeaponKind, _ lo: Int?, _ hi: Int?) {
        let w = WeaponRules.mentions(Self.tokens(text))
        // the last weapon noun of the span is the one under test ("طائرات … بصواريخ")
        #expect(w.last?.kind == kind, "\(text): \(w.map(\.kind))")
        #expect(w.last?.count.min == lo && w.last?.count.max == hi, "\(text): \(String(describing: w.last?.count))")
    }

    @Test(arguments: ["شارك الآلاف في مسيرة احتجاجية", "تحدث عن مسيرته المهنية", "نظمت مسيرة العودة الكبرى"])
    func masiraIsNotADrone(_ text: String) {
        #expect(!WeaponRules.mentions(Self.tokens(text)).contains { $0.kind == .drone })
    }

    typealias C = (status: Count.Status, min: Int?, max: Int?)
    static func casualty(_ text: String, _ who: CasualtyMention.Who) -> Count {
        CasualtyRules.merge(CasualtyRules.mentions(Self.tokens(text)).filter { $0.who == who }.map(\.count))
    }

    @Test(arguments: [
        ("ما أسفر عن مقتل 12 شخصا", CasualtyMention.Who.killed, Count.Status.reported, 12, 12),
        ("قتل 39 شخصا على الأقل بينهم 12 طفلا", .killed, .reported, 39, nil),
        ("سقوط 3 قتلى و10 جرحى", .killed, .reported, 3, 3),
        ("سقوط 3 قتلى و10 جرحى", .injured, .reported, 10, 10),
        ("قتيلان وثلاثة جرحى", .killed, .reported, 2, 2),
        ("أسفرت الاشتباكات عن قتلى وجرحى", .killed, .vague, nil, nil),
        ("أسفر القصف عن مقتل العشرات", .killed, .vague, 10, nil),
        ("سقطت خارج القاعدة دون أن تسبب إصابات", .killed, .none, nil, nil),
        ("سقطت خارج القاعدة دون أن تسبب إصابات", .injured, .none, nil, nil),
        ("لم تسفر الغارة عن خسائر بشرية", .injured, .none, nil, nil),
        ("أصيب 4 جنود دون وقوع قتلى", .killed, .none, nil, nil),
        ("أصيب 4 جنود دون وقوع قتلى", .injured, .reported, 4, 4),
        ("ولم تعرف حصيلة الضحايا", .killed, .unknown, nil, nil),
        ("قتل فلسطيني برصاص الجيش", .killed, .reported, 1, 1),
        ("مقتل أكثر من 20 مسلحا", .killed, .reported, 21, nil),
        ("قتلوا الاثنين في هجوم", .killed, .notMentioned, nil, nil),
        ("إصابة 4 جنود، أصيب اثنان منهم بجروح خطيرة", .injured, .reported, 4, 4),
        ("وسقط قتيل في القصف", .killed, .reported, 1, 1),
        // campaign totals are not the incident's toll; the day's figure before "لترتفع" is
        ("قتل أكثر من 500 مدني منذ بدء الحملة العسكرية", .killed, .notMentioned, nil, nil),
        ("ارتفع عدد ضحايا ثلاثة أسابيع من القصف إلى 900 قتيل", .killed, .notMentioned, nil, nil),
        ("قتل 7 مدنيين في الغارة لترتفع الحصيلة منذ بدء الهجوم إلى 300 قتيل", .killed, .reported, 7, 7),
        ("وقتل 60 شخصا خلال الأشهر الماضية في المنطقة", .killed, .notMentioned, nil, nil),
        ("واستقبل المستشفى عشرات القتلى والجرحى", .injured, .vague, 10, nil),
        ("واستقبل المستشفى عشرات القتلى والجرحى", .killed, .vague, 10, nil),
        ("وقالت المنظمة إن عشرات أصيبوا في الهجوم", .injured, .vague, 10, nil),
    ] as [(String, CasualtyMention.Who, Count.Status, Int?, Int?)])
    func casualties(_ text: String, _ who: CasualtyMention.Who, _ status: Count.Status, _ lo: Int?, _ hi: Int?) {
        let c = Self.casualty(text, who)
        #expect(c.status == status && c.min == lo && c.max == hi, "\(text): \(c)")
    }

    @Test func disagreeingFiguresBecomeMinMax() {
        let c = CasualtyRules.merge([Count(status: .reported, min: 7, max: 7), Count(status: .reported, min: 9, max: 9)])
        #expect(c.min == 7 && c.max == 9)
    }

    @Test(arguments: [
        ("وتبنى تنظيم داعش الهجوم", Claim.Status.claimed, "تنظيم داعش"),
        ("وأعلنت كتائب القسام مسؤوليتها عن العملية", .claimed, "كتائب القسام"),
        ("ولم تعلن أي جهة على الفور مسؤوليتها", .noClaim, nil),
        ("ونفت حركة حماس أي علاقة لها بالتفجير", .denied, "حركة حماس"),
        ("واتهمت الحكومة ميليشيا الحوثي بتنفيذ الهجوم", .attributed, "ميليشيا الحوثي"),
        // an army announcing its own strike claims it; a pronoun without an act, or another subject, does not
        ("وأعلن الجيش الإسرائيلي، الجمعة، قصف موقع عسكري", .claimed, "الجيش الإسرائيلي"),
        ("وقال الجيش الإسرائيلي إنه استهدف مواقع في القطاع", .claimed, "الجيش الإسرائيلي"),
        ("وقال الجيش الإسرائيلي إن طائراته أغارت على الموقع", .claimed, "الجيش الإسرائيلي"),
        ("وقالت حركة حماس إنها قررت وقف إطلاق الصواريخ", .notMentioned, nil),
    ] as [(String, Claim.Status, String?)])
    func claims(_ text: String, _ status: Claim.Status, _ actor: String?) {
        let t = Self.tokens(text)
        let (claim, _) = ClaimRules.merge(ClaimRules.mentions(t, actors: ActorLexicon.mentions(t), hasEvent: true))
        #expect(claim.status == status && claim.actor == actor, "\(text): \(claim)")
    }

    @Test(arguments: [
        ("داعش", "ISIS"), ("تنظيم الدولة", "ISIS"), ("الدولة الإسلامية", "ISIS"), ("الحوثيون", "Houthis"),
        ("أنصار الله", "Houthis"), ("وميليشيات الحوثي", "Houthis"), ("المقاومة الإسلامية في العراق", "Islamic Resistance in Iraq"),
        ("حزب الله", "Hezbollah"), ("كتائب القسام", "Qassam"), ("سرايا القدس", "Saraya al-Quds"), ("هيئة تحرير الشام", "HTS"),
        ("قسد", "SDF"), ("الحشد الشعبي", "PMF"), ("التحالف الدولي", "International coalition"), ("الجيش الإسرائيلي", "Israel"),
    ])
    func actors(_ text: String, _ canonical: String) {
        #expect(ActorLexicon.mentions(Self.tokens(text)).first?.canonical == canonical)
    }

    @Test(arguments: [
        ("أطلقت اليوم الخميس", "2024-08-08", EventDate.Basis.weekday),
        ("مساء الأربعاء", "2024-08-07", .weekday),
        ("يوم الجمعة", "2024-08-02", .weekday),
        ("الخميس", "2024-08-08", .weekday),
        ("فجر اليوم", "2024-08-08", .relative),
        ("أمس", "2024-08-07", .relative),
        ("الليلة الماضية", "2024-08-07", .relative),
        ("في 16 يوليو/تموز", "2024-07-16", .explicit),
        ("في 3 كانون الثاني", "2024-01-03", .explicit),
        ("في 20 ديسمبر", "2023-12-20", .explicit),
    ] as [(String, String, EventDate.Basis)])
    func dates(_ text: String, _ date: String, _ basis: EventDate.Basis) {
        let d = DateRules.mentions(Self.tokens(text), publication: Self.pub)
        let best = d.first { $0.basis == .weekday } ?? d.first
        #expect(best?.date == date && best?.basis == basis, "\(text): \(String(describing: best))")
    }

    @Test func aNightAcrossTwoDaysIsTheLaterDay() {
        let text = "شنت مقاتلات غارات ليل الثلاثاء - الأربعاء على القطاع"
        let s = ArabicSentence(index: 1, text: text, tokens: Self.tokens(text), isTitle: false)
        let a = SentenceAnalyzer(lookup: PlaceTable([])).analyze(s, publication: Self.pub, deep: true)
        #expect(IncidentDraft.primaryDate(a)?.date == "2024-08-07")
    }

    @Test(arguments: [
        ("دمرت غارة جوية غرفة عمليات لتنظيم داعش", nil),
        ("قصف الطيران مقرا لتنظيم داعش شرق المدينة", nil),
        ("قتل مدنيون في قصف جوي مكثف لقوات النظام السوري", "Syria"),
        ("أعلنت المملكة العربية السعودية اعتراض صاروخ باليستي", nil),
        ("قتل شاب في غارة جوية إسرائيلية على القطاع", "Israel"),
    ] as [(String, String?)])
    func theTargetsOwnerIsNotThePerpetrator(_ text: String, _ canonical: String?) {
        let s = ArabicSentence(index: 1, text: text, tokens: Self.tokens(text), isTitle: false)
        let a = SentenceAnalyzer(lookup: PlaceTable([])).analyze(s, publication: Self.pub, deep: true)
        #expect(a.perpetrator?.canonical == canonical, "\(text): \(String(describing: a.perpetrator))")
    }

    @Test(arguments: [("في بيروت قال الوزير إن الغارة استهدفت البلدة", [1..<2]), ("قصفت الطائرات بلدة في بيروت", [])]
          as [(String, [Range<Int>])])
    func whereSomeoneSpokeIsNoPlaceOfTheAct(_ text: String, _ skipped: [Range<Int>]) {
        #expect(SentenceAnalyzer.speakerPlace(Self.tokens(text)) == skipped)
    }

    @Test(arguments: ["خميس مشيط", "أحد الجنود", "في أحد الأحياء"])
    func notWeekdays(_ text: String) {
        #expect(DateRules.mentions(Self.tokens(text), publication: Self.pub).isEmpty)
    }

    @Test(arguments: [
        ("في 16 يوليو/تموز، أطلقت طائرتان مسيرتان على القاعدة", "explicit_date_past"),
        ("وفي يناير/كانون الثاني، أسفرت غارة عن مقتل ثلاثة جنود", "month_past"),
        ("وقتل خمسة في هجوم مماثل الشهر الماضي", "last_month"),
        ("وكان التنظيم قد تبنى هجوما مماثلا", "pluperfect"),
        ("ومنذ ذلك الحين توقفت الهجمات", "since"),
        ("سبق أن استهدفت القاعدة بصواريخ", "previously"),
        ("في الذكرى الأولى للتفجير", "anniversary"),
        ("تم نشر التحالف في عام 2014", "year_past"),
    ])
    func background(_ text: String, _ reason: String) {
        let t = Self.tokens(text)
        #expect(BackgroundRules.reason(t, dates: DateRules.mentions(t, publication: Self.pub), publication: Self.pub) == reason)
    }

    @Test(arguments: ["قال مسؤولون إن عدة صواريخ أطلقت اليوم الخميس", "وكان جيش الاحتلال قد أعلن الأربعاء إصابة جنديين"])
    func newsIsNotBackground(_ text: String) {
        let t = Self.tokens(text)
        #expect(BackgroundRules.reason(t, dates: DateRules.mentions(t, publication: Self.pub), publication: Self.pub) == nil)
    }

    @Test func placesWithCliticsAdminWordsAndDirections() throws {
        let table = try PlaceTable(tsv: "الأنبار\tAnbar\tregion\tالأنبار\tAnbar\tIQ\t33\t42\t1000000\nالرمادي\tRamadi\tlocality\tالأنبار\tAnbar\tIQ\t33.4\t43.3\t270000\n")
        let m = PlaceRules.mentions(Self.tokens("انفجار شمال الرمادي في محافظة الأنبار وبالأنبار"), lookup: table)
        #expect(m.map(\.text) == ["الرمادي", "الأنبار", "الأنبار"])
        #expect(m.first?.precision == 2)
        #expect(m[1].afterAdminWord)
    }

    @Test func badPlaceRowNamesItsLine() {
        #expect(throws: PlaceTableError.badRow(line: 2)) { try PlaceTable(tsv: "عين الأسد\t\tmilitary_base\t\t\tIQ\t1\t2\t0\nbroken row\n") }
    }

    @Test(arguments: [
        ("شن المنتخب هجوما مكثفا في المباراة", SentenceContext.sports),
        ("أطلقت سبيس إكس صاروخا إلى الفضاء", .space),
        ("أصدرت المحكمة حكما على المتهمين", .court),
        ("أدانت الوزارة الهجوم", .condemnation),
        ("أجرت بيونغ يانغ تجربة صاروخية", .missileTest),
    ])
    func hardNegativeContexts(_ text: String, _ context: SentenceContext) {
        #expect(ContextRules.contexts(Self.tokens(text)).contains(context))
    }

    @Test(arguments: [
        ("وقال الجيش في بيان، الخميس، إن مسلحين هاجموا الموقع", true),
        ("وفق ما أفاد المرصد السوري الخميس", true),
        ("وقال الجيش إنه قصف الخميس مواقع للمسلحين", false),
        ("وسقطت القذائف الخميس على البلدة", false),
    ] as [(String, Bool)])
    func aDayInTheAttributionDatesTheStatement(_ text: String, _ statement: Bool) throws {
        let t = Self.tokens(text)
        let d = try #require(StatementDateRules.marking(t, DateRules.mentions(t, publication: Self.pub)).first)
        #expect(d.ofStatement == statement, "\(text)")
    }
}
