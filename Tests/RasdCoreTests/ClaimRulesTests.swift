import Testing
@testable import RasdCore

/// Claim status and actor from how Arabic wire copy states responsibility: claims by a group or
/// its media, a state force's statement about its own strike, denials, "nobody claimed", blame.
@Suite("Claim rules")
struct ClaimRulesTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }

    /// One sentence that also reports the act.
    static func claim(_ text: String, perpetrator: String? = nil, lexicon: ActorLexicon = .shipped) -> Claim {
        let t = tokens(text)
        let actors = lexicon.mentions(t)
        let perp = perpetrator.flatMap { p in actors.first { $0.text.hasSuffix(p) } }
        return ClaimRules.merge(ClaimRules.mentions(t, actors: actors, hasEvent: true, perpetrator: perp,
                                                    speakers: lexicon.speakerMentions(t)), perpetrator: perp).0
    }

    @Test(arguments: [
        // relative clauses and pronoun objects of تبنى
        ("وشيع الأهالي ضحايا الهجوم الذي تبناه تنظيم الدولة الإسلامية", Claim.Status.claimed, "تنظيم الدولة الإسلامية"),
        ("الهجمات التي تبناها تنظيم داعش في المحافظة", .claimed, "تنظيم داعش"),
        ("وأعلنت المسؤولية عن التفجير حركة الشباب المجاهدين", .claimed, "حركة الشباب المجاهدين"),
        // nobody claimed, in its several wordings
        ("ولم تعلن بعد أي جهة مسؤوليتها عن التفجير", .noClaim, nil),
        ("ولم يتضح من يقف وراء الهجوم", .noClaim, nil),
        ("وانفجرت العبوة من دون أن تعلن أي جهة مسؤوليتها", .noClaim, nil),
        // a denial of responsibility is no claim
        ("ونفت حركة حماس مسؤوليتها عن التفجير", .denied, "حركة حماس"),
        ("وتبرأت هيئة تحرير الشام من الهجوم", .denied, "هيئة تحرير الشام"),
        // the one believed to stand behind it
        ("ويعتقد أن تنظيم داعش يقف وراء الهجوم", .attributed, "تنظيم داعش"),
        ("ولم يتضح من يقف وراء الهجوم", .noClaim, nil),
        // a group's own outlet
        ("وذكرت وكالة أعماق أن انغماسيين هاجموا الحاجز", .claimed, "وكالة أعماق"),
        ("وقال تنظيم داعش في بيان نشرته وكالة أعماق إن مقاتليه فجروا العبوة", .claimed, "تنظيم داعش"),
        ("وقال بيان صادر عن حركة الشباب إن مقاتليها هاجموا القاعدة", .claimed, "حركة الشباب"),
        // adopting ideas is no claim
        ("وقالت الوزارة إن الهجوم نفذه شخص يتبنى فكر تنظيم داعش", .notMentioned, nil),
        // the denier is the subject, not the act denied
        ("ونفت دمشق وجود أي عدوان إسرائيلي على المطار", .denied, "دمشق"),
        // blame: حمّل needs المسؤولية, pointing fingers
        ("واتهم الحوثيون التحالف العربي بشن الهجومين", .attributed, "التحالف العربي"),
        ("واتهم الجيش الإسرائيلي حركة حماس بالوقوف وراء الهجوم", .attributed, "حركة حماس"),
        ("وحملت الحكومة جماعة الحوثي المسؤولية عن الهجوم", .attributed, "جماعة الحوثي"),
        ("وأشارت أصابع الاتهام إلى حزب العمال الكردستاني", .attributed, "حزب العمال الكردستاني"),
        ("وحمل الشبان صور القتلى في الجنازة بعد الهجوم", .notMentioned, nil),
    ] as [(String, Claim.Status, String?)])
    func statedClaims(_ text: String, _ status: Claim.Status, _ actor: String?) {
        let c = Self.claim(text)
        #expect(c.status == status && c.actor == actor, "\(text): \(c)")
    }

    @Test(arguments: [
        // a state body or the state itself announcing its strike
        ("أعلن البنتاغون أن قواته شنت غارات على مواقع التنظيم", Claim.Status.claimed, "البنتاغون"),
        ("أعلن العراق قصف غرفة عمليات لتنظيم داعش داخل سوريا", .claimed, "العراق"),
        ("وأفادت وكالة سانا أن الطيران السوري شن غارات على المدينة", .claimed, "الطيران السوري"),
        // the group's own outlet
        ("وقالت وكالة أعماق إن مقاتليه نفذوا الهجوم على الحاجز", .claimed, "وكالة أعماق"),
        // a statement quoted in the first person
        ("وقال الحوثيون في بيان: استهدفنا مطار أبها بطائرة مسيرة", .claimed, "الحوثيون"),
        ("وقالت كتائب القسام إن مجاهدينا قصفوا المستوطنات بالصواريخ", .claimed, "كتائب القسام"),
        // a future, a halt or a reflexive is no strike
        ("وقالت الولايات المتحدة إن قواتها سوف تحترم وقف إطلاق النار", .notMentioned, nil),
        ("وقالت الشرطة إنه قتل نفسه بالرصاص", .notMentioned, nil),
        // the claimant as written, without the clitic before its article
        ("وأفاد بيان للجيش العراقي أن قواته قصفت مواقع التنظيم", .claimed, "الجيش العراقي"),
        // headlines in the present tense
        ("الحوثيون يعلنون قصف مصفاة في الرياض بطائرة مسيرة والسعودية تنفي", .claimed, "الحوثيون"),
        ("داعش يتبنى مسؤولية الهجوم على الحاجز", .claimed, "داعش"),
        // confirming that its strikes took place
        ("وأكد متحدث باسم الجيش الإسرائيلي حصول الغارات على القطاع", .claimed, "الجيش الإسرائيلي"),
        // a title between the speech verb and the speaker
        ("وقال المتحدث باسم الجيش الإسرائيلي إن طائراته أغارت على الموقع", .claimed, "الجيش الإسرائيلي"),
    ] as [(String, Claim.Status, String?)])
    func ownStrikeStatements(_ text: String, _ status: Claim.Status, _ actor: String?) {
        let c = Self.claim(text)
        #expect(c.status == status && c.actor == actor, "\(text): \(c)")
    }

    @Test(arguments: [
        // a monitor naming the force behind the strike is attribution, not its claim
        ("وقتل سبعة مدنيين في غارات لطيران النظام السوري على دوما، وفق ما أعلن المرصد", "النظام السوري", Claim.Status.attributed),
        // "وفق" sources what came before it: a place just before it is not the speaker
        ("وقتل مدنيان في قصف القوات التركية قرب دمشق، وفق ما أفاد المرصد", "القوات التركية", .attributed),
        // the speaker speaks for the perpetrator: its claim
        ("وقال الجيش التركي في بيان إن قواته قصفت مواقع المسلحين", "الجيش التركي", .claimed),
        // a source that does not know who struck attributes nothing
        ("وقتل ثمانية مدنيين في غارات، من دون أن يعرف ما إذا كانت الطائرات سورية أو روسية، وفق المرصد", "روسية", .notMentioned),
        // members of a group named as victims are not the attacker
        ("وقتل 12 شخصا في انفجار، وقال المرصد إن معظمهم من عائلات مقاتلين في هيئة تحرير الشام", "هيئة تحرير الشام", .notMentioned),
        ("وقتل 12 شخصا في انفجار، وقال المرصد إن معظمهم من عائلات مقاتلين في هيئة تحرير الشام (جبهة النصرة سابقا)", "جبهة النصرة", .notMentioned),
        // who fired what was intercepted is the one a source blames, not the interceptor
        ("واعترضت الدفاعات الجوية صاروخا أطلق من قبل الحوثيين باتجاه نجران، وفق ما أفاد المرصد", "الدفاعات الجوية", .attributed),
        // the force named before its own statement speaks there of something else
        ("وقصفت مقاتلات إسرائيلية مواقع في القطاع، كما أعلن الجيش الإسرائيلي عن إصابة منزل بصاروخ", "إسرائيلية", .notMentioned),
    ] as [(String, String, Claim.Status)])
    func attributionVersusClaim(_ text: String, _ perpetrator: String, _ status: Claim.Status) {
        let c = Self.claim(text, perpetrator: perpetrator)
        #expect(c.status == status, "\(text): \(c)")
    }

    /// An interception: the interceptor is no attacker, and its statement claims no attack.
    @Test(arguments: [
        ("واعترضت الدفاعات الجوية السعودية سبعة صواريخ، وفقا لما ذكرته قوات التحالف", "السعودية", Claim.Status.notMentioned),
        ("واعترضت قوات التحالف صاروخا أطلق من قبل الميليشيا الحوثية، وفقا لما نقلته واس", "قوات التحالف", .attributed),
        ("وأضاف التلفزيون السوري أن المطار استهدف بعدة صواريخ، وأن الدفاعات الجوية السورية تتصدى للهجوم", "الدفاعات الجوية السورية", .notMentioned),
    ] as [(String, String, Claim.Status)])
    func interceptions(_ text: String, _ perpetrator: String, _ status: Claim.Status) {
        let t = Self.tokens(text)
        let actors = ActorLexicon.mentions(t)
        let p = actors.first { $0.text.hasSuffix(perpetrator) }
        let ms = ClaimRules.mentions(t, actors: actors, hasEvent: true, perpetrator: p,
                                     eventStarts: EventLexicon.cues.matches(in: t).map(\.start), lexicon: .shipped)
        #expect(ClaimRules.merge(ms, perpetrator: p).0.status == status, "\(text): \(ms)")
    }

    @Test func theLauncherIsTheOneBlamed() {
        let c = Self.claim("واعترضت الدفاعات الجوية صاروخا أطلق من قبل الحوثيين باتجاه نجران، وفق ما أفاد المرصد",
                           perpetrator: "الدفاعات الجوية")
        #expect(c == Claim(status: .attributed, actor: "الحوثيين"))
    }

    /// A statement in another sentence of the incident counts only when its speaker is the perpetrator.
    @Test(arguments: [
        ("نفت وزارة الدفاع الروسية بشكل قاطع", "Russia", Claim.Status.denied),
        ("نفت وزارة الدفاع الروسية بشكل قاطع", "Syria", .notMentioned),
        // a denial by another party than the perpetrator is no denial of this act
        ("ونفت الحكومة السورية وجود أي عدوان على المطار", "Israel", .notMentioned),
        ("وأعلن الجيش العراقي قصف مواقع للتنظيم", "Iraq", .claimed),
        ("وأعلن الجيش العراقي قصف مواقع للتنظيم", "Israel", .notMentioned),
        // a speaker without an act of its own announces nothing
        ("وكانت الحكومة التركية أكدت قرب سيطرتها على المدينة", "Turkey", .notMentioned),
        // a group the lexicon does not know claiming the act in the incident's own sentences: its claim
        ("وقال المتحدث باسم الجيش إن مجموعة من الرعاع تبنت الهجوم", "Israel", .claimed),
        // a decision to stop firing is no act
        ("وأعلنت الفصائل الفلسطينية عن قرارها وقف إطلاق الصواريخ", "Palestinian factions", .notMentioned),
        ("الغرفة المشتركة للفصائل تعلن عن توقف كافة عمليات القصف بالصواريخ", "Palestinian factions", .notMentioned),
        ("وأعلنت الفصائل الفلسطينية إطلاق عشرات الصواريخ", "Palestinian factions", .claimed),
    ] as [(String, String, Claim.Status)])
    func partyStatementsBesideTheAct(_ text: String, _ perpetrator: String, _ status: Claim.Status) {
        let t = Self.tokens(text)
        let ms = ClaimRules.mentions(t, actors: ActorLexicon.mentions(t), hasEvent: false,
                                     speakers: ActorLexicon.shipped.speakerMentions(t))
        let p = ActorMention(canonical: perpetrator, kind: .state, text: perpetrator, start: 0, end: 0)
        #expect(ClaimRules.merge(ms, perpetrator: p).0.status == status, "\(text): \(ms)")
    }

    /// A claim or denial in another sentence of the story counts when it is the perpetrator's.
    @Test(arguments: [
        ("وتبنى تنظيم داعش الهجمات على المدينة", "ISIS", Claim.Status.claimed),
        ("وتبنى تنظيم داعش الهجمات على المدينة", "Israel", .notMentioned),
        ("ونفت وزارة الدفاع الروسية أي علاقة لها بالغارات", "Russia", .denied),
    ] as [(String, String, Claim.Status)])
    func claimsElsewhereInTheStory(_ text: String, _ perpetrator: String, _ status: Claim.Status) {
        let t = Self.tokens(text)
        let elsewhere = ClaimRules.mentions(t, actors: ActorLexicon.mentions(t), hasEvent: true,
                                            speakers: ActorLexicon.shipped.speakerMentions(t))
        let kind: ActorMention.Kind = perpetrator == "ISIS" ? .nonState : .state
        let p = ActorMention(canonical: perpetrator, kind: kind, text: perpetrator, start: 0, end: 0)
        #expect(ClaimRules.merge([], perpetrator: p, elsewhere: elsewhere).0.status == status, "\(text)")
    }

    /// With no perpetrator named, a force announcing its own act in the story is the claimant.
    @Test func ownActClaimsWhenNoPerpetratorIsNamed() {
        let t = Self.tokens("وأعلن البنتاغون قصف ثلاثة مواقع")
        let ms = ClaimRules.mentions(t, actors: ActorLexicon.mentions(t), hasEvent: false, speakers: ActorLexicon.shipped.speakerMentions(t))
        #expect(ClaimRules.merge(ms).0 == Claim(status: .claimed, actor: "البنتاغون"))
        let israel = ActorMention(canonical: "Israel", kind: .state, text: "إسرائيل", start: 0, end: 0)
        #expect(ClaimRules.merge(ms, perpetrator: israel).0.status == .notMentioned)
    }

    @Test(arguments: [
        ("الجيش", "Israel", true), ("البنتاغون", "International coalition", true), ("واس", "Saudi-led coalition", true),
        ("الجيش الإسرائيلي", "Syria", false), ("كتائب القسام", "Hamas", true), ("داعش", "Hamas", false),
    ])
    func speakersForActors(_ speaker: String, _ canonical: String, _ expected: Bool) {
        guard let s = ActorLexicon.shipped.speakerMentions(Self.tokens(speaker)).first else {
            Issue.record("no speaker in \(speaker)"); return
        }
        let kind: ActorMention.Kind = ["Hamas", "ISIS"].contains(canonical) ? .nonState : .state
        #expect(ActorLexicon.speaksFor(s, ActorMention(canonical: canonical, kind: kind, text: "", start: 0, end: 0)) == expected)
    }

    @Test(arguments: [
        ("الطيران السوري", "Syria"), ("مقاتلات التحالف", "Coalition"), ("جماعة الحوثي", "Houthis"), ("طائرات عراقية", "Iraq"),
        ("فيلق الرحمن", "Faylaq al-Rahman"), ("حركة الشباب المجاهدين", "Shabaab"),
        ("وقوات التحالف الدولي", "International coalition"), ("لقوات التحالف العربي", "Saudi-led coalition"),
        ("قوات سوريا الديموقراطية", "SDF"), ("وعصبة الثائرين", "Usbat al-Thaireen"), ("بقوات حفتر", "LNA"),
        ("أنصار بيت المقدس", "ISIS"),
    ])
    func moreActors(_ text: String, _ canonical: String) {
        #expect(ActorLexicon.mentions(Self.tokens(text)).last?.canonical == canonical, "\(text)")
    }

    /// "الشباب" alone is youth, not the Somali group.
    @Test func youthIsNoActor() {
        #expect(ActorLexicon.mentions(Self.tokens("وحمل بعض الشباب صور القتلى")).isEmpty)
    }
}
