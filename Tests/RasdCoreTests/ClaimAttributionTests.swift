import Testing
@testable import RasdCore

/// Who a source blames and whose claim belongs to which incident: the one suspected after
/// "يعتقد أن"، the accused of a blame verb whose subject came first, the actor a source names as
/// the doer of the act it reports, and claims told in another incident's sentences.
@Suite("Claim attribution")
struct ClaimAttributionTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }

    @Test(arguments: [
        // the suspect follows "يعتقد أن" / "يشتبه في أن"
        ("ويعتقد أن إسرائيل هاجمت مؤخرا قاعدة جوية", Claim.Status.attributed, "إسرائيل"),
        ("ويشتبه في أن تنظيم داعش نفذ التفجير", .attributed, "تنظيم داعش"),
        ("ويرجح أن حركة الشباب تقف وراء الهجوم", .attributed, "حركة الشباب"),
        // subject before the verb of blame: the one actor after it is the accused
        ("إلا أن مصادر قبلية محلية اتهمت قوات التحالف بشن الهجوم", .attributed, "قوات التحالف"),
        ("وقال سكان إن مسؤولين محليين اتهموا حركة الشباب بتنفيذ الهجوم", .attributed, "حركة الشباب"),
        // verb first with one actor: that actor is the accuser, the accused is unnamed
        ("واتهم الجيش الإسرائيلي الفلسطينيين بتنفيذ الهجوم", .notMentioned, nil),
        // the accuser and the accused both named after the verb
        ("واتهم الحوثيون التحالف العربي بشن الغارة", .attributed, "التحالف العربي"),
    ] as [(String, Claim.Status, String?)])
    func blameAndSuspicion(_ text: String, _ status: Claim.Status, _ actor: String?) {
        let c = ClaimReading.claim(text)
        #expect(c.status == status && c.actor == actor, "\(text): \(c)")
    }

    /// Nobody claimed, with "حتى الآن" or "بعد" inside the phrase.
    @Test(arguments: [
        "ولم تعلن حتى الآن أي جهة مسؤوليتها عن التفجير",
        "ولم يتبن حتى الآن أي فصيل الهجوم على القاعدة",
        "ولم يتبن أي طرف القصف الذي استهدف المدينة",
        "ولم يعلن أحد بعد مسؤوليته عن الهجوم",
        "وانفجرت العبوة دون أن يتبنى أحد العملية",
    ])
    func nobodyClaimedYet(_ text: String) {
        #expect(ClaimReading.claim(text).status == .noClaim, "\(text)")
    }

    @Test(arguments: [
        // a source reporting that a named group did the act
        ("قال مدير المرصد السوري لحقوق الإنسان إن تنظيم الدولة الإسلامية خطف 36 مدنيا", Claim.Status.attributed, "تنظيم الدولة الإسلامية"),
        ("وأفاد مسؤول محلي أن حركة الشباب قصفت القاعدة بقذائف الهاون", .attributed, "حركة الشباب"),
        // the group is named elsewhere in the sentence, not as the doer right after "إن"
        ("وقال المرصد إن 36 مدنيا خطفوا في هجوم لتنظيم داعش", .notMentioned, nil),
        // the source does not know who did it
        ("وقال المرصد إن تنظيم داعش خطف المدنيين من دون أن يعرف ما إذا كانوا أحياء", .notMentioned, nil),
        // a state's voice reporting its own force's act is its claim
        ("وقالت وكالة الأنباء العراقية إن القوات العراقية قصفت مواقع التنظيم", .claimed, "القوات العراقية"),
    ] as [(String, Claim.Status, String?)])
    func actorNamedByTheSource(_ text: String, _ status: Claim.Status, _ actor: String?) {
        let c = ClaimReading.claim(text)
        #expect(c.status == status && c.actor == actor, "\(text): \(c)")
    }

    /// A nisba on a place or on the victims ("الأراضي الإسرائيلية"، "مدنيين سوريين") does not
    /// name the attacker a source blames.
    @Test(arguments: [
        ("جرح أربعة جنود بتفجير عبوة ناسفة قرب السياج الذي يفصل الأراضي الإسرائيلية عن القطاع، وفق ما أفاد الجيش", "الإسرائيلية", Claim.Status.notMentioned),
        ("استهدفت قذائف الهاون مستوطنة إسرائيلية قرب الحدود، بحسب مصادر محلية", "إسرائيلية", .notMentioned),
        ("قصفت مقاتلات إسرائيلية مواقع في القطاع، بحسب مصادر محلية", "إسرائيلية", .attributed),
    ] as [(String, String, Claim.Status)])
    func placeOrVictimIsNoAttacker(_ text: String, _ perpetrator: String, _ status: Claim.Status) {
        #expect(ClaimReading.claim(text, perpetrator: perpetrator).status == status, "\(text)")
    }

    /// The writer's own clause after a quoted source ("حيث"، "فيما") names the attacker as plain
    /// fact: no attribution by that source.
    @Test(arguments: [
        ("قال مسؤول محلي إن الانفجار وقع قرب السوق، حيث قصفت مقاتلات إسرائيلية المنطقة", "إسرائيلية", Claim.Status.notMentioned),
        ("قال مسؤول محلي إن مقاتلات إسرائيلية قصفت المنطقة", "إسرائيلية", .attributed),
    ] as [(String, String, Claim.Status)])
    func narratorClauseIsNoSource(_ text: String, _ perpetrator: String, _ status: Claim.Status) {
        #expect(ClaimReading.claim(text, perpetrator: perpetrator).status == status, "\(text)")
    }

    /// A state body telling of the act, with no attacker named in its sentence, claims it when the
    /// incident's attacker (named elsewhere) is its own force.
    @Test func stateBodyTellingOfTheActClaimsItsOwnForces() {
        let t = Self.tokens("وأعلن البنتاغون أن أربع قطع بحرية أطلقت 30 صاروخا على الأهداف")
        let starts = EventLexicon.cues.matches(in: t).map(\.start)
        let ms = ClaimRules.mentions(t, actors: ActorLexicon.shipped.mentions(t), hasEvent: true, eventStarts: starts,
                                     speakers: ActorLexicon.shipped.speakerMentions(t))
        let usa = ActorMention(canonical: "USA", kind: .state, text: "أمريكية", start: 0, end: 0)
        let russia = ActorMention(canonical: "Russia", kind: .state, text: "روسية", start: 0, end: 0)
        #expect(ClaimRules.merge(ms, perpetrator: usa).0 == Claim(status: .claimed, actor: "البنتاغون"))
        #expect(ClaimRules.merge(ms, perpetrator: russia).0.status == .notMentioned)
        // telling of ground taken, not of a strike, claims no strike
        let g = Self.tokens("وكانت الحكومة التركية أكدت قرب سيطرتها على المدينة")
        let gs = ClaimRules.mentions(g, actors: ActorLexicon.shipped.mentions(g), hasEvent: true,
                                     eventStarts: EventLexicon.cues.matches(in: g).map(\.start), speakers: ActorLexicon.shipped.speakerMentions(g))
        let turkey = ActorMention(canonical: "Turkey", kind: .state, text: "تركية", start: 0, end: 0)
        #expect(ClaimRules.merge(gs, perpetrator: turkey).0.status == .notMentioned)
    }

    /// A group the lexicon does not know claiming the act in the incident's own sentences is the
    /// claim, whoever the incident's attacker seemed to be.
    @Test func unknownGroupClaimingInTheIncidentsSentences() {
        let t = Self.tokens("وقال المتحدث باسم الجيش إن مجموعة من الرعاع تبنت الهجوم")
        let ms = ClaimRules.mentions(t, actors: ActorLexicon.shipped.mentions(t), hasEvent: false,
                                     speakers: ActorLexicon.shipped.speakerMentions(t))
        let israel = ActorMention(canonical: "Israel", kind: .state, text: "إسرائيلية", start: 0, end: 0)
        #expect(ClaimRules.merge(ms, perpetrator: israel).0.status == .claimed)
        // told in another sentence of the story, an unnamed group's claim is not this incident's
        #expect(ClaimRules.merge([], perpetrator: israel, elsewhere: ms).0.status == .notMentioned)
    }

    /// "دمرت طائرات عراقية …" then "وقال الجيش العراقي في بيان …": with no perpetrator found, a
    /// force named by a nisba in the act's sentences makes its army's statement the claim.
    @Test func armyStatementBesideItsForcesAct() {
        let t = Self.tokens("وقال الجيش العراقي في بيان إن المسلحين كانوا يخططون لعمليات داخل البلاد")
        let ms = ClaimRules.mentions(t, actors: ActorLexicon.shipped.mentions(t), hasEvent: false,
                                     speakers: ActorLexicon.shipped.speakerMentions(t))
        let iraqi = ActorMention(canonical: "Iraq", kind: .state, text: "عراقية", start: 2, end: 3)
        let russian = ActorMention(canonical: "Russia", kind: .state, text: "روسية", start: 2, end: 3)
        #expect(ClaimRules.merge(ms, forces: [iraqi]).0 == Claim(status: .claimed, actor: "الجيش العراقي"))
        #expect(ClaimRules.merge(ms, forces: [russian]).0.status == .notMentioned)
        #expect(ClaimRules.merge(ms).0.status == .notMentioned)
        // a statement that denies is no claim
        let d = Self.tokens("ونشر البنتاغون بيانا نفى فيه ضلوعه في القصف الجوي على القاعدة")
        let ds = ClaimRules.mentions(d, actors: ActorLexicon.shipped.mentions(d), hasEvent: true,
                                     eventStarts: EventLexicon.cues.matches(in: d).map(\.start), speakers: ActorLexicon.shipped.speakerMentions(d))
        let american = ActorMention(canonical: "USA", kind: .state, text: "أمريكي", start: 2, end: 3)
        #expect(ClaimRules.merge(ds, forces: [american]).0.status == .denied, "\(ds)")
    }

    /// A force announcing its own losses in the act claims nothing.
    @Test(arguments: [
        ("وكان الجيش الإسرائيلي قد أعلن إصابة 4 من جنوده إثر تفجير عبوة ناسفة استهدفت دورية", Claim.Status.notMentioned),
        ("وأعلن الجيش الإسرائيلي مقتل أحد جنوده في قصف على موقع حدودي", .notMentioned),
        ("وأعلن الجيش الإسرائيلي قصف موقع حدودي بعد تفجير عبوة ناسفة", .claimed),
    ] as [(String, Claim.Status)])
    func ownLossesAreNoClaim(_ text: String, _ status: Claim.Status) {
        #expect(ClaimReading.claim(text, perpetrator: "الجيش الإسرائيلي").status == status, "\(text)")
    }

    static func analysis(_ index: Int, _ text: String, events: [EventKind] = []) -> SentenceAnalysis {
        let t = tokens(text)
        var a = SentenceAnalysis(sentence: ArabicSentence(index: index, text: text, tokens: t, isTitle: false))
        a.actors = ActorLexicon.shipped.mentions(t)
        a.events = events.map { PhraseMatch(start: 0, end: 1, payload: $0) }
        a.rawEvents = a.events
        a.claims = ClaimRules.mentions(t, actors: a.actors, hasEvent: !events.isEmpty, speakers: ActorLexicon.shipped.speakerMentions(t))
        return a
    }

    /// A claim about an act of another kind is not this incident's (an interception goes with
    /// the strike it stopped); nor is one in a sentence of another incident.
    @Test func claimsElsewhereStayWithTheirIncident() {
        let all = [
            Self.analysis(0, "خطف مسلحون عشرين مدنيا من قرية في ريف المحافظة", events: [.abduction]),
            Self.analysis(1, "وتبنى تنظيم داعش التفجير الانتحاري في السوق", events: [.suicide]),
            Self.analysis(2, "وتبنى تنظيم داعش خطف المدنيين", events: [.abduction]),
            Self.analysis(3, "وأعلن الحوثيون مسؤوليتهم عن القصف المدفعي", events: [.shelling]),
        ]
        let abduction: Set<EventKind.Family> = [.civilians]
        #expect(ClaimRules.claimsElsewhere(all, excluding: [0], families: abduction).count == 1)
        #expect(ClaimRules.claimsElsewhere(all, excluding: [0], otherIncidents: [2], families: abduction).isEmpty)
        #expect(ClaimRules.claimsElsewhere(all, excluding: [0], families: [.explosive]).count == 1)
        #expect(ClaimRules.claimsElsewhere(all, excluding: [0], families: [.air]).isEmpty)
        #expect(ClaimRules.claimsElsewhere(all, excluding: [0], families: [.disrupted]).map(\.actor) == ["الحوثيون"])
        #expect(ClaimRules.claimsElsewhere(all, excluding: [0]).count == 3)
    }

    /// A user event cue from the overlay counts where the shipped cues are asked whether a
    /// sentence tells of an act ("… مطلع ديسمبر الماضي" makes it background).
    @Test func userEventCuesReachBackgroundRules() {
        let pub = CivilTime(RFC3339.parse("2024-08-08T09:00:00Z")!, offsetSeconds: 3 * 3600)
        let t = Self.tokens("وجرت الغزوة مطلع ديسمبر الماضي قرب البلدة")
        let dates = DateRules.mentions(t, publication: pub)
        let custom = EventLexicon.cues.adding([("الغزوة", EventKind.attack)])
        #expect(BackgroundRules.reason(t, dates: dates, publication: pub, eventCues: custom) == "month_past")
        #expect(BackgroundRules.reason(t, dates: dates, publication: pub) != "month_past")
    }
}
