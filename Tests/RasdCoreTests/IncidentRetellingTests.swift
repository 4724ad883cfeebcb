import Foundation
import Testing
@testable import RasdCore

/// Which sentences belong to which incident when wire copy names an act again, or goes on
/// quoting a source, or tells a toll of several acts at once.
@Suite struct IncidentRetellingTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }
    /// Thursday 2024-08-08, 12:00 at UTC+3.
    static let published = RFC3339.parse("2024-08-08T09:00:00Z")
    static let pub = CivilTime(published!, offsetSeconds: 3 * 3600)
    static let places = PlaceTable([
        (PlaceCandidate(nameAr: "دوما", kind: "locality", admin1Ar: "ريف دمشق", country: "SY", population: 100_000), []),
        (PlaceCandidate(nameAr: "حرستا", kind: "locality", admin1Ar: "ريف دمشق", country: "SY", population: 40_000), []),
        (PlaceCandidate(nameAr: "رفح", kind: "locality", admin1Ar: "قطاع غزة", country: "PS", population: 150_000), []),
        (PlaceCandidate(nameAr: "المغازي", kind: "camp", admin1Ar: "قطاع غزة", country: "PS", population: 30_000), []),
        (PlaceCandidate(nameAr: "حمص", kind: "locality", admin1Ar: "حمص", country: "SY", population: 700_000), []),
    ])
    static let analyzer = SentenceAnalyzer(lookup: places)
    static func analysis(_ s: String) -> SentenceAnalysis {
        analyzer.analyze(ArabicSentence(index: 1, text: s, tokens: tokens(s), isTitle: false), publication: pub, deep: true)
    }
    static func extract(_ text: String, title: String = "") -> [IncidentFacts] {
        IncidentExtractor(places: places).extract(StoryText(title: title, text: text, published: published, utcOffsetSeconds: 3 * 3600))
    }

    // MARK: an act named again with a definite noun

    @Test(arguments: [
        // the act just told, named again while the sentence talks of something else
        ("ووقع القصف الإسرائيلي وسط تحذيرات دولية بشأن استخدام مزعوم للغاز السام في دوما.", true),
        ("وزعم الجيش أن القصف جاء ردا على اختراق للسياج.", true),
        ("وأشارت المصادر إلى أن المواجهات امتدت إلى أطراف المدينة.", true),
        ("وأكد الجيش في بيان مسؤوليته عن الغارات.", true),
        // a verb of its own tells an act, not a back-reference
        ("وقالت الوكالة إن الغارات استهدفت مواقع للمسلحين.", false),
        // a new act: indefinite, dated, or opening a scene of its own
        ("وشنت الطائرات غارات على مواقع للمسلحين.", false),
        ("وفي حرستا، استهدف القصف الأحياء السكنية.", false),
        ("كما استهدف القصف مستشفى المدينة.", false),
        ("وتجدد القصف الأربعاء على المدينة.", false),
        // a projectile named again may be a new launch ("أطلقت الفصائل القذائف")
        ("وأطلقت الفصائل القذائف على المدينة.", false),
    ])
    func retellingSentences(_ text: String, _ retells: Bool) {
        #expect(ActRetelling.retells(Self.analysis(text)) == retells, "\(text)")
    }

    @Test(arguments: [
        ("وأشار إلى أن قوات الأمن دخلت إلى المبنى واشتبكت مع المهاجمين.", true),
        ("وتبادلت قوات الأمن إطلاق النار مع المهاجمين وقتلت اثنين منهم.", true),
        ("ودارت اشتباكات عنيفة مع الانتحاريين داخل المقر.", true),
        // a battle with a named side is a battle of its own
        ("واشتبكت قوات الأمن مع عناصر من تنظيم داعش في الصحراء.", false),
        ("ودارت اشتباكات عنيفة بين الجيش والفصائل في ريف المدينة.", false),
    ])
    func aFightWithTheAttackersEndsTheirAct(_ text: String, _ same: Bool) {
        #expect(ActRetelling.fightsTheAttackers(Self.analysis(text)) == same, "\(text)")
    }

    @Test func theAirStrikesSplitOffABattleAreThoseAlreadyTold() {
        var air = IncidentDraft(), battle = IncidentDraft()
        air.add(event: 1, Self.analysis("قتل 40 مسلحا بسلسلة غارات نفذتها طائرات التحالف على مواقعهم في حرستا."))
        battle.add(event: 2, Self.analysis("ودارت معارك عنيفة بين القوات الحكومية والمسلحين في دوما."))
        var told = Self.analysis("الغارات تزامنت مع استمرار المعارك بين القوات الحكومية والمسلحين.")
        told.events = told.events.filter { $0.payload == .airStrike }
        #expect(ActRetelling.retoldKind(told, drafts: [air, battle]) == 0)
        var fresh = Self.analysis("وشنت طائرات التحالف غارات على مواقع المسلحين.")
        fresh.events = fresh.events.filter { $0.payload == .airStrike }
        #expect(ActRetelling.retoldKind(fresh, drafts: [air, battle]) == nil)
    }

    @Test func aTollAtAnotherPlaceIsNotARetelling() {
        var d = IncidentDraft()
        d.add(event: 1, Self.analysis("قتل ثلاثة مدنيين في قصف مدفعي على حرستا الخميس."))
        #expect(ActRetelling.tellsTollElsewhere(Self.analysis("وأدى القصف المتواصل على دوما إلى مقتل 29 مدنيا."), than: d))
        #expect(!ActRetelling.tellsTollElsewhere(Self.analysis("وأدى القصف على حرستا إلى مقتل ثلاثة مدنيين."), than: d))
        #expect(!ActRetelling.tellsTollElsewhere(Self.analysis("ووقع القصف وسط تحذيرات بشأن دوما."), than: d))
    }

    /// (story, incidents expected)
    @Test(arguments: [
        // a statement naming "القصف" with the camp the army says it answered: one shelling
        ("قتل فلسطينيان في قصف مدفعي إسرائيلي على رفح الخميس. وزعم الجيش الإسرائيلي أن القصف جاء ردا على اختراق للسياج قرب المغازي.", 1),
        // the strike named again beside the city an alleged attack hit: one strike
        ("قتل 14 شخصا في قصف صاروخي استهدف مطارا عسكريا قرب حمص الخميس. ووقع القصف وسط تحذيرات دولية بشأن استخدام مزعوم للغاز السام في دوما.", 1),
        // an indefinite act at another place is another incident
        ("قتل 14 شخصا في قصف صاروخي استهدف مطارا عسكريا قرب حمص الخميس. وقتل ثلاثة مدنيين في قصف مدفعي على دوما.", 2),
    ])
    func storiesThatNameTheirActAgain(_ text: String, _ count: Int) {
        #expect(Self.extract(text).count == count, "\(text)")
    }

    // MARK: one act of one kind, place and day told twice

    static func disrupted(_ place: String, day: String = "2018-03-31", injured: Count = Count(),
                          sub: String = "Disrupted weapons use") -> IncidentFacts {
        IncidentFacts(eventType: "Strategic developments", subEventType: sub, weapons: [Weapon(kind: .ballisticMissile)],
                      location: Location(nameAr: place, admin1Ar: place, country: "SA", precision: 1),
                      eventDate: EventDate(date: day, basis: .weekday), casualties: Casualties(injured: injured))
    }
    static let oneHurt = Count(status: .reported, min: 1, max: 1)

    /// (first telling, second telling, one act)
    @Test(arguments: [
        // the lead and the spokesman's words: one interception
        (disrupted("نجران"), disrupted("نجران", injured: oneHurt), false),
        (disrupted("نجران", injured: oneHurt), disrupted("نجران", injured: oneHurt), true),
        (disrupted("جازان"), disrupted("جازان", injured: Count(status: .none)), true),
        (disrupted("نجران"), disrupted("نجران"), true),
        // another place, another day, another kind, another toll
        (disrupted("نجران"), disrupted("جازان"), false),
        (disrupted("نجران"), disrupted("نجران", day: "2018-03-30"), false),
        (disrupted("نجران"), disrupted("نجران", sub: "Shelling/artillery/missile attack"), false),
        (disrupted("نجران", injured: oneHurt), disrupted("نجران", injured: Count(status: .reported, min: 3, max: 3)), false),
    ])
    func oneActOfOneKindPlaceAndDay(_ a: IncidentFacts, _ b: IncidentFacts, _ same: Bool) {
        #expect(DuplicateIncidents.isSamePlaceDayAndKind(a, b) == same)
        #expect(DuplicateIncidents.merged([a, b]).count == (same ? 1 : 2))
    }

    // MARK: another kind of act at a town of the province an incident is placed in

    static let daraa = PlaceTable([
        (PlaceCandidate(nameAr: "درعا", kind: "region", admin1Ar: nil, country: "SY", population: 1_000_000), []),
        (PlaceCandidate(nameAr: "بصر الحرير", kind: "locality", admin1Ar: "درعا", country: "SY", population: 20_000), []),
    ])

    /// (story, sub-event types expected)
    @Test(arguments: [
        // shelling placed by the province, then a battle at one of its towns: two incidents
        ("قصفت قوات النظام بعشرات الصواريخ أحياء المعارضة في محافظة درعا الاثنين. وتحاول قوات النظام التقدم نحو بلدة بصر الحرير التي دارت فيها معارك عنيفة مع الفصائل.",
         ["Shelling/artillery/missile attack", "Armed clash"]),
        // the same kind of act at the town: the province's shelling pinpointed
        ("قصفت قوات النظام بعشرات الصواريخ أحياء المعارضة في محافظة درعا الاثنين. وطال قصف مدفعي عنيف بلدة بصر الحرير.",
         ["Shelling/artillery/missile attack"]),
    ])
    func anotherKindOfActAtATownOfTheProvince(_ text: String, _ subs: [String]) {
        let got = IncidentExtractor(places: Self.daraa).extract(StoryText(title: "", text: text, published: Self.published, utcOffsetSeconds: 3 * 3600))
        #expect(got.map(\.subEventType) == subs)
    }

    // MARK: questions report no act

    @Test(arguments: [
        ("بعد اشتباكات عدن: هل نشب الخلاف بين السعودية والإمارات؟", true),
        ("هل استخدمت الحكومة أسلحة كيميائية في الهجوم", true),
        ("من المسؤول عن هجوم دوما الذي أوقع عشرات الضحايا؟", true),
        ("وقتل خمسة أشخاص في هجوم انتحاري على مقر الشرطة.", false),
        ("وتساءل الوزير عن الجهة التي نفذت الهجوم.", false),
    ])
    func questions(_ text: String, _ question: Bool) {
        #expect(SectionHeadings.isQuestion(ArabicSentence(index: 2, text: text, tokens: Self.tokens(text), isTitle: false)) == question)
    }

    @Test func aQuestionAfterTheStoryIsNoIncident() {
        let got = Self.extract("قتل خمسة أشخاص الخميس في هجوم انتحاري على مقر للشرطة في حمص. بعد اشتباكات دوما: هل نشب الخلاف بين الفصائل؟")
        #expect(got.count == 1)
        #expect(got.first?.subEventType == "Suicide bomb")
    }

    // MARK: a paragraph about another province's front

    static let yemen = PlaceTable([
        (PlaceCandidate(nameAr: "الحديدة", kind: "region", admin1Ar: nil, country: "YE", population: 2_000_000), []),
        (PlaceCandidate(nameAr: "مأرب", kind: "region", admin1Ar: nil, country: "YE", population: 600_000), []),
        (PlaceCandidate(nameAr: "التحيتا", kind: "county", admin1Ar: "الحديدة", country: "YE", population: 80_000), []),
    ])

    /// (story, incidents expected)
    @Test(arguments: [
        // a weakly worded act (a front taken) opening a paragraph on another province: its own incident
        ("قتل 20 مسلحا الخميس في مواجهات مع الجيش في مديرية التحيتا بمحافظة الحديدة. وفي جبهة صرواح بمحافظة مأرب أعلن الجيش السيطرة على مواقع للمسلحين.", 2),
        // the same words about the same province stay with the battle
        ("قتل 20 مسلحا الخميس في مواجهات مع الجيش في مديرية التحيتا بمحافظة الحديدة. وفي جبهة التحيتا بمحافظة الحديدة أعلن الجيش السيطرة على مواقع للمسلحين.", 1),
    ])
    func aParagraphOnAnotherProvincesFront(_ text: String, _ count: Int) {
        let got = IncidentExtractor(places: Self.yemen).extract(StoryText(title: "", text: text, published: Self.published, utcOffsetSeconds: 3 * 3600))
        #expect(got.count == count)
    }

    // MARK: one more act of the news day, told deep in the story

    @Test func oneMoreActToldWithKamaIsNews() {
        let text = """
            قتل 14 شخصا الخميس في قصف صاروخي استهدف مطارا عسكريا قرب حمص. وقال مصدر عسكري إن الصواريخ أطلقت من طائرات حربية. \
            وأضاف المصدر أن الدفاعات الجوية تصدت للهجوم. وتحدثت وكالة الأنباء عن أضرار مادية كبيرة في المطار. \
            كما استهدف قصف مدفعي بلدة حرستا في ريف دمشق.
            """
        #expect(Self.extract(text).count == 2)
        // told without an additive word so far down, an undated act is context, not news
        let context = text.replacingOccurrences(of: "كما استهدف قصف مدفعي", with: "واستهدف قصف مدفعي")
        #expect(Self.extract(context).count == 1)
    }

    @Test(arguments: [("كما نفذت المقاتلات عدة غارات على المحافظة.", true), ("فيما استهدفت المقاتلات مواقع أخرى.", true),
                      ("ونفذت المقاتلات عدة غارات على المحافظة.", false)])
    func additiveOpeners(_ text: String, _ adds: Bool) {
        #expect(NewsFraming.addsAct(Self.tokens(text)) == adds)
    }

    @Test func aLaterTellingThatNamesTheDayMakesTheActNews() {
        let text = """
            قتل 14 شخصا الخميس في قصف صاروخي استهدف مطارا عسكريا قرب حمص. وقال مصدر عسكري إن الصواريخ أطلقت من طائرات حربية. \
            وأضاف المصدر أن الدفاعات الجوية تصدت للهجوم. وقال ناشطون إن قوات النظام سيطرت على بلدة حرستا بعد معارك عنيفة مع الفصائل. \
            وقتل 12 مدنيا الخميس في المعارك التي شهدتها البلدة.
            """
        #expect(Self.extract(text).count == 2)
        #expect(Self.extract(text.replacingOccurrences(of: "مدنيا الخميس في", with: "مدنيا في")).count == 1)
    }

    // MARK: what will be done is no act

    @Test(arguments: [
        ("وحذر السفير من أنه سيتم استهداف منصات إطلاق الصواريخ.", false),
        ("وأعلن الجيش أنه تم استهداف منصات إطلاق الصواريخ.", true),
    ])
    func futureActs(_ text: String, _ act: Bool) {
        #expect(Self.analysis(text).events.contains { $0.payload == .projectile } == act, "\(text)")
    }
}
