import Testing
@testable import RasdCore

/// Claim readings that wire copy writes with long names between the words that matter: the party
/// held responsible after a long accuser ("وحملت الحكومة التي يقودها …، حماس المسؤولية"), members
/// described before "في/من" their group ("قيادات بارزة في جماعة الحوثي" is a target, not a doer),
/// and an outlet named by its kind before the voice it is ("حسبما قال موقع أعماق").
@Suite("Claim: held responsible, members, outlets")
struct ClaimHeldResponsibleTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }

    @Test(arguments: [
        // the accuser's name runs past the old eight-word window
        ("وحملت الحكومة الفلسطينية التي يقودها رئيس الوزراء، ومقرها الضفة الغربية، حماس المسؤولية عن الهجوم", "حماس"),
        ("وحمل رئيس السلطة الفلسطينية محمود عباس في بيان حركة حماس مسؤولية الهجوم على الموكب", "حركة حماس"),
        // a relative clause on the accused stands between it and the word of responsibility
        ("وحملت الرئاسة حركة حماس، التي تسيطر على القطاع منذ سنوات، المسؤولية عن التفجير", "حركة حماس"),
        // the short forms keep their reading
        ("وحمّل الحوثيون التحالف العربي مسؤولية القصف", "التحالف العربي"),
        ("وحملت الرئاسة حماس المسؤولية عن الانفجار", "حماس"),
    ])
    func heldResponsibleAfterLongAccuser(_ text: String, _ accused: String) {
        let c = ClaimReading.claim(text)
        #expect(c.status == .attributed && c.actor == accused, "\(text): \(c)")
    }

    @Test(arguments: [
        // carrying, not charging: no word of responsibility
        "وحمل المسلحون أسلحة خفيفة خلال الهجوم على القرية",
        // the word of responsibility is far beyond the verb, in another clause that says the party does not bear it
        "وحمل المتظاهرون لافتات كتب عليها شعارات ضد الحكومة وضد الفساد في البلاد منذ سنوات طويلة ثم قالوا إن حماس لا تتحمل المسؤولية",
        "وقال المتحدث إن حماس لا تتحمل أي مسؤولية عن الانفجار",
    ])
    func carryingIsNoCharge(_ text: String) {
        let c = ClaimReading.claim(text)
        #expect(c.status != .attributed || c.actor != "حماس", "\(text): \(c)")
    }

    @Test func heldResponsibleReadsTheWordBeforeResponsibility() {
        let t = Self.tokens("وحملت الحكومة التي يقودها رئيس الوزراء حماس المسؤولية")
        let a = ClaimRules.heldResponsible(t, ActorLexicon.shipped.mentions(t), verbEnd: 1)
        #expect(a?.text == "حماس")
        let none = Self.tokens("وحملت الحكومة التي يقودها رئيس الوزراء رسالة")
        #expect(ClaimRules.heldResponsible(none, ActorLexicon.shipped.mentions(none), verbEnd: 1) == nil)
    }

    @Test(arguments: [
        // members with an adjective before "في/من" their group: the group is who they are
        ("وأكد التحالف أن القصف استهدف قيادات بارزة في جماعة الحوثي", true),
        ("قتل عناصر كثيرون من تنظيم داعش في الغارة", true),
        ("استهدفت الغارة قياديين في حزب الله", true),
        // the group acting, or named without members before it
        ("وقال الجيش إن مسلحي بوكو حرام هاجموا القرية", false),
        ("وقصفت طائرات التحالف مواقع في جماعة الحوثي", false),
    ])
    func membersDescribedBeforeTheirGroup(_ text: String, _ member: Bool) throws {
        let t = Self.tokens(text)
        let group = try #require(ActorLexicon.shipped.mentions(t).last { $0.kind == .nonState })
        #expect(ClaimRules.isMemberOf(t, group) == member, "\(text)")
    }

    @Test(arguments: [
        // the group's own outlet, named by its kind, tells of the group's act: its claim
        ("قتل ثلاثة جنود في هجوم شنه مسلحو التنظيم على المحطة، حسبما قال موقع أعماق التابع لتنظيم الدولة", "تنظيم الدولة", Claim.Status.claimed),
        // another outlet telling of the same act is a source naming the doer
        ("قتل ثلاثة جنود في هجوم شنه تنظيم الدولة على المحطة، حسبما قال موقع إخباري محلي", "تنظيم الدولة", .attributed),
    ] as [(String, String, Claim.Status)])
    func outletNamedByItsKind(_ text: String, _ perpetrator: String, _ status: Claim.Status) {
        let c = ClaimReading.claim(text, perpetrator: perpetrator)
        #expect(c.status == status, "\(text): \(c)")
    }

    /// "هجوم صاروخي وشيك في جنوب إسرائيل"، "القصف استهدف قيادات في جماعة الحوثي": a party named
    /// after "في" is where the act happened or whom it hit, never its doer (the hook in
    /// SentenceAnalyzer.perpetrator); so the force's own statement about the strike is its claim.
    @Test(arguments: [
        ("دوت صافرات الإنذار تحسبا لهجوم صاروخي وشيك في جنوب إسرائيل", nil),
        ("وأكد التحالف أن القصف استهدف قيادات بارزة في جماعة الحوثي", nil),
        ("قتل شاب في غارة جوية إسرائيلية على القطاع", "Israel"),
        ("قتل ثلاثة مدنيين في غارات طيران التحالف العربي في محافظة صعدة", "Coalition"),
    ] as [(String, String?)])
    func aPartyAfterFiIsNoDoer(_ text: String, _ canonical: String?) {
        let s = ArabicSentence(index: 1, text: text, tokens: Self.tokens(text), isTitle: false)
        let pub = CivilTime(RFC3339.parse("2024-08-08T09:00:00Z")!, offsetSeconds: 3 * 3600)
        let a = SentenceAnalyzer(lookup: PlaceTable([])).analyze(s, publication: pub, deep: true)
        #expect(a.perpetrator?.canonical == canonical, "\(text): \(String(describing: a.perpetrator))")
    }
}
