import Foundation
import Testing
@testable import RasdCore

/// Table tests of how a story frames its acts: back-references to a past act, statement leads,
/// pluperfect openings, cyber "attacks", datelines and what names a generic lead.
@Suite struct ExtractionFramingTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }
    /// Thursday 2024-08-08, 12:00 at UTC+3.
    static let pub = CivilTime(RFC3339.parse("2024-08-08T09:00:00Z")!, offsetSeconds: 3 * 3600)
    static let analyzer = SentenceAnalyzer(lookup: PlaceTable([]))

    static func analysis(_ s: String) -> SentenceAnalysis {
        analyzer.analyze(ArabicSentence(index: 1, text: s, tokens: tokens(s), isTitle: false), publication: pub, deep: true)
    }

    @Test(arguments: [
        ("الهجوم", true), ("والهجوم", true), ("بالهجوم", true), ("للهجوم", true), ("فالانفجار", true),
        ("هجوم", false), ("وهجوم", false), ("بهجوم", false), ("انفجار", false),
    ])
    func definiteArticle(_ word: String, _ definite: Bool) {
        #expect(NewsFraming.isDefinite(Self.tokens(word)[0]) == definite, "\(word)")
    }

    @Test(arguments: [
        ("وسقط في الهجوم الدامي 22 قتيلا و59 مصابا.", true),
        ("وأسفر الانفجار عن مقتل خمسة أشخاص.", true),
        ("وقتل خمسة أشخاص في انفجار سيارة مفخخة.", false),        // a new, indefinite act
        ("وأسفر الهجوم أمس عن مقتل خمسة أشخاص.", false),          // dated: told as news
        ("وقتل ثلاثة جنود في غارة جوية على القاعدة.", false),      // indefinite: a new act
        ("ونفذت القوات الأميركية الغارة قرب المدينة وقتلت مسلحين.", true),
        ("وتواصلت المعارك في محيط البلدة.", true),
    ])
    func anaphoricSentence(_ text: String, _ anaphoric: Bool) {
        let a = Self.analysis(text)
        #expect(!a.events.isEmpty, "\(text): no act read")
        #expect(NewsFraming.isAnaphoric(a) == anaphoric, "\(text)")
    }

    @Test(arguments: [
        ("قال وزير الداخلية إن الشرطة ستزيد عدد أفرادها.", true),
        ("وصف السفير إطلاق الصواريخ بالتصعيد الخطير.", true),
        ("عرض المتحدث أدلة حول تهريب صواريخ.", true),
        ("أدانت الخارجية الهجوم على القافلة.", true),
        ("رفضت الوزارة اتهامات بقصف المدينة.", true),
        ("قتل خمسة أشخاص في انفجار سيارة مفخخة وسط المدينة.", false),
        ("سيطرت القوات على البلدة بعد معارك عنيفة.", false),
    ])
    func statementLead(_ text: String, _ statement: Bool) {
        #expect(NewsFraming.isStatement(Self.analysis(text)) == statement, "\(text)")
    }

    @Test(arguments: [
        ("وكان وسط العاصمة يوم الثلاثاء قد شهد اشتباكات عنيفة.", true),
        ("وكانت الطائرات قد قصفت البلدة.", true),
        ("كان الجيش قد أعلن السيطرة على المدينة.", true),
        ("وقصفت الطائرات البلدة يوم الثلاثاء.", false),
        ("وقال إن الهجوم كان عنيفا وقد أوقع قتلى.", false),
    ])
    func pluperfectOpening(_ text: String, _ pluperfect: Bool) {
        #expect(NewsFraming.isPluperfect(Self.tokens(text)) == pluperfect, "\(text)")
    }

    @Test(arguments: [
        ("وأضاف أن الدفاعات اعترضت أمس صاروخا باليستيا.", true),
        ("وقال المرصد الثلاثاء إن القاعدة ضربت بعدة صواريخ.", true),  // the day it was told is recent
        ("وأضاف أن الصواريخ أطلقت بطريقة عشوائية وأدت إلى وفاة شخص.", false),
        ("وكان وسط العاصمة يوم الثلاثاء قد شهد اشتباكات عنيفة.", false),
        ("وقصفت الطائرات البلدة في 12 مارس/آذار الماضي.", false),
    ])
    func actStandsInStatementStory(_ text: String, _ stands: Bool) {
        #expect(NewsFraming.standsInStatementStory(Self.analysis(text)) == stands, "\(text)")
    }

    @Test(arguments: [
        "اتهمت بريطانيا روسيا بشن هجمات إلكترونية واسعة",
        "تعرضت الوزارة لهجوم إلكتروني",
        "حذرت الشركة من هجمات سيبرانية",
        "نفذ قراصنة هجوما على مواقع حكومية",
    ])
    func cyberAttacksAreNotIncidents(_ text: String) {
        let a = Self.analysis(text)
        #expect(ContextRules.contexts(a.sentence.tokens).contains(.cyber), "\(text)")
        #expect(!a.isEvent, "\(text)")
    }

    @Test(arguments: [
        ("بعد هجوم شنته جماعة بوكو حرام على مدرسة البنات", true),
        ("بعد هجوم شنه مسلحو تنظيم داعش على القرية", true),
        ("بعد هجوم بوكوحرام على المدرسة", false),             // no launching verb
        ("شن الفريق هجوما قويا في الشوط الثاني", false),        // no armed actor
    ])
    func launchedAttackByArmedGroup(_ text: String, _ event: Bool) {
        #expect(!Self.analysis(text).events.isEmpty == event, "\(text)")
    }

    @Test(arguments: ["انفجارا", "تفجيرا", "انفجاران", "تفجيرين"])
    func explosionNounForms(_ word: String) {
        #expect(EventLexicon.cues.matches(in: Self.tokens("إن \(word) وقع في المبنى")).contains { $0.payload == .explosion }, "\(word)")
    }

    @Test(arguments: [
        ("دبي، الإمارات العربية المتحدة (CNN)— استعرض المتحدث صواريخ", "استعرض المتحدث صواريخ"),
        ("نيويورك، الولايات المتحدة (CNN) — قال السفير", "قال السفير"),
        ("بغداد (رويترز) - قتل خمسة", "قتل خمسة"),
        ("قتل خمسة أشخاص (بينهم طفلان) في القصف", "قتل خمسة أشخاص (بينهم طفلان) في القصف"),
    ])
    func datelineIsDropped(_ line: String, _ rest: String) {
        #expect(IncidentExtractor.droppingDateline(line) == rest)
    }

    /// A lead that only says "هجوم" takes its sub-type from the story's next acts.
    @Test(arguments: [
        ("وتثير عملية الخطف مخاوف السكان.", SubEventType.abduction),
        ("وقصفت الطائرات الحربية مواقع المسلحين بغارات جوية.", SubEventType.airDroneStrike),
    ])
    func genericLeadIsNamedLater(_ follow: String, _ sub: String) {
        let lead = Self.analysis("أكدت الحكومة أن 12 مدنيا مفقودون بعد هجوم شنه مسلحو تنظيم داعش على قريتهم.")
        #expect(lead.events.allSatisfy { $0.payload == .genericAttack } && !lead.events.isEmpty)
        #expect(IncidentDraft.subEventType(lead: lead, events: [lead, Self.analysis(follow)]) == sub, "\(follow)")
    }

    /// An act told as what this one followed or answered is not this sentence's act.
    @Test(arguments: [
        ("وعقب الغارات، أطلقت فصائل مسلحة عددا من القذائف على البلدة.", EventKind.airStrike, false),
        ("ردا على القصف، شنت الطائرات الحربية غارات على المدينة.", EventKind.bombardment, false),
        ("ردا على القصف، شنت الطائرات الحربية غارات على المدينة.", EventKind.airStrike, true),
        ("وسيطر الجيش السوري على البلدة بعد السيطرة على التلال المحيطة بها.", EventKind.territoryTaken, true),
        ("وقتل خمسة مدنيين عقب الغارات.", EventKind.airStrike, true),   // nothing else is left: keep it
    ])
    func sequelDropsTheEarlierAct(_ text: String, _ kind: EventKind, _ kept: Bool) {
        #expect(Self.analysis(text).events.contains { $0.payload == kind } == kept, "\(text)")
    }

    /// A country named as the state that acted is no place of the act.
    @Test(arguments: [
        ("ولم يتأكد المرصد إن كانت طائرات النظام هي التي نفذت الغارات أم طائرات حليفته روسيا.", "RU", false),
        ("وأطلقت فصائل فلسطينية صواريخ على جنوب إسرائيل.", "IL", true),
        ("وقصفت الطائرات مواقع في سوريا.", "SY", true),
        ("ووفقا لوزارة الجيوش أطلقت فرنسا 12 صاروخا خلال العملية.", "FR", false),
        ("بريطانيا تشارك بأربع مقاتلات في الضربات", "GB", false),
    ])
    func countryOfTheActNotOfTheActor(_ text: String, _ code: String, _ place: Bool) {
        #expect(Self.analysis(text).placeCountries.contains(code) == place, "\(text)")
    }

    @Test func interceptionLeadIsNotRenamedBySuicideAttackLater() {
        let lead = Self.analysis("واعترضت الدفاعات الجوية طائرة مسيرة أطلقها الحوثيون باتجاه جازان.")
        let later = Self.analysis("وحملت القيادة الحوثيين مسؤولية الهجوم الانتحاري بطائرة مسيرة مفخخة.")
        #expect(IncidentDraft.subEventType(lead: lead, events: [lead, later]) == SubEventType.disruptedWeaponsUse)
    }

    /// Words shared with football do not make a war story a sports one.
    @Test(arguments: [
        ("قصفت إسرائيل 18 هدفا لجماعات مسلحة في القطاع", false),
        ("وصل فريق من المحققين إلى موقع الانفجار", false),
        ("سجل اللاعب هدفا في الدقيقة الأخيرة من المباراة", true),
        ("وأحرز هدفا قاتلا في الوقت بدل الضائع", true),
    ])
    func sportsWordsInWarCopy(_ text: String, _ sports: Bool) {
        #expect(ContextRules.contexts(Self.tokens(text)).contains(.sports) == sports, "\(text)")
    }

    @Test(arguments: [
        "وقال مصدر عسكري إن إنذارا خاطئا أدى إلى إطلاق صفارات الإنذار",
        "وأكد المصدر أنه لم يكن هناك أي اعتداء على المطار",
        "وتبين أن الإنذار الخاطئ سببه عطل فني",
    ])
    func falseAlarms(_ text: String) {
        #expect(ContextRules.contexts(Self.tokens(text)).contains(.falseAlarm), "\(text)")
    }

    /// What an act answers is another act, with or without the article.
    @Test(arguments: [
        ("وقصفت إسرائيل مواقع في القطاع ردا على تفجير أسفر عن إصابة أربعة جنود.", EventKind.explosion, false),
        ("وقصفت إسرائيل مواقع في القطاع ردا على تفجير أسفر عن إصابة أربعة جنود.", EventKind.bombardment, true),
        ("وشنت الطائرات غارات على القطاع ردا على إطلاق صواريخ وقذائف باتجاه إسرائيل.", EventKind.projectile, false),
        ("وشنت الطائرات غارات على القطاع ردا على إطلاق صواريخ وقذائف باتجاه إسرائيل.", EventKind.airStrike, true),
    ])
    func answeredActIsAnother(_ text: String, _ kind: EventKind, _ kept: Bool) {
        #expect(Self.analysis(text).events.contains { $0.payload == kind } == kept, "\(text)")
    }

    @Test(arguments: [
        ("وتشكل المحافظة منذ أسبوع هدفا لقصف عنيف تسبب بمقتل 29 مدنيا على الأقل.", "since"),
        ("وتتعرض البلدة منذ أسابيع لغارات متواصلة.", "since"),
    ])
    func runningCampaignIsBackground(_ text: String, _ reason: String) {
        let t = Self.tokens(text)
        #expect(BackgroundRules.reason(t, dates: [], publication: Self.pub) == reason, "\(text)")
    }

    @Test(arguments: [
        ("وأعلن البنتاغون عن غارة مماثلة في جنوب البلاد استهدفت موقعا للتنظيم.", "similar"),
        ("وبدأ التنظيم هجومه صباح أمس بتفجيرات تزامنا مع تفجيرات مماثلة في الريف.", nil),  // this week: news
        ("واتهمت دمشق في التاسع من نيسان/أبريل الطيران الإسرائيلي باستهداف المطار.", "explicit_date_past"),  // a dated day
        ("وقتل 26 مسلحا جراء ضربات استهدفت في نهاية نيسان/أبريل قواعد عسكرية.", "month_past"),
        ("وقتل 26 مسلحا جراء ضربات استهدفت قواعد عسكرية في آب/أغسطس الجاري.", nil),        // this month
        ("وشاركا في معركة صنعاء التي انتهت بمقتل صالح مطلع كانون الأول/ديسمبر الماضي.", "month_past"),
        ("ومعاناة السكان مستمرة منذ أبريل/نيسان الماضي.", nil),                             // no act told
    ] as [(String, String?)])
    func comparedAndEarlierActsAreBackground(_ text: String, _ reason: String?) {
        let t = Self.tokens(text)
        #expect(BackgroundRules.reason(t, dates: DateRules.mentions(t, publication: Self.pub), publication: Self.pub) == reason, "\(text)")
    }

    @Test(arguments: [
        ("وجاء القصف هذا المساء بعد وقت قصير على إعلان الجيش حالة التأهب.", true),
        ("ويأتي القصف الإسرائيلي بعد جولة التصعيد الأخيرة التي أدت إلى مقتل ثلاثة فلسطينيين.", true),
        ("وقصفت الطائرات الحربية البلدة بعد وقت قصير من إعلان الجيش.", false),
        ("وجاء ذلك بعد غارة جوية استهدفت القاعدة.", false),   // an indefinite act: a new one
    ])
    func framingSequel(_ text: String, _ sequel: Bool) {
        #expect(NewsFraming.isFramingSequel(Self.analysis(text)) == sequel, "\(text)")
    }

    @Test(arguments: [
        "وليست هذه المرة الأولى التي يقصف فيها الطيران معاقل التنظيم داخل الأراضي السورية.",
        "وهي ليست المرة الأولى التي تستهدف فيها البلدة.",
    ])
    func notTheFirstTimeIsBackground(_ text: String) {
        #expect(BackgroundRules.reason(Self.tokens(text), dates: [], publication: Self.pub) == "not_first", "\(text)")
    }

    @Test func showingDebrisIsTalk() {
        #expect(ContextRules.contexts(Self.tokens("واستعرض المتحدث بقايا الصواريخ التي أطلقت على المدينة")).contains(.discussion))
    }

    /// A battle and the air strikes beside it are two ACLED events; the toll stays with the battle.
    @Test func battleAndAirStrikesInOneSentenceSplit() throws {
        let a = Self.analysis("قتل العشرات من المسلحين في مواجهات مع القوات الحكومية وغارات لمقاتلات التحالف.")
        let (ground, air) = try #require(NewsFraming.splitByType(a))
        #expect(ground.events.allSatisfy { $0.payload != .airStrike } && ground.events.contains { $0.payload == .clash })
        #expect(air.events.allSatisfy { $0.payload == .airStrike } && !air.events.isEmpty)
        #expect(!ground.casualties.isEmpty && air.casualties.isEmpty)
        #expect(NewsFraming.splitByType(Self.analysis("قتل خمسة في غارات لمقاتلات التحالف على المدينة.")) == nil)
    }

    /// Acts someone only planned are not acts; a foiled plot still is one.
    @Test(arguments: [
        ("قتلت الغارة عددا من المسلحين الذين كانوا يخططون لشن هجمات انتحارية.", EventKind.suicide, false),
        ("قتلت الغارة عددا من المسلحين الذين كانوا يخططون لشن هجمات انتحارية.", EventKind.airStrike, true),
        ("أحبطت القوات هجوما بسيارة مفخخة كانوا يخططون لتنفيذه.", EventKind.disrupted, true),
    ])
    func plannedActsAreNotActs(_ text: String, _ kind: EventKind, _ kept: Bool) {
        #expect(Self.analysis(text).events.contains { $0.payload == kind } == kept, "\(text)")
    }

    /// An act only aimed at vouches for no weak cue beside it: "القذائف" the aim protects from is no
    /// act, while the same word beside an act carried out still is one.
    @Test(arguments: [
        ("ورأى مراقبون أن قوات النظام ستسعى عاجلا أم آجلا للسيطرة على الغوطة الشرقية لضمان أمن العاصمة من القذائف.", false),
        ("وتسعى القوات للسيطرة على المدينة لإبعاد خطر القذائف عن العاصمة.", false),
        ("وسيطرت قوات النظام على البلدة بعد قصفها بالقذائف.", true),
    ])
    func anAimedActVouchesForNoCue(_ text: String, _ isAct: Bool) {
        #expect(!Self.analysis(text).events.isEmpty == isAct, "\(text)")
    }

    /// An act word inside a group's name ("هيئة تحرير الشام") is no act.
    @Test(arguments: [
        "ولهيئة تحرير الشام تواجد محدود في هذه المنطقة.",
        "ويعود المستودع إلى تاجر أسلحة يعمل مع هيئة تحرير الشام.",
    ])
    func actWordsInsideGroupNames(_ text: String) {
        #expect(!Self.analysis(text).events.contains { $0.payload == .territoryTaken }, "\(text)")
    }
}
