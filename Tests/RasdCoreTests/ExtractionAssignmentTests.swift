import Foundation
import Testing
@testable import RasdCore

/// Which incident of a story a toll or a "no casualties" sentence belongs to: the result clause
/// of an earlier act ("بعد تفجير أسفر عن …"), a sentence opening on the result of the act just told
/// ("ولم تسفر القذيفة عن …"), the toll of a whole attack in a relative clause after "أثناء هجومه",
/// and a toll told of a place in another country.
@Suite struct ExtractionAssignmentTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }
    /// Thursday 2024-08-08, 12:00 at UTC+3.
    static let pub = CivilTime(RFC3339.parse("2024-08-08T09:00:00Z")!, offsetSeconds: 3 * 3600)
    static let analyzer = SentenceAnalyzer(lookup: PlaceTable([]))

    static func analysis(_ s: String) -> SentenceAnalysis {
        analyzer.analyze(ArabicSentence(index: 1, text: s, tokens: tokens(s), isTitle: false), publication: pub, deep: true)
    }

    static func injured(_ s: String) -> [CasualtyMention] { CasualtyRules.mentions(tokens(s)).filter { $0.who == .injured } }
    static func killed(_ s: String) -> [CasualtyMention] { CasualtyRules.mentions(tokens(s)).filter { $0.who == .killed } }

    @Test(arguments: [
        ("شن الجيش غارات على أهداف في المدينة، وذلك بعد تفجير أسفر عن إصابة أربعة جنود.", 0),
        ("قصفت الطائرات مواقع للمسلحين بعد هجوم انتحاري أدى إلى إصابة عشرة جنود.", 0),
        ("أصيب أربعة جنود بعد انفجار عبوة ناسفة قرب الحدود.", 4),      // no result verb: this act's own toll
        ("نزح السكان بعد أن أسفر القصف عن إصابة ستة مدنيين.", 6),        // "بعد أن": this act's result
    ])
    func earlierActResultClause(_ text: String, _ count: Int) {
        let got = Self.injured(text).filter { $0.count.status == .reported }
        #expect(got.first?.count.min == (count == 0 ? nil : count), "\(text)")
        #expect(got.isEmpty == (count == 0), "\(text)")
    }

    @Test(arguments: [
        ("خطف التنظيم 36 مدنيا أثناء هجومه على المحافظة، والذي أوقع أكثر من 250 قتيلا.", 0),
        ("خطف المسلحون عشرة مدنيين خلال الهجوم الذي شنوه قبل أيام وأوقع 40 قتيلا.", 0),
        ("قتل خمسة جنود خلال هجوم على حاجز للجيش.", 5),                 // the act's own toll, before "خلال"
        ("أسفر الهجوم الذي استهدف الحاجز عن مقتل خمسة جنود.", 5),         // no "during": the act's own relative
    ])
    func wholeAttackTollInDuringClause(_ text: String, _ count: Int) {
        let got = Self.killed(text).filter { $0.count.status == .reported }
        #expect(got.first?.count.min == (count == 0 ? nil : count), "\(text)")
        #expect(got.isEmpty == (count == 0), "\(text)")
    }

    @Test(arguments: [
        ("ويتميز الصاروخ بدقة إصابة تبلغ مترا واحدا.", 0),
        ("وأكد الجيش إصابة الهدف بدقة عالية.", 0),
        ("وأسفر القصف عن إصابة ثلاثة مدنيين.", 3),
    ])
    func aHitOfTheTargetIsNoWound(_ text: String, _ count: Int) {
        let got = Self.injured(text)
        #expect(got.isEmpty == (count == 0), "\(text)")
        #expect(got.first?.count.min == (count == 0 ? nil : count), "\(text)")
    }

    @Test(arguments: [
        ("ولم تسفر القذيفة عن أضرار أو ضحايا.", true),
        ("وأسفر القصف عن مقتل خمسة مدنيين.", true),
        ("وقد أسفر الانفجار عن إصابة ثلاثة أشخاص.", true),
        ("وأسفر قصف جديد عن مقتل خمسة مدنيين.", false),     // indefinite: another act
        ("وأسفر القصف الأحد عن مقتل خمسة مدنيين.", false),   // dated: told as news of its own
        ("وقتل خمسة مدنيين في القصف.", false),              // does not open on the result
    ])
    func resultSequel(_ text: String, _ sequel: Bool) {
        let a = Self.analysis(text)
        #expect(!a.events.isEmpty, "\(text): no act read")
        #expect(NewsFraming.isResultSequel(a) == sequel, "\(text)")
    }

    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "بئر السبع", kind: "locality", admin1Ar: "المنطقة الجنوبية", country: "IL", population: 200_000), []),
        (PlaceCandidate(nameAr: "قطاع غزة", kind: "region", admin1Ar: "قطاع غزة", country: "PS", population: 2_000_000), []),
        (PlaceCandidate(nameAr: "النصيرات", kind: "camp", admin1Ar: "قطاع غزة", country: "PS", population: 80_000), []),
    ])
    static let extractor = IncidentExtractor(places: table)

    /// A shell that hurt nobody, then a toll in another country: the "no casualties" sentence stays
    /// with the shell and the toll opens an incident of its own.
    @Test func noCasualtySentenceStaysWithItsActAndATollAbroadOpensAnother() {
        let text = """
        سقطت قذيفة صاروخية مساء الأربعاء قرب بئر السبع في جنوب إسرائيل. \
        ولم تسفر القذيفة عن أضرار أو ضحايا، وقالت وسائل إعلام إنها أطلقت من قطاع غزة. \
        وفي قطاع غزة أعلنت وزارة الصحة مقتل ثلاثة مدنيين جراء استهداف منزل في مخيم النصيرات.
        """
        let got = Self.extractor.extract(StoryText(title: "", text: text, published: RFC3339.parse("2024-08-08T09:00:00Z"),
                                                   utcOffsetSeconds: 3 * 3600))
        #expect(got.count == 2)
        guard got.count == 2 else { return }
        #expect(got[0].location?.country == "IL")
        #expect(got[0].casualties.killed.status == .none)
        #expect(got[0].casualties.injured.status == .none)
        #expect(got[1].location?.country == "PS")
        #expect(got[1].casualties.killed.status == .reported)
        #expect(got[1].casualties.killed.min == 3)
    }

    /// Aims are not acts: "ستسعى للسيطرة على"، "الحملة الهادفة للسيطرة على".
    @Test(arguments: [
        ("ورأى مراقبون أن القوات ستسعى للسيطرة على المدينة.", EventKind.territoryTaken, false),
        ("واستمرت الحملة الهادفة للسيطرة على المدينة، إذ قتل 20 مدنيا في قصف استهدفها.", EventKind.territoryTaken, false),
        ("وسيطرت القوات على المدينة بعد معارك عنيفة.", EventKind.territoryTaken, true),
    ])
    func aimsAreNotActs(_ text: String, _ kind: EventKind, _ kept: Bool) {
        #expect(Self.analysis(text).events.contains { $0.payload == kind } == kept, "\(text)")
    }

    /// A span of years ("طوال سنوات") tells a history, not this story's act.
    @Test(arguments: [
        ("إلا أنها تعرضت طوال سنوات لقصف أودى بحياة المئات.", "period"),
        ("وتعرضت المدينة طيلة سنوات الحرب لهجمات متكررة.", "period"),
    ])
    func yearsLongSpanIsBackground(_ text: String, _ reason: String) {
        #expect(BackgroundRules.reason(Self.tokens(text), dates: [], publication: Self.pub) == reason, "\(text)")
    }

    /// "قذيفة صاروخية … القذيفة": the bare shell is the rocket again; a named artillery shell stays.
    @Test(arguments: [
        ("القذيفة", [WeaponKind.rocket]),
        ("قذائف", [WeaponKind.rocket]),
        ("قذائف مدفعية", [WeaponKind.rocket, .artillery]),
    ])
    func bareShellAfterRocketShell(_ artilleryText: String, _ listed: [WeaponKind]) {
        let ws = [Weapon(kind: .rocket, count: Count(status: .reported, min: 1, max: 1, text: "قذيفة صاروخية")),
                  Weapon(kind: .artillery, count: Count(status: .vague, text: artilleryText))]
        #expect(WeaponFolding.fold(ws).map(\.kind) == listed)
    }

    static let syria = PlaceTable([
        (PlaceCandidate(nameAr: "ريف دمشق", kind: "region", admin1Ar: "ريف دمشق", country: "SY", population: 2_800_000), []),
        (PlaceCandidate(nameAr: "الكشكول", kind: "neighbourhood", admin1Ar: "ريف دمشق", country: "SY"), []),
        (PlaceCandidate(nameAr: "الغوطة الشرقية", kind: "county", admin1Ar: "ريف دمشق", country: "SY", population: 400_000), []),
        (PlaceCandidate(nameAr: "دوما", kind: "locality", admin1Ar: "ريف دمشق", country: "SY", population: 110_000), []),
    ])

    /// The story tells a shell on a quarter, then a strike on a town, then returns to the quarter:
    /// the toll after that return is the shell's.
    @Test func aTollAfterTheStoryReturnsToAQuarterIsThatIncidents() {
        let text = """
        أطلقت فصائل معارضة قذيفة صاروخية الثلاثاء على سوق شعبية في حي الكشكول، ما أدى لمقتل 35 شخصا.
        وقتل 20 مدنيا الثلاثاء في قصف جوي استهدف الغوطة الشرقية.
        وقال مصدر في الشرطة إن قذيفة صاروخية سقطت في ريف دمشق على سوق شعبية في حي الكشكول.
        وأفاد مدير المستشفى عن وصول جثامين 35 شخصا، فضلا عن "40 مدنيا أصيبوا بجروح".
        """
        let got = IncidentExtractor(places: Self.syria).extract(
            StoryText(title: "", text: text, published: RFC3339.parse("2024-08-07T09:00:00Z"), utcOffsetSeconds: 3 * 3600))
        let quarter = got.first { $0.location?.nameAr == "الكشكول" }
        let town = got.first { $0.location?.nameAr == "الغوطة الشرقية" }
        #expect(quarter?.casualties.injured.min == 40)
        #expect(quarter?.casualties.killed.min == 35)
        #expect(town?.casualties.killed.min == 20)
        #expect(town?.casualties.injured.status == .notMentioned)
    }

    /// "محاولة اغتيال ضابط": an attempt on a life kills no one; the act itself does.
    @Test(arguments: [
        ("تعتقد الحكومات أنها وراء محاولة اغتيال ضابط استخبارات سابق.", 0),
        ("نجا الوزير من محاولة اغتيال في العاصمة.", 0),
        ("أعلنت الشرطة اغتيال ضابط في العاصمة.", 1),
    ])
    func anAttemptKillsNoOne(_ text: String, _ count: Int) {
        let got = Self.killed(text).filter { $0.count.status == .reported }
        #expect(got.first?.count.min == (count == 0 ? nil : count), "\(text)")
        #expect(got.isEmpty == (count == 0), "\(text)")
    }

    static let yemen = PlaceTable([
        (PlaceCandidate(nameAr: "كتاف", kind: "locality", admin1Ar: "صعدة", country: "YE"), []),
        (PlaceCandidate(nameAr: "صعدة", kind: "region", admin1Ar: "صعدة", country: "YE"), []),
        (PlaceCandidate(nameAr: "الحديدة", kind: "region", admin1Ar: "الحديدة", country: "YE"), []),
        (PlaceCandidate(nameAr: "مأرب", kind: "region", admin1Ar: "مأرب", country: "YE"), []),
    ])

    /// A sentence summing up strikes across three governorates gives no toll to the one strike before it.
    @Test(arguments: [
        ("استهدفت غارات التحالف مواقع في محافظات صعدة والحديدة ومأرب، وأسفرت عن قتلى وجرحى في صفوف المسلحين.", Count.Status.notMentioned),
        ("وأسفرت الغارة عن جرحى في صفوف المسلحين في صعدة.", .vague),
    ])
    func aRoundupTollIsNoIncidents(_ second: String, _ injured: Count.Status) {
        let text = "قتل قيادي حوثي الخميس في غارة لطائرات التحالف في جبهة كتاف شرق محافظة صعدة.\n" + second
        let got = IncidentExtractor(places: Self.yemen).extract(
            StoryText(title: "", text: text, published: RFC3339.parse("2024-08-08T09:00:00Z"), utcOffsetSeconds: 3 * 3600))
        #expect(got.first?.casualties.killed.min == 1)
        #expect(got.first?.casualties.injured.status == injured)
    }

    /// "كما أسفرت الاشتباكات عن مقتل وإصابة العشرات": more besides the counted dead, so the count is a floor.
    @Test(arguments: [
        ("كما أسفرت الاشتباكات عن مقتل وإصابة العشرات من عناصر التنظيم.", Optional<Int>.none),
        ("وأسفرت الاشتباكات عن أضرار في المنازل.", Optional(4)),
    ])
    func alsoDozensMakesTheCountAFloor(_ second: String, _ max: Int?) {
        let text = "أفاد مصدر أمني الخميس بسقوط 4 قتلى و9 جرحى في اشتباكات مسلحة مع عناصر التنظيم قرب مدينة صعدة.\n" + second
        let got = IncidentExtractor(places: Self.yemen).extract(
            StoryText(title: "", text: text, published: RFC3339.parse("2024-08-08T09:00:00Z"), utcOffsetSeconds: 3 * 3600))
        #expect(got.first?.casualties.killed.min == 4)
        #expect(got.first?.casualties.killed.max == max)
        #expect(got.first?.casualties.injured.min == 9)
        #expect(got.first?.casualties.injured.max == max.map { _ in 9 })
    }

    /// "لم يتم الإعلان عن سقوط ضحايا": the toll is not known yet, not "none".
    @Test(arguments: [
        ("وأصيب ثلاثة جنود بينما لم يتم الإعلان على الفور عن سقوط ضحايا في القطاع.", Count.Status.unknown),
        ("ولم تسفر الغارة عن سقوط ضحايا.", .none),
        ("ولم يشر البيان إلى وقوع إصابات.", .unknown),
        ("ولم تذكر الوكالة ما إذا كان الانفجار أوقع ضحايا.", .unknown),
        ("وانفجرت العبوة واقتصرت على أضرار مادية في المبنى.", .none),
    ])
    func notAnnouncedIsUnknown(_ text: String, _ status: Count.Status) {
        #expect(Self.killed(text).first?.count.status == status, "\(text)")
    }

    /// Ways wire copy says nobody was hurt: each reads as "none" for both the dead and the wounded.
    @Test(arguments: [
        "وانفجرت العبوة دون إصابة أحد.",
        "ولم يسفر الانفجار عن إصابة أحد.",
        "ولم يبلغ عن وقوع إصابات.",
        "ولم تسجل أي خسائر بشرية.",
        "وسقط الصاروخ في منطقة مفتوحة دون أن يوقع ضحايا.",
        "ولم يصب أحد بأذى.",
        "ولم ترد تقارير عن وقوع إصابات حتى الآن.",
    ])
    func nobodyHurt(_ text: String) {
        let k = Self.killed(text).map(\.count.status), i = Self.injured(text).map(\.count.status)
        #expect(k.contains(.none) || k.contains(.unknown), "\(text): killed \(k)")
        #expect(i.contains(.none) || i.contains(.unknown), "\(text): injured \(i)")
    }

    @Test func noWoundedSparesOnlyTheWounded() {
        #expect(Self.injured("ولا يوجد مصابون جراء القصف.").map(\.count.status) == [.none])
        #expect(Self.killed("ولا يوجد مصابون جراء القصف.").isEmpty)
    }

    /// "ولم يوقع إصابات لدى الجانب الفلسطيني": one side spared is no "none" for the incident.
    @Test(arguments: [
        ("وأشارت مصادر إلى أن الانفجار لم يوقع إصابات لدى الجانب الفلسطيني.", true),
        ("ولم تسفر الغارة عن إصابات في صفوف المدنيين.", true),
        ("ولم تسفر الغارة عن إصابات.", false),
    ])
    func oneSideSparedIsNoNone(_ text: String, _ silent: Bool) {
        #expect(Self.killed(text).isEmpty == silent, "\(text)")
        #expect(Self.injured(text).isEmpty == silent, "\(text)")
    }

    /// A shelling toll told after a ground advance is the shelling's own incident, not the battle's.
    @Test func aShellingTollBesideABattleIsItsOwnIncident() {
        let text = """
        وواصلت قوات النظام الثلاثاء تقدمها في الغوطة الشرقية إذ سيطرت على مدينة دوما بعد اشتباكات عنيفة.
        ووثق المرصد الثلاثاء مقتل 12 مدنيا في القصف على الغوطة الشرقية.
        """
        let got = IncidentExtractor(places: Self.syria).extract(
            StoryText(title: "", text: text, published: RFC3339.parse("2024-08-07T09:00:00Z"), utcOffsetSeconds: 3 * 3600))
        #expect(got.count == 2)
        #expect(got.first?.casualties.killed.status == .notMentioned)
        #expect(got.last?.casualties.killed.min == 12)
        #expect(got.last?.subEventType == SubEventType.shellingArtilleryMissile)
    }

    /// "واستهدفت الفصائل بدورها ضاحية … ما أسفر عن مقتل أربعة" after an advance: the other side's
    /// strike on another place keeps its toll; the advance gets none of it.
    @Test func theOtherSidesStrikeElsewhereKeepsItsToll() {
        let text = """
        وتمكنت قوات النظام الثلاثاء من السيطرة على مدينة دوما إثر حملة قصف عنيف.
        واستهدفت الفصائل المعارضة بدورها حي الكشكول، ما أسفر عن مقتل أربعة أشخاص.
        """
        let got = IncidentExtractor(places: Self.syria).extract(
            StoryText(title: "", text: text, published: RFC3339.parse("2024-08-07T09:00:00Z"), utcOffsetSeconds: 3 * 3600))
        #expect(got.first?.location?.nameAr == "دوما")
        #expect(got.first?.casualties.killed.status == .notMentioned)
    }

    /// "المتهم الرئيسي" in a raid is a wanted man, not a courtroom: the shootout stays an act.
    @Test(arguments: [
        ("وحاصرت القوة المطلوبين ومن بينهم المتهم الرئيسي، فبادروا بإطلاق النار مما أدى لمقتل اثنين من رجال الأمن.", false),
        ("أصدرت المحكمة حكما بالسجن على المتهم بقتل اثنين.", true),
    ])
    func theAccusedInARaidIsNoCourt(_ text: String, _ court: Bool) {
        #expect(ContextRules.contexts(Self.tokens(text)).contains(.court) == court, "\(text)")
    }

    /// Clashes around a town, then "مقتل 29 مدنيا جراء قصف مدفعي وغارات استهدفت المدينة": the
    /// bombardment carries the toll; the clashes do not.
    @Test func bombardmentTollAfterClashesIsTheBombardments() {
        let text = """
        وتدور اشتباكات الثلاثاء بين مقاتلي المعارضة وقوات النظام في محيط دوما.
        ووثق المرصد مقتل 29 مدنيا على الأقل الثلاثاء جراء قصف مدفعي وغارات استهدفت مدينة دوما.
        """
        let got = IncidentExtractor(places: Self.syria).extract(
            StoryText(title: "", text: text, published: RFC3339.parse("2024-08-07T09:00:00Z"), utcOffsetSeconds: 3 * 3600))
        #expect(got.count == 2)
        #expect(got.first?.subEventType == SubEventType.armedClash)
        #expect(got.first?.casualties.killed.status == .notMentioned)
        #expect(got.last?.casualties.killed.min == 29)
    }

    /// "مع دخول الحملة أسبوعها الرابع … عشرات الجثث": a sentence telling a campaign's age sums it up.
    @Test(arguments: [
        ("مع دخول الحملة العسكرية أسبوعها الرابع، تنتشر تحت أنقاض المباني عشرات الجثث لضحايا القصف.", true),
        ("ودخلت الحرب عامها الثالث وسط مقتل الآلاف.", true),
        ("قتل 12 مدنيا في القصف على المدينة الأحد.", false),
    ])
    func aCampaignsAgeMakesItsTollsRunningTotals(_ text: String, _ campaign: Bool) {
        #expect(CumulativeTollRules.tellsCampaignAge(Self.tokens(text)) == campaign, "\(text)")
        #expect(Self.killed(text).isEmpty == campaign, "\(text)")
    }
}
