import Testing
@testable import RasdCore

/// How far a cited source's words reach in wire copy, and whom they name as the doer: a trailing
/// "وفق ما أعلن X" / "بحسب ما أفاد X", a source inside a result clause (the toll only), the
/// subject of "شنت X غارات", a launch "من قبل X", and charges that blame no one for the act.
@Suite("Claim source scope")
struct ClaimSourceScopeTests {
    static func mentions(_ text: String, perpetrator: String? = nil) -> [ClaimMention] {
        let t = ArabicTokenizer.tokenize(text)
        let actors = ActorLexicon.shipped.mentions(t)
        let starts = EventLexicon.cues.matches(in: t).map(\.start)
        let p = perpetrator.flatMap { w in actors.first { $0.text == w } }
        return ClaimRules.mentions(t, actors: actors, hasEvent: !starts.isEmpty, perpetrator: p, eventStarts: starts,
                                   speakers: ActorLexicon.shipped.speakerMentions(t))
    }
    static func claim(_ text: String, perpetrator: String? = nil) -> Claim {
        let t = ArabicTokenizer.tokenize(text)
        let p = perpetrator.flatMap { w in ActorLexicon.shipped.mentions(t).first { $0.text == w } }
        return ClaimRules.merge(mentions(text, perpetrator: perpetrator), perpetrator: p).0
    }

    /// A trailing "وفق ما أعلن X" sources the clause before it: the force's own statement is its
    /// claim; a monitor or local sources naming the doer is attribution.
    @Test(arguments: [
        ("شن الجيش الإسرائيلي ليل الأربعاء غارة جوية على مواقع في قطاع غزة، وفق ما أعلن الجيش في بيان.", Claim.Status.claimed, "الجيش"),
        ("شنت روسيا مساء السبت غارات على مناطق في جنوب سوريا، وذلك بحسب ما أفاد المرصد السوري لحقوق الإنسان.", .attributed, "روسيا"),
        ("نفذت طائرات التحالف غارات على مواقع في صعدة، حسبما ذكرت مصادر محلية.", .attributed, "التحالف"),
        ("شن تنظيم داعش هجوما على نقطة للجيش في البادية، وفقا لما أوردته وكالة الأنباء الرسمية.", .attributed, "تنظيم داعش"),
    ] as [(String, Claim.Status, String)])
    func trailingSource(_ text: String, _ status: Claim.Status, _ actor: String) {
        let c = Self.claim(text)
        #expect(c.status == status, "\(text): \(c)")
        #expect(c.actor == actor, "\(text): \(c)")
    }

    /// The narrator's own act with no source, or a source inside the result clause that vouches
    /// for the toll only: nobody cited names the doer.
    @Test(arguments: [
        ("شنت روسيا مساء السبت غارات على مناطق في جنوب سوريا.", nil),
        ("واستهدفت الفصائل المعارضة ضاحية جرمانا، ما أسفر وفق وكالة الأنباء الرسمية عن مقتل أربعة أشخاص.", "الفصائل المعارضة"),
        ("وقصفت القوات التركية قرية في ريف عفرين، ما أدى بحسب مسعفين إلى مقتل ثلاثة مدنيين.", "القوات التركية"),
        ("وقصفت القوات التركية قرية في ريف عفرين، مما أسفر بحسب ما أفاد المرصد عن مقتل ثلاثة مدنيين.", "القوات التركية"),
    ] as [(String, String?)])
    func tollOnlyOrNoSource(_ text: String, _ perpetrator: String?) {
        let c = Self.claim(text, perpetrator: perpetrator)
        #expect(c.status == .notMentioned, "\(text): \(c)")
    }

    /// The same toll with the source trailing the whole sentence sources the doer too.
    @Test func sourceAfterTheToll() {
        let c = Self.claim("وقصفت القوات التركية قرية في ريف عفرين ما أسفر عن مقتل ثلاثة مدنيين، بحسب المرصد.", perpetrator: "القوات التركية")
        #expect(c.status == .attributed && c.actor == "القوات التركية", "\(c)")
    }

    /// A launch "من قبل X" names its launcher: the spokesman of the side that intercepted it
    /// attributes it, and claims nothing (whatever his name).
    @Test(arguments: [
        "وقال المتحدث باسم قوات التحالف إن قوات الدفاع الجوي رصدت إطلاق صاروخ باليستي من قبل الميليشيا الحوثية باتجاه المملكة.",
        "قال المتحدث الرسمي باسم قوات التحالف تركي المالكي إن قوات الدفاع الجوي للتحالف رصدت إطلاق صاروخ باليستي من قبل الميليشيا الحوثية باتجاه أراضي المملكة.",
        "وأعلن المتحدث باسم التحالف أنه تم رصد إطلاق صاروخين من جانب الميليشيا الحوثية من محافظة صعدة.",
    ])
    func launchedBy(_ text: String) {
        let ms = Self.mentions(text)
        #expect(ms.contains { $0.status == .attributed && $0.actor?.hasSuffix("الحوثية") == true }, "\(text): \(ms)")
        #expect(!ms.contains { $0.status == .claimed && !$0.ifPerpetrator }, "\(text): \(ms)")
        #expect(!ms.contains { $0.status == .claimed && $0.ifPerpetrator }, "\(text): \(ms)")
    }

    /// A charge of arming, backing or a policy blames no one for this act; a charge of the act does.
    @Test(arguments: [
        ("وتتهم السعودية إيران بتزويد الحوثيين بالصواريخ الباليستية التي تطلق على المملكة.", false),
        ("ويتهم التحالف إيران بتهريب الأسلحة إلى الحوثيين بعد كل هجوم صاروخي.", false),
        ("واتهم المتحدث باسم الفصيل روسيا بالتصعيد العسكري في الغوطة بعد الغارات.", false),
        ("واتهمت الحكومة إيران بالوقوف وراء الهجوم الصاروخي.", true),
        ("واتهم رئيس السلطة حركة حماس بأنها ليس لديها النية لإجراء المصالحة بعد التفجير.", false),
        ("واتهم الحوثيون التحالف بأنه يقف وراء الغارة على الحافلة.", true),
        ("واتهم الحوثيون التحالف بارتكاب مجزرة في الغارة على السوق.", true),
        ("واتهمت مصادر قبلية التحالف بشن الغارة على السوق.", true),
    ] as [(String, Bool)])
    func chargedWith(_ text: String, _ blamed: Bool) {
        let ms = Self.mentions(text)
        #expect(ms.contains { $0.status == .attributed } == blamed, "\(text): \(ms)")
    }

    /// A bare nisba after a definite word is a man's name, not a force; after an indefinite noun
    /// it still names the force.
    @Test(arguments: [
        ("وقال المتحدث باسم قوات التحالف تركي المالكي إن الصاروخ اعترض", false),
        ("وأوضح العقيد الركن تركي المالكي أن الدفاعات اعترضت الصاروخ", false),
        ("قتل ثلاثة مدنيين في قصف تركي على عفرين", true),
        ("وأعلن مصدر عسكري تركي مقتل جنديين", true),
    ] as [(String, Bool)])
    func nisbaOrName(_ text: String, _ force: Bool) {
        let actors = ActorLexicon.shipped.mentions(ArabicTokenizer.tokenize(text))
        #expect(actors.contains { $0.canonical == "Turkey" } == force, "\(text): \(actors)")
    }

    /// "كما أعلن" after a force's strike opens a statement of its own (a house hit): still no claim.
    @Test func asAlsoAnnounced() {
        let text = "وكانت مقاتلات حربية إسرائيلية قصفت مساء السبت مواقع لحماس في غزة، كما أعلن الاحتلال الإسرائيلي عن إصابة منزل بصاروخ أطلق من القطاع."
        let c = Self.claim(text, perpetrator: "إسرائيلية")
        #expect(c.status != .claimed, "\(c)")
    }

    /// Warning a party over an act of its own blames it; a warning about what may come does not.
    @Test(arguments: [
        ("وحذرت قوات التحالف في بيانها بأشد العبارات المليشيا الحوثية باستهدافها للأعيان المدنية بالطائرات المسيرة.", "المليشيا الحوثية"),
        ("وحذر الجيش حركة حماس من مغبة استمرار إطلاق الصواريخ بعد القصف.", nil),
        ("وحذر الرئيس الأمريكي الحكومة السورية من أن الولايات المتحدة مستعدة للضرب مرة أخرى بعد الهجوم.", nil),
    ] as [(String, String?)])
    func warnedOverTheAct(_ text: String, _ blamed: String?) {
        let a = Self.mentions(text).first { $0.status == .attributed }
        #expect(a?.actor == blamed, "\(text): \(String(describing: a))")
    }

    /// A group named by an adjective on the weapon inside a source's words; a source that thinks
    /// a force likely did it.
    @Test(arguments: [
        ("وقال المتحدث باسم التحالف إن الحطام تبين أنه طائرة بدون طيار معادية حوثية كانت تحاول استهداف المطار.", "حوثية"),
        ("وقال المرصد إن القصف الصاروخي الذي استهدف اللواء 47 أوقع 26 قتيلا، مرجحا أن يكون ضربة إسرائيلية.", "إسرائيلية"),
        // a person the lexicon does not know, cited by "على لسان … قوله"
        ("ونقلت الوكالة على لسان العقيد قوله إن فحص الحطام بين أنها طائرة بدون طيار معادية حوثية حاولت استهداف المطار.", "حوثية"),
    ] as [(String, String)])
    func namedInsideTheQuote(_ text: String, _ actor: String) {
        let c = Self.claim(text)
        #expect(c.status == .attributed && c.actor == actor, "\(text): \(c)")
    }

    /// Without a cited speaker the adjective is the narrator's plain fact, no attribution.
    @Test func aWeaponAdjectiveOutsideAnyQuoteIsNoAttribution() {
        let c = Self.claim("وأسقطت الدفاعات الجوية طائرة مسيرة حوثية كانت تحاول استهداف المطار في جازان.")
        #expect(c.status != .attributed, "\(c)")
    }

    /// The speaker's own act told as the answer to the sentence's act ("ردا على تفجير عبوة") is
    /// no claim of that act; told without the answer, it is.
    @Test(arguments: [
        ("وأعلن الجيش الإسرائيلي في بيان أن إحدى دباباته أطلقت النار على مركز مراقبة داخل قطاع غزة، رداً على تفجير عبوة ناسفة استهدفت الدبابة.", false),
        ("وأعلن الجيش الإسرائيلي في بيان أن طائراته قصفت مركز مراقبة داخل قطاع غزة.", true),
        // an answered shell leaves the strike the army's own (the incident is typed from the shell)
        ("أعلن الجيش الإسرائيلي، الجمعة، أنه استهدف موقعا سوريا في مرتفعات الجولان ردا على إطلاق قذيفة هاون سقطت في المنطقة العازلة.", true),
    ] as [(String, Bool)])
    func answeringAct(_ text: String, _ claimed: Bool) {
        #expect(Self.mentions(text).contains { $0.status == .claimed && !$0.ifPerpetrator } == claimed, "\(text)")
    }

    /// A responsibility named after a denial is denied, not claimed; adopting an idea with the
    /// adopter's full name between is no claim.
    @Test(arguments: [
        "هذا وقد نفت وزارة الدفاع الأمريكية الاتهامات السورية الموجهة نحوها حول مسؤوليتها عن الهجوم على القاعدة.",
        "وبناء على ما توفر من معلومات عن تبني المواطن فواز عبدالرحمن عيد الحربي لفكر داعش ونيته تنفيذ عمل إرهابي بحزام ناسف",
    ])
    func noClaimInDenialOrIdea(_ text: String) {
        #expect(!Self.mentions(text).contains { $0.status == .claimed }, "\(text)")
    }

    /// The doer inside a source's "أن" clause, its verb first; not when the writer's own clause
    /// ("هذا فيما") stands between the report and the act.
    @Test(arguments: [
        ("وأوضح المتحدث باسم الدفاع المدني في تصريح صحفي أنه عند الساعة العاشرة أطلقت ميليشيات التمرد الحوثي عددا من قذائف الهاون على حي سكني.", "الحوثي"),
        ("قالت الفصائل الفلسطينية في غزة إنها قررت وقف إطلاق الصواريخ، هذا فيما نفذ الطيران الإسرائيلي غارة استهدفت مركزا للثقافة.", nil),
        ("وقالت مصادر إن إسرائيل أطلقت صاروخا على مطار عسكري قرب دمشق.", "إسرائيل"),
    ] as [(String, String?)])
    func doerInsideTheReport(_ text: String, _ actor: String?) {
        let c = Self.claim(text)
        if let actor { #expect(c.status == .attributed && c.actor == actor, "\(text): \(c)") }
        else { #expect(c.status == .notMentioned, "\(text): \(c)") }
    }

    /// A claimant far before its noun of responsibility; a ministry telling of a suicide bomber
    /// claims nothing.
    @Test func farClaimant() {
        let l = Self.claim("وأعلنت وزارة الدفاع التي يسيطر عليها الحوثيون في صنعاء، بعد ذلك بوقت قصير المسؤولية عن إطلاق الصواريخ السبعة صوب الرياض.")
        #expect(l.status == .claimed && l.actor == "الحوثيون", "\(l)")
        let n = Self.claim("وأعلنت الوزارة في بيان مطول نشرته مساء الأحد أن الحكومة تحمل الجماعة المسلحة المسؤولية عن إطلاق الصواريخ.")
        #expect(n.status != .claimed, "\(n)")
        let c = Self.claim("أعلن تنظيم داعش الإرهابي في بيان نشر على موقع تويتر اليوم الخميس مسؤوليته عن التفجير الانتحاري بمسجد قوات الطوارئ")
        #expect(c.status == .claimed && c.actor == "تنظيم داعش", "\(c)")
        let d = Self.mentions("وأعلنت وزارة الداخلية السعودية أن انتحاريا فجر نفسه بحزام ناسف داخل مسجد في مقر قوات الطوارئ")
        #expect(!d.contains { $0.status == .claimed && !$0.ifPerpetrator }, "\(d)")
    }

    /// A correspondent is the outlet telling the story: the doer named in his report is the
    /// narrator's; a monitor or ministry naming it is a cited source.
    @Test(arguments: [
        ("وأكد مراسل لوكالة الأنباء الفرنسية أن طائرات استطلاع إسرائيلية أطلقت خمسة صواريخ تحذيرية على المركز الثقافي.", Claim.Status.notMentioned),
        ("أفاد مراسل قناة العربية بمقتل القيادي الحوثي في غارة لطيران التحالف في محافظة الجوف.", .notMentioned),
        ("وأكد المرصد السوري أن طائرات إسرائيلية أطلقت خمسة صواريخ على المركز الثقافي.", .attributed),
    ] as [(String, Claim.Status)])
    func correspondent(_ text: String, _ status: Claim.Status) {
        let t = ArabicTokenizer.tokenize(text)
        let p = ActorLexicon.shipped.mentions(t).first { ActorLexicon.nisbaForms.contains(t[$0.start].norm) || $0.canonical == "Coalition" }
        let c = ClaimRules.merge(ClaimRules.mentions(t, actors: ActorLexicon.shipped.mentions(t), hasEvent: true, perpetrator: p,
                                                     eventStarts: EventLexicon.cues.matches(in: t).map(\.start),
                                                     speakers: ActorLexicon.shipped.speakerMentions(t)), perpetrator: p).0
        #expect(c.status == status, "\(text): \(c)")
    }

    /// Air defences detect and intercept: never the doer a source blames.
    @Test func defenderIsNoDoer() {
        let text = "وأشار المتحدث إلى أن الدفاعات الجوية رصدت صاروخا آخر سقط في منطقة صحراوية غير مأهولة."
        let t = ArabicTokenizer.tokenize(text)
        let actors = ActorLexicon.shipped.mentions(t)
        let p = actors.first { $0.canonical == "Air defence" }
        #expect(p != nil)
        let ms = ClaimRules.mentions(t, actors: actors, hasEvent: true, perpetrator: p,
                                     eventStarts: EventLexicon.cues.matches(in: t).map(\.start),
                                     speakers: ActorLexicon.shipped.speakerMentions(t))
        #expect(!ms.contains { $0.status == .attributed }, "\(ms)")
    }

    /// The noun of announcing with its announcer: the group announcing its own strike claims it;
    /// with no announcer it cites no one.
    @Test(arguments: [
        ("أكدت السعودية اعتراض صاروخ بالستي أطلق من اليمن باتجاه جازان، بعد إعلان الحوثيين استهداف خزانات لشركة أرامكو في المنطقة.", Claim.Status.claimed),
        ("ويتزامن هذا الإعلان مع شن الطيران الإسرائيلي غارة جديدة دمرت مركزا ثقافيا في غزة.", .notMentioned),
    ] as [(String, Claim.Status)])
    func announcementNoun(_ text: String, _ status: Claim.Status) {
        let t = ArabicTokenizer.tokenize(text)
        let p = ActorLexicon.shipped.mentions(t).first { $0.text.hasSuffix("الإسرائيلي") }
        let c = ClaimRules.merge(ClaimRules.mentions(t, actors: ActorLexicon.shipped.mentions(t), hasEvent: true, perpetrator: p,
                                                     eventStarts: EventLexicon.cues.matches(in: t).map(\.start),
                                                     speakers: ActorLexicon.shipped.speakerMentions(t)), perpetrator: p).0
        #expect(c.status == status, "\(text): \(c)")
    }

    /// An office of the state speaks for its forces: the ambassador telling of his air force's
    /// strike claims it; a monitor telling of it attributes it.
    @Test(arguments: [
        ("قال السفير السعودي في واشنطن إن غارة للقوات الجوية الملكية السعودية أدت لمصرع القيادي الحوثي.", Claim.Status.claimed),
        ("قال المرصد إن غارة للقوات الجوية الملكية السعودية أدت لمصرع القيادي الحوثي.", .attributed),
    ] as [(String, Claim.Status)])
    func officeSpeaksForItsForces(_ text: String, _ status: Claim.Status) {
        let t = ArabicTokenizer.tokenize(text)
        let actors = ActorLexicon.shipped.mentions(t)
        let p = actors.last { $0.canonical == "Saudi Arabia" }
        let c = ClaimRules.merge(ClaimRules.mentions(t, actors: actors, hasEvent: true, perpetrator: p,
                                                     eventStarts: EventLexicon.cues.matches(in: t).map(\.start),
                                                     speakers: ActorLexicon.shipped.speakerMentions(t)), perpetrator: p).0
        #expect(c.status == status, "\(text): \(c)")
    }

    /// An act "ascribed to" a party, thought to be its, or laid at its door.
    @Test(arguments: [
        ("غارة منسوبة لإسرائيل تستهدف مستودعات للأسلحة قرب مطار دمشق", "إسرائيل"),
        ("قتل 16 طفلا في غارة جوية يعتقد أنها روسية على مدرسة في عربين", "روسية"),
        ("وألقت الحكومة باللائمة على حركة الشباب في التفجير الذي استهدف السوق", "حركة الشباب"),
    ] as [(String, String)])
    func ascribed(_ text: String, _ actor: String) {
        let a = Self.mentions(text).first { $0.status == .attributed }
        #expect(a?.actor == actor, "\(text): \(String(describing: a))")
    }

    /// Police telling of the attacker's act claim nothing; police who killed the attacker are
    /// not its doer; "الدولة العبرية" is Israel.
    @Test func policeAndAttacker() {
        let told = Self.mentions("أعلنت مصادر في الشرطة الفرنسية أن منفذ العملية اعتدى بسكين على خمسة أشخاص، ما أدى إلى مقتل أحدهم.")
        #expect(!told.contains { $0.status == .claimed && !$0.ifPerpetrator }, "\(told)")
        let stopped = Self.claim("قتل شخص وأصيب أربعة آخرون وسط باريس على يد رجل مسلح بسكين قامت الشرطة بقتله، بحسب ما قالت مصادر أمنية.",
                                 perpetrator: "الشرطة")
        #expect(stopped.status == .notMentioned, "\(stopped)")
        let israel = ActorLexicon.shipped.mentions(ArabicTokenizer.tokenize("أعلنت الدولة العبرية مسؤوليتها عن الغارة"))
        #expect(israel.contains { $0.canonical == "Israel" })
    }

    /// The owner of the place struck is no doer: "أمام سفارة الولايات المتحدة".
    @Test func ownerOfThePlace() {
        let c = Self.claim("أقدم رجل على تفجير نفسه أمام سفارة الولايات المتحدة في بودغوريتسا، بحسب ما أعلنت حكومة مونتينيغرو.",
                           perpetrator: "الولايات المتحدة")
        #expect(c.status == .notMentioned, "\(c)")
    }

    /// "نوه المصدر إلى أن مقاتلات إسرائيلية شنت غارات": a source pointing out the doer; a force's
    /// bare quote that tells nothing yet is no statement on the act.
    @Test func pointedOutAndBareQuote() {
        let t = ArabicTokenizer.tokenize("ونوه المصدر إلى أن مقاتلات إسرائيلية شنت غارات على أهداف في غزة بعد الانفجارات.")
        let actors = ActorLexicon.shipped.mentions(t)
        let p = actors.first { $0.canonical == "Israel" }
        let ms = ClaimRules.mentions(t, actors: actors, hasEvent: true, perpetrator: p,
                                     eventStarts: EventLexicon.cues.matches(in: t).map(\.start), speakers: ActorLexicon.shipped.speakerMentions(t))
        #expect(ms.contains { $0.status == .attributed }, "\(ms)")
        let bare = Self.mentions("وقال الجيش الإسرائيلي في بيان: يجري بحث التفاصيل.")
        #expect(!bare.contains { $0.status == .claimed }, "\(bare)")
        let told = Self.mentions("وقال الجيش العراقي في بيان إن المسلحين كانوا يخططون لعمليات داخل البلاد")
        #expect(told.contains { $0.status == .claimed && $0.ifPerpetrator }, "\(told)")
    }

    /// A spokesman named alone once introduced speaks for his side; the defender named with its
    /// state is one actor; a nisba on the land struck is no force.
    @Test func spokesmenDefendersAndLand() {
        let t = ArabicTokenizer.tokenize("وأوضح العقيد المالكي أن قوات الدفاع الجوي الملكي السعودي اعترضت صاروخا أطلق باتجاه الأراضي السعودية")
        let speakers = ActorLexicon.shipped.speakerMentions(t)
        #expect(speakers.contains { $0.text == "العقيد المالكي" && $0.canonical == "Saudi-led coalition" }, "\(speakers)")
        let actors = ActorLexicon.shipped.mentions(t)
        #expect(actors.contains { $0.text == "الدفاع الجوي الملكي السعودي" && $0.canonical == "Air defence" }, "\(actors)")
        #expect(actors.contains { $0.text == "السعودية" && $0.ofPlace }, "\(actors)")
        let adraee = ActorLexicon.shipped.speakerMentions(ArabicTokenizer.tokenize("وقال أدرعي إن طائرات حربية قصفت موقعا"))
        #expect(adraee.contains { $0.canonical == "Israel" })
    }

    /// The accuser before the verb: the first actor after it is the accused.
    @Test func accuserBeforeTheVerb() {
        let a = Self.mentions("إلا أن مصادر قبلية محلية اتهمت التحالف العسكري بقيادة السعودية بشن الهجوم على الحافلة.").first { $0.status == .attributed }
        #expect(a?.actor?.hasPrefix("التحالف") == true, "\(String(describing: a))")
    }
}
