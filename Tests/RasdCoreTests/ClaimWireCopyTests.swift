import Testing
@testable import RasdCore

/// Claims as wire copy words them beyond the plain verbs: "أعلن X المسؤولية عن …" with the group
/// between verb and noun, "nobody is known yet" with "بعد" inside, a claim further down the story
/// when nobody was named as the doer, and the readings that are no claim of this act (adopting a
/// plan, claims of attacks in general, a nationality, a relative clause's own doer).
@Suite("Claim wire copy")
struct ClaimWireCopyTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }

    static func mentions(_ text: String) -> [ClaimMention] {
        let t = tokens(text)
        let actors = ActorLexicon.shipped.mentions(t)
        let starts = EventLexicon.cues.matches(in: t).map(\.start)
        return ClaimRules.mentions(t, actors: actors, hasEvent: !starts.isEmpty, eventStarts: starts,
                                   speakers: ActorLexicon.shipped.speakerMentions(t))
    }
    static func claim(_ text: String) -> Claim { ClaimRules.merge(mentions(text)).0 }

    @Test(arguments: [
        // the claimant between "أعلن" and "المسؤولية"
        ("وأعلن تنظيم الدولة الإسلامية المسؤولية عنها", Claim.Status.claimed, "تنظيم الدولة الإسلامية"),
        ("وأعلنت حركة الشباب في بيان المسؤولية عن الهجوم على القاعدة", .claimed, "حركة الشباب"),
        ("وأعلنت وزارة الدفاع التي يسيطر عليها الحوثيون المسؤولية عن إطلاق الصواريخ", .claimed, "الحوثيون"),
        // a charge or a negation between: no claim (the charge blames the one who bears it)
        ("وأعلن المتحدث أن حماس تتحمل المسؤولية عن التصعيد", .attributed, "حماس"),
        ("ولم تعلن أي جهة المسؤولية عن الهجوم", .noClaim, nil),
        // "بعد" inside "nobody is known"
        ("ولم تتضح بعد الجهة التي تقف وراء الهجوم", .noClaim, nil),
        ("ولم تعرف بعد الجهة المسؤولة عن التفجير", .noClaim, nil),
        // a denial of the toll is no denial of the act; a denial of responsibility still is
        ("ونفت وزارة الصحة في غزة وقوع أي إصابات في الغارة", .notMentioned, nil),
        ("ونفى حزب الله مقتل أي من عناصره في الغارة", .notMentioned, nil),
        ("ونفت الحركة مسؤوليتها عن الهجوم الذي أسفر عن مقتل ثلاثة", .denied, nil),
        // the one made to bear responsibility is named before "تتحمل"
        ("وأضافت الوزارة أن روسيا تتحمل مسؤولية الهجوم الكيماوي", .attributed, "روسيا"),
        ("وقال المتحدث إن حركة حماس تتحمل المسؤولية الكاملة عن القصف", .attributed, "حركة حماس"),
        ("وقال إن الحكومة تتحمل المسؤولية عن حماية المدنيين", .notMentioned, nil),
    ] as [(String, Claim.Status, String?)])
    func announcedResponsibility(_ text: String, _ status: Claim.Status, _ actor: String?) {
        let c = Self.claim(text)
        #expect(c.status == status, "\(text): \(c)")
        if let actor { #expect(c.actor == actor, "\(text): \(c)") }
    }

    /// Adopting a plan or idea, and claims of attacks in general, are no claim of this act.
    @Test(arguments: [
        "ودعا إلى ضرورة تبني إستراتيجية موحدة ضد الإرهاب",
        "وقالت إن المؤسسات تتبنى حملة لتوعية الشباب بعد الهجوم",
        "وتبنت الحكومة خطة جديدة لحماية المساجد بعد التفجير",
        "ويقع الحي في منطقة تعرضت لهجمات أعلن تنظيم داعش المسؤولية عنها",
        "وتشهد المنطقة بانتظام هجمات تبنى تنظيم داعش عددا منها",
        "وأعلن تنظيم الدولة الإسلامية مسؤوليته عن عدد من هذه الهجمات",
        "فالإرهابي دخل المسجد ولم يتبنى فكرا بل شوه الدين",
    ])
    func noClaimOfThisAct(_ text: String) {
        #expect(!Self.mentions(text).contains { $0.status == .claimed }, "\(text)")
    }

    /// The plain verb still claims: the controls of the readings above.
    @Test(arguments: [
        ("وتبنى تنظيم داعش الهجوم على الكنيسة", "تنظيم داعش"),
        ("وتبنت حركة الشباب التفجير في بيان", "حركة الشباب"),
    ])
    func plainClaims(_ text: String, _ actor: String) {
        #expect(Self.claim(text) == Claim(status: .claimed, actor: actor), "\(text)")
    }

    /// With nobody named as the doer, a claim in so many words elsewhere in the story is the act's;
    /// not when the act's own sentences name another party, nor when the claim is only read from a
    /// party's statement.
    @Test func explicitClaimElsewhereWithoutPerpetrator() {
        let elsewhere = Self.mentions("وتبنى تنظيم داعش إطلاق النار لكن الشرطة قالت إنها لا تملك دليلا")
        #expect(ClaimRules.merge([], elsewhere: elsewhere).0 == Claim(status: .claimed, actor: "تنظيم داعش"))
        let denial = Self.mentions("ونفت الحركة في بيان أي مسؤولية لها عن الانفجار")
        let hamasNamed = Self.mentions("وقالت الشرطة إن حركة حماس نفذت الهجوم")
        #expect(ClaimRules.merge(hamasNamed, elsewhere: elsewhere).0.status == .attributed)
        #expect(ClaimRules.merge([], elsewhere: denial).0.status == .notMentioned)  // "الحركة" alone names nobody
        let notExplicit = elsewhere.map { var m = $0; m.explicit = false; return m }
        #expect(ClaimRules.merge([], elsewhere: notExplicit).0.status == .notMentioned)
        let isis = ActorMention(canonical: "Israel", kind: .state, text: "إسرائيل", start: 0, end: 0)
        #expect(ClaimRules.merge([], perpetrator: isis, elsewhere: elsewhere).0.status == .notMentioned)
    }

    /// A nisba of nationality names no force.
    @Test(arguments: [
        ("وقالت إن منفذ الهجوم هو سعودي الجنسية", false),
        ("وأصيب مواطن سعودي في الانفجار", false),
        ("وقتل سياح روس في الهجوم", false),
        ("شنت مقاتلات سعودية غارات على المدينة", true),
        ("وأعلنت السعودية اعتراض الصاروخ", true),
    ])
    func nationalityIsNoForce(_ text: String, _ isActor: Bool) {
        #expect(!ActorLexicon.shipped.mentions(Self.tokens(text)).isEmpty == isActor, "\(text)")
    }

    /// A state voice telling of an act whose doer is named in a relative clause ("الانتحاري الذي
    /// نفذ") announces no act of its own forces.
    @Test func relativeClauseDoerIsNotTheSpeaker() {
        let text = "أعلنت السعودية عن هوية الانتحاري الذي نفذ تفجيرا في مسجد"
        let t = Self.tokens(text)
        let saudi = ActorLexicon.shipped.mentions(t).filter { $0.canonical == "Saudi Arabia" }
        #expect(!saudi.isEmpty)
        #expect(ClaimRules.merge(Self.mentions(text), forces: saudi).0.status == .notMentioned)
        let own = "وأعلنت السعودية أن مقاتلاتها نفذت غارات على مواقع المسلحين"
        #expect(ClaimRules.merge(Self.mentions(own)).0.status == .claimed)
    }
}

extension ClaimWireCopyTests {
    /// A claim of many acts ("مسؤوليتها عن غالبية الهجمات") does not stand for this one, and
    /// "nobody claimed" in the act's own sentences wins over a claim elsewhere.
    @Test func manyActsAndOwnNoClaim() {
        let many = Self.mentions("وأعلنت المقاومة الإسلامية في العراق مسؤوليتها عن غالبية الهجمات")
        #expect(!many.contains { $0.status == .claimed })
        #expect(ClaimRules.merge([], elsewhere: many).0.status == .notMentioned)
        let one = Self.mentions("وأعلنت المقاومة الإسلامية في العراق مسؤوليتها عن الهجوم")
        #expect(ClaimRules.merge([], elsewhere: one).0.status == .claimed)
        let own = Self.mentions("ولم تعلن أي جهة على الفور مسؤوليتها")
        #expect(ClaimRules.merge(own, elsewhere: one).0.status == .noClaim)
    }
}

/// A party's words that claim nothing: denying or promising as their subject, naming others as the
/// doers, telling of an act on its own land; offices and outlets that are not the force.
@Suite("Claim statements that claim nothing")
struct ClaimStatementsTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }
    static func mentions(_ text: String, perpetrator: String? = nil) -> [ClaimMention] {
        let t = tokens(text)
        let actors = ActorLexicon.shipped.mentions(t)
        let perp = perpetrator.flatMap { p in actors.first { $0.text.hasSuffix(p) } }
        let starts = EventLexicon.cues.matches(in: t).map(\.start)
        return ClaimRules.mentions(t, actors: actors, hasEvent: !starts.isEmpty, perpetrator: perp, eventStarts: starts,
                                   speakers: ActorLexicon.shipped.speakerMentions(t))
    }

    @Test(arguments: [
        // denying or promising, the speaker as subject
        "ويقول التحالف إنه لا يستهدف المدنيين في الغارات",
        "وأكدت قوات التحالف أنها ستجري تحقيقا في الغارة",
        // others named as the doers of the act the force tells of
        "وأعلن الجيش الإسرائيلي أن ناشطين فلسطينيين أطلقوا قذائف هاون على جنوب إسرائيل",
        "وقال الجيش إن مسلحين هاجموا نقطة تفتيش قرب الحدود",
        // the act fell on the speaker's own land
        "وصرح الجيش الإسرائيلي في بيان أن 25 قذيفة هاون أطلقت على مواقع في الأراضي الإسرائيلية",
        // the interceptor reporting the interception
        "وجاء في بيان للتحالف أن الدفاعات الجوية السعودية اعترضت صاروخا فوق مدينة نجران",
        "وقال المتحدث باسم قوات التحالف العربي إنه تم اعتراض صاروخ باليستي أطلقته ميليشيا الحوثي باتجاه المملكة",
        // the speaker telling only that the act caused no harm
        "وأوضح التحالف أن هذا الهجوم الصاروخي لم يتسبب بسقوط أي ضحايا",
    ])
    func noClaimInTheseWords(_ text: String) {
        #expect(!Self.mentions(text).contains { $0.status == .claimed }, "\(text): \(Self.mentions(text))")
    }

    @Test(arguments: [
        // the controls: the force's own act
        "وقال الجيش الإسرائيلي إنه قصف 150 هدفا في غزة ردا على إطلاق صواريخ على الأراضي الإسرائيلية",
        "وقالت وزارة الدفاع الإسرائيلية إنها قامت بثلاثين غارة جوية على قطاع غزة",
        "وقال الجيش إن طائراته قصفت مواقع المسلحين",
        // an office of a state is no force, but it still speaks for its state's act
        "وأعلن الرئيس الأمريكي أنه أمر بشن ضربات دقيقة على مواقع في سوريا",
    ])
    func ownActsStillClaim(_ text: String) {
        #expect(ClaimRules.merge(Self.mentions(text)).0.status == .claimed, "\(text): \(Self.mentions(text))")
    }

    /// The subject of a verb of speech speaks; it is not the one who fired.
    @Test func theSpeakerIsNotThePerpetrator() {
        let text = "وتصدت القبة الحديدية لغالبية القذائف بينما أشارت الشرطة إلى سقوط قذائف في أراض خلاء"
        let ms = Self.mentions(text, perpetrator: "الشرطة")
        #expect(!ms.contains { $0.status == .attributed && $0.canonical == "Police" }, "\(ms)")
    }

    /// A state's office or outlet is not its force (it may still speak); a nisba ending a ministry's
    /// name is marked as the voice's.
    @Test(arguments: [
        ("وقال الرئيس الأميركي إن ثمنا باهظا سيدفع", false),
        ("وقالت وزارة الخارجية الأمريكية إن دمشق مسؤولة", false),
        ("وذكرت وسائل إعلام إسرائيلية أن صاروخا سقط", false),
        ("وقال مسؤول أمريكي إن الغارة استهدفت قياديا", true),
    ])
    func officesAreNotForces(_ text: String, _ isActor: Bool) {
        let nisba = ActorLexicon.shipped.mentions(Self.tokens(text)).filter { $0.end - $0.start == 1 }
        #expect(!nisba.isEmpty == isActor, "\(text): \(nisba)")
    }

    @Test func aMinistrysNisbaIsTheVoice() {
        let t = Self.tokens("قالت وزارة الدفاع الأمريكية إن الحكومة السورية تملك القدرة على شن هجمات")
        let a = ActorLexicon.shipped.mentions(t)
        #expect(a.contains { $0.canonical == "USA" && $0.insideVoice })
        let strike = ActorLexicon.shipped.mentions(Self.tokens("ودمرت طائرات أمريكية مواقع للتنظيم"))
        #expect(strike.contains { $0.canonical == "USA" && !$0.insideVoice })
    }
}

extension ClaimStatementsTests {
    /// "التنظيمات الإرهابية" is a government's name for its armed enemies: a source using it for
    /// the launcher blames them; gunmen with no name ("مسلحون") are blamed on nobody.
    @Test(arguments: [
        ("ونقلت وكالة سانا عن مصدر في الشرطة أن قذيفة صاروخية أطلقتها التنظيمات الإرهابية سقطت على سوق شعبية", Claim.Status.attributed),
        ("وقال مصدر أمني إن قذيفة أطلقتها الجماعات الإرهابية سقطت على حي سكني", .attributed),
        ("وقال مصدر أمني إن مسلحين أطلقوا قذيفة على حي سكني", .notMentioned),
    ])
    func aGovernmentsLabelIsBlame(_ text: String, _ status: Claim.Status) {
        #expect(ClaimRules.merge(Self.mentions(text)).0.status == status, "\(text): \(Self.mentions(text))")
    }
}

extension ClaimWireCopyTests {
    /// Where the act's own sentences say nobody claimed it, a party's statement of an act (the
    /// strike that answered it) is no claim of it; a claim in so many words still is.
    @Test func nobodyClaimedBeatsAPartysStatement() {
        let none = Self.mentions("ولم يعلن أي فصيل فلسطيني مسؤوليته عن إطلاق هذه القذائف")
        let army = Self.mentions("وقال الجيش الإسرائيلي إنه قصف مواقع في القطاع ردا على القذائف")
        #expect(army.contains { $0.status == .claimed && !$0.explicit })
        #expect(ClaimRules.merge(none + army).0.status == .noClaim)
        #expect(ClaimRules.merge(army).0.status == .claimed)
        let group = Self.mentions("وتبنت حركة الشباب الهجوم في بيان")
        #expect(ClaimRules.merge(none + group).0.status == .claimed)
    }
}

extension ClaimStatementsTests {
    /// Spellings of armed groups and forces seen in wire copy.
    @Test(arguments: [
        ("واتهم المتحدث فيلق القدس الإيراني بإطلاق القذائف", "IRGC"), ("وقصف طيران النظام بلدات الريف", "Syria"),
        ("وتقدمت قوات المعارضة في الريف", "Syrian opposition"), ("وتبنت جماعة نصرة الإسلام والمسلمين الهجوم", "JNIM"),
        ("وأعلن تنظيم القاعدة في بلاد المغرب الإسلامي مسؤوليته", "AQIM"), ("وقصفت عصابات الحوثي القرى", "Houthis"),
        ("وقالت قوات حرس الحدود إنها صدت تسللا", "Border guards"), ("وشنت القوات الفرنسية غارات", "France"),
        ("وهاجمت قوات الدعم السريع البلدة", "RSF"), ("وتبنى فرع ولاية خراسان الهجوم", "ISIS"),
    ])
    func moreSpellings(_ text: String, _ canonical: String) {
        #expect(ActorLexicon.shipped.mentions(Self.tokens(text)).contains { $0.canonical == canonical }, "\(text)")
    }
}

extension ClaimStatementsTests {
    /// The object of a verb of targeting in a relative clause on the act is its target, not its doer.
    @Test(arguments: [
        ("وأعلن مصدر مقتل ثمانية في ضربة جوية استهدفت الحوثيين شمال صنعاء", "الحوثيين", true),
        ("وقال مسؤول إن غارة طالت مواقع حزب الله قرب الحدود", "حزب الله", false),
        ("وقال مصدر إن الحوثيين استهدفوا مواقع الجيش", "الحوثيين", false),
        ("وقال مسؤول إن غارة استهدفت حزب الله في الجنوب", "حزب الله", true),
        // a nisba on the object: the victim's side
        ("وذكرت مصادر متطابقة أن تفجيرا استهدف دبابة إسرائيلية على الحدود", "إسرائيلية", true),
        ("وقال مصدر إن عبوة ناسفة استهدفت دورية أمريكية قرب القاعدة", "أمريكية", true),
        // the subject of the verb: its doer
        ("وقال مصدر إن طائرات إسرائيلية استهدفت مواقع في القطاع", "إسرائيلية", false),
    ])
    func targetOfTheAct(_ text: String, _ actor: String, _ isTarget: Bool) {
        let t = Self.tokens(text)
        guard let a = ActorLexicon.shipped.mentions(t).first(where: { $0.text.hasSuffix(actor) }) else {
            Issue.record("no actor \(actor) in \(text)"); return
        }
        #expect(ClaimRules.isTargetOfAct(t, a) == isTarget, "\(text)")
        if isTarget {
            #expect(!Self.mentions(text, perpetrator: actor).contains { $0.status == .attributed && $0.actor == actor }, "\(text)")
        }
    }
}

extension ClaimStatementsTests {
    /// Words after the speaker that only say the act caused no harm; an own act told first is still one.
    @Test(arguments: [
        ("وأوضح التحالف أن هذا الهجوم الصاروخي لم يتسبب بسقوط أي ضحايا", true),
        ("وقال الجيش إن القصف لم يسفر عن إصابات", true),
        ("وقال الجيش إن طائراته قصفت مواقع دون وقوع إصابات", false),
        ("وقال الجيش إن الهجوم استهدف مواقع للمسلحين", false),
    ])
    func onlyNoHarm(_ text: String, _ expected: Bool) {
        let t = Self.tokens(text)
        let speaker = ActorLexicon.shipped.speakerMentions(t).first!
        #expect(SpeakerOwnAct.reportsNoToll(t, from: speaker.end) == expected, "\(text)")
    }
}

extension ClaimWireCopyTests {
    /// A group telling of an act of its own beside an act a state did tells of its own act; a claim
    /// in so many words still stands (the perpetrator found may be wrong).
    @Test func aGroupsOwnActBesideAStatesAct() {
        let israel = ActorMention(canonical: "Israel", kind: .state, text: "إسرائيلية", start: 0, end: 0)
        let own = Self.mentions("وأعلنت حركة حماس أنها نفذت هجمات ردا على الغارات الإسرائيلية")
        #expect(ClaimRules.merge(own).0.status == .claimed)
        #expect(ClaimRules.merge(own, perpetrator: israel).0.status == .notMentioned)
        let explicit = Self.mentions("وتبنت حركة حماس الهجوم في بيان")
        #expect(ClaimRules.merge(explicit, perpetrator: israel).0.status == .claimed)
    }
}

extension ClaimStatementsTests {
    /// A source naming the doer: the force named by its weapon, members doing the act, "كما أفاد"
    /// after the act, and "X هو المسؤول".
    @Test(arguments: [
        ("وقال أحد الشهود إن المدفعية الإسرائيلية أطلقت عدة قذائف باتجاه نقاط ضبط", "المدفعية الإسرائيلية", false),
        ("وقال المصدر إن مسلحي بوكو حرام نفذوا هجوما على قرية في جنوب البلاد", "بوكو حرام", false),
        ("قتل 14 مدنيا في غارات جديدة نفذتها قوات النظام السوري على الغوطة كما أفاد المرصد", "قوات النظام السوري", true),
        ("وقالت الحكومة إن تنظيم داعش هو المسؤول عن الهجوم", "تنظيم داعش", false),
    ])
    func sourcesNamingTheDoer(_ text: String, _ actor: String, _ named: Bool) {
        let c = ClaimRules.merge(Self.mentions(text, perpetrator: named ? actor : nil)).0
        #expect(c.status == .attributed && c.actor == actor, "\(text): \(c)")
    }

    /// "كما أعلن" before an act of its own is "also announced", not a source of the act before it.
    @Test func alsoAnnouncedIsNoSource() {
        let text = "وقصفت مقاتلات إسرائيلية مواقع في القطاع كما أعلن الجيش قصف مواقع أخرى"
        #expect(!Self.mentions(text).contains { $0.status == .attributed }, "\(Self.mentions(text))")
    }
}

extension ClaimWireCopyTests {
    /// "Nobody claimed" further down the story stands for an act whose own sentences name nobody
    /// and say nothing of a claim; not when they name a doer or tell of a claim.
    @Test func nobodyClaimedElsewhere() {
        let none = Self.mentions("يأتي الهجوم الذي لم تعلن أي جهة مسؤوليتها عنه في وقت تستعد فيه البلاد لموسم السياحة")
        #expect(ClaimRules.merge([], elsewhere: none).0.status == .noClaim)
        let named = Self.mentions("وقالت الشرطة إن حركة الشباب نفذت الهجوم")
        #expect(ClaimRules.merge(named, elsewhere: none).0.status == .attributed)
        let shabaab = ActorMention(canonical: "Shabaab", kind: .nonState, text: "حركة الشباب", start: 0, end: 0)
        #expect(ClaimRules.merge([], perpetrator: shabaab, elsewhere: none).0.status == .notMentioned)
        // one party not claiming
        #expect(Self.claim("وأشادت حركة حماس بعملية الدهس لكنها لم تعلن مسؤوليتها عنها").status == .noClaim)
    }
}

extension ClaimWireCopyTests {
    /// A battle has two sides and no claim, unless a force announced a strike of its own in the
    /// act's sentences (a one-sided act the words around it call a battle).
    @Test(arguments: [
        ("أعلن الجيش الإسرائيلي الجمعة قصف موقع عسكري سوري بعد سقوط قذيفة", Claim.Status.claimed),
        ("وقال الجيش إن قواته تقدمت في المعارك الدائرة في الريف", .notMentioned),
        ("وأفاد المرصد بمقتل 36 عنصرا في اشتباكات إثر هجوم شنه تنظيم داعش", .notMentioned),
        ("واتهم الحوثيون التحالف العربي بشن الغارة خلال المعارك", .notMentioned),
    ])
    func battlesClaimOnlyAnOwnStrike(_ text: String, _ status: Claim.Status) {
        #expect(ClaimRules.merge(Self.mentions(text), battle: true).0.status == status, "\(text): \(Self.mentions(text))")
    }
}
