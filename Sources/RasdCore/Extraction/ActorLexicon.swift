/// An armed group, state force or government named in a story.
public struct ActorMention: Sendable, Equatable {
    public enum Kind: String, Sendable { case state, nonState }
    /// Canonical name (for grouping spelling variants).
    public var canonical: String
    public var kind: Kind
    /// The words as written.
    public var text: String
    public var start: Int
    public var end: Int
    /// A nisba ending a ministry's or outlet's name ("وزارة الدفاع الأمريكية"): the voice's words,
    /// not a force named by its act.
    public var insideVoice: Bool = false
    /// A nisba telling whose land or people an act struck ("الأراضي السعودية"، "مدنيين سوريين"),
    /// not a force named by its act.
    public var ofPlace: Bool = false
}

/// Armed groups and state forces with the spellings outlets use (داعش / تنظيم الدولة / الدولة
/// الإسلامية، الحوثيون / أنصار الله / ميليشيات الحوثي، …) and countries' armies and air forces,
/// including nisba adjectives ("غارة إسرائيلية" names the perpetrator).
public struct ActorLexicon: Sendable {
    static let rows: [(String, String, ActorMention.Kind)] = [
        ("داعش", "ISIS", .nonState), ("تنظيم داعش", "ISIS", .nonState), ("تنظيم الدولة", "ISIS", .nonState),
        ("تنظيم الدولة الإسلامية", "ISIS", .nonState), ("الدولة الإسلامية", "ISIS", .nonState), ("ولاية سيناء", "ISIS", .nonState),
        ("جيش خالد بن الوليد", "ISIS", .nonState), ("تنظيم القاعدة", "AQ", .nonState),
        ("القاعدة في جزيرة العرب", "AQAP", .nonState), ("حركة الشباب", "Shabaab", .nonState), ("الشباب المجاهدين", "Shabaab", .nonState), ("حركة الشباب المجاهدين", "Shabaab", .nonState),
        ("بوكو حرام", "Boko Haram", .nonState), ("بوكوحرام", "Boko Haram", .nonState), ("طالبان", "Taliban", .nonState), ("حركة طالبان", "Taliban", .nonState),
        ("الحوثيون", "Houthis", .nonState), ("الحوثيين", "Houthis", .nonState), ("الحوثي", "Houthis", .nonState),
        ("ميليشيات الحوثي", "Houthis", .nonState), ("ميليشيا الحوثي", "Houthis", .nonState), ("مليشيات الحوثي", "Houthis", .nonState),
        ("مليشيا الحوثي", "Houthis", .nonState), ("الميليشيات الحوثية", "Houthis", .nonState), ("الميليشيا الحوثية", "Houthis", .nonState),
        ("المليشيا الحوثية", "Houthis", .nonState), ("المليشيات الحوثية", "Houthis", .nonState), ("أنصار الله", "Houthis", .nonState),
        ("جماعة أنصار الله", "Houthis", .nonState), ("الجماعات الحوثية", "Houthis", .nonState), ("حوثية", "Houthis", .nonState),
        ("الحوثية", "Houthis", .nonState),
        ("المقاومة الإسلامية في العراق", "Islamic Resistance in Iraq", .nonState), ("كتائب حزب الله", "Kataib Hezbollah", .nonState),
        ("حزب الله", "Hezbollah", .nonState), ("كتائب القسام", "Qassam", .nonState), ("كتائب عز الدين القسام", "Qassam", .nonState),
        ("القسام", "Qassam", .nonState), ("حماس", "Hamas", .nonState), ("حركة حماس", "Hamas", .nonState),
        ("سرايا القدس", "Saraya al-Quds", .nonState), ("الجهاد الإسلامي", "PIJ", .nonState), ("حركة الجهاد الإسلامي", "PIJ", .nonState),
        ("هيئة تحرير الشام", "HTS", .nonState), ("جبهة النصرة", "HTS", .nonState), ("النصرة", "HTS", .nonState),
        ("قسد", "SDF", .nonState), ("قوات سوريا الديمقراطية", "SDF", .nonState), ("وحدات حماية الشعب", "YPG", .nonState),
        ("الوحدات الكردية", "YPG", .nonState), ("حزب العمال الكردستاني", "PKK", .nonState), ("العمال الكردستاني", "PKK", .nonState),
        ("الجيش السوري الحر", "FSA", .nonState), ("الجيش الحر", "FSA", .nonState), ("الجيش الوطني السوري", "SNA", .nonState),
        ("فصائل المعارضة", "Syrian opposition", .nonState), ("الفصائل المعارضة", "Syrian opposition", .nonState),
        ("المعارضة المسلحة", "Syrian opposition", .nonState), ("فصائل فلسطينية", "Palestinian factions", .nonState),
        ("الفصائل الفلسطينية", "Palestinian factions", .nonState), ("مسلحون", "Unidentified armed group", .nonState),
        ("مسلحين", "Unidentified armed group", .nonState), ("مجهولون", "Unidentified", .nonState), ("مسلحون مجهولون", "Unidentified armed group", .nonState),
        ("المتمردين", "Rebels", .nonState), ("المتمردون", "Rebels", .nonState), ("الانقلابيين", "Houthis", .nonState),
        ("الحشد الشعبي", "PMF", .state), ("هيئة الحشد الشعبي", "PMF", .state), ("ميليشيات الحشد", "PMF", .state), ("قوات الحشد", "PMF", .state), ("فصائل الحشد", "PMF", .state),
        ("التحالف الدولي", "International coalition", .state), ("التحالف الذي تقوده الولايات المتحدة", "International coalition", .state),
        ("التحالف العربي", "Saudi-led coalition", .state), ("تحالف دعم الشرعية", "Saudi-led coalition", .state),
        ("التحالف لدعم الشرعية", "Saudi-led coalition", .state), ("قوات التحالف", "Coalition", .state), ("التحالف", "Coalition", .state),
        ("الجيش الإسرائيلي", "Israel", .state), ("جيش الاحتلال", "Israel", .state), ("الدولة العبرية", "Israel", .state), ("قوات الاحتلال", "Israel", .state),
        ("جيش الدفاع", "Israel", .state), ("الاحتلال الإسرائيلي", "Israel", .state), ("إسرائيل", "Israel", .state),
        ("إسرائيلي", "Israel", .state), ("إسرائيلية", "Israel", .state), ("الإسرائيلي", "Israel", .state), ("الإسرائيلية", "Israel", .state),
        ("الاحتلال", "Israel", .state), ("سلاح الجو الإسرائيلي", "Israel", .state),
        ("الجيش السوري", "Syria", .state), ("قوات النظام", "Syria", .state), ("قوات النظام السوري", "Syria", .state),
        ("النظام السوري", "Syria", .state), ("الجيش العربي السوري", "Syria", .state), ("القوات الحكومية", "Government forces", .state),
        ("قوات الحكومة", "Government forces", .state), ("الجيش العراقي", "Iraq", .state), ("القوات العراقية", "Iraq", .state),
        ("القوات الأمنية", "Security forces", .state), ("قوات الأمن", "Security forces", .state), ("الجيش اليمني", "Yemen", .state),
        ("الجيش الوطني", "Yemen", .state), ("قوات الشرعية", "Yemen", .state), ("ألوية العمالقة", "Yemen", .state),
        ("المقاومة اليمنية", "Yemen", .state), ("القوات المشتركة", "Yemen", .state), ("الجيش المصري", "Egypt", .state),
        ("القوات المسلحة", "Armed forces", .state), ("الجيش الليبي", "Libya", .state), ("الجيش الوطني الليبي", "LNA", .state),
        ("الجيش التركي", "Turkey", .state), ("القوات التركية", "Turkey", .state), ("الجيش الأمريكي", "USA", .state),
        ("الجيش الأميركي", "USA", .state), ("القوات الأمريكية", "USA", .state), ("القوات الأميركية", "USA", .state),
        ("الولايات المتحدة", "USA", .state), ("واشنطن", "USA", .state), ("أمريكا", "USA", .state), ("أميركا", "USA", .state),
        ("الطيران الروسي", "Russia", .state), ("روسيا", "Russia", .state), ("القوات الروسية", "Russia", .state),
        ("روسية", "Russia", .state), ("الدفاع الجوي السعودي", "Saudi Arabia", .state), ("الدفاعات الجوية السعودية", "Saudi Arabia", .state),
        ("الجيش السعودي", "Saudi Arabia", .state), ("الدفاعات الجوية السورية", "Syria", .state), ("الدفاعات الجوية", "Air defence", .state),
        // the defender named with its state: one actor, not a force named by its nisba
        ("الدفاع الجوي السعودي", "Air defence", .state), ("الدفاع الجوي الملكي السعودي", "Air defence", .state),
        ("الدفاعات الجوية السعودية", "Air defence", .state), ("الدفاعات الجوية الملكية السعودية", "Air defence", .state),
        ("الحرس الثوري", "IRGC", .state), ("الحرس الثوري الإيراني", "IRGC", .state), ("إيران", "Iran", .state),
        ("الجيش الأفغاني", "Afghanistan", .state), ("الجيش الباكستاني", "Pakistan", .state), ("الشرطة", "Police", .state),
        ("الجيش", "Army", .state), ("الجيش اللبناني", "Lebanon", .state), ("البيشمركة", "Peshmerga", .state),
        ("الطيران السوري", "Syria", .state), ("الطيران الحربي السوري", "Syria", .state), ("سلاح الجو السوري", "Syria", .state),
        ("الطيران العراقي", "Iraq", .state), ("سلاح الجو العراقي", "Iraq", .state), ("الطيران الإسرائيلي", "Israel", .state),
        ("الطيران الحربي الإسرائيلي", "Israel", .state), ("المدفعية الإسرائيلية", "Israel", .state), ("طيران التحالف", "Coalition", .state),
        ("مقاتلات التحالف", "Coalition", .state), ("الغرفة المشتركة", "Palestinian factions", .nonState),
        ("الغرفة المشتركة للفصائل", "Palestinian factions", .nonState), ("غرفة العمليات المشتركة", "Palestinian factions", .nonState),
        ("الجيش الأردني", "Jordan", .state), ("الجيش الإيراني", "Iran", .state), ("الجيش الروسي", "Russia", .state),
        ("الجيش الفرنسي", "France", .state), ("الجيش البريطاني", "UK", .state), ("الجيش الصومالي", "Somalia", .state),
        ("الجيش النيجيري", "Nigeria", .state), ("الجيش المالي", "Mali", .state), ("قوات الحماية الشعبية", "YPG", .nonState),
        ("جيش الإسلام", "Jaysh al-Islam", .nonState), ("فيلق الرحمن", "Faylaq al-Rahman", .nonState), ("أحرار الشام", "Ahrar al-Sham", .nonState),
        ("حركة أحرار الشام", "Ahrar al-Sham", .nonState), ("حراس الدين", "Hurras al-Din", .nonState), ("عصائب أهل الحق", "Asaib Ahl al-Haq", .nonState),
        ("الجماعات المسلحة", "Unidentified armed group", .nonState),
        // a government's name for its armed enemies: a source using it blames them ("قذيفة أطلقتها التنظيمات الإرهابية")
        ("الجماعات الإرهابية", "Terrorist groups", .nonState), ("التنظيمات الإرهابية", "Terrorist groups", .nonState),
        ("المجموعات الإرهابية", "Terrorist groups", .nonState), ("العصابات الإرهابية", "Terrorist groups", .nonState),
        ("المجموعات المسلحة الإرهابية", "Terrorist groups", .nonState), ("الجماعات الإرهابية المسلحة", "Terrorist groups", .nonState), ("الجماعات الحوثية", "Houthis", .nonState),
        ("جماعة الحوثي", "Houthis", .nonState), ("جماعة الحوثيين", "Houthis", .nonState), ("الحوثيون المتحالفون", "Houthis", .nonState),
        ("قوات التحالف الدولي", "International coalition", .state), ("قوات التحالف العربي", "Saudi-led coalition", .state),
        ("تحرير الشام", "HTS", .nonState), ("جبهة فتح الشام", "HTS", .nonState), ("قوات سوريا الديموقراطية", "SDF", .nonState),
        ("قوات حفتر", "LNA", .state), ("قوات حكومة الوفاق", "GNA", .state), ("قوات الوفاق", "GNA", .state),
        ("أنصار بيت المقدس", "ISIS", .nonState), ("تنظيم الدولة الإسلامية في العراق والشام", "ISIS", .nonState),
        ("عصبة الثائرين", "Usbat al-Thaireen", .nonState),
        ("أصحاب الكهف", "Ashab al-Kahf", .nonState), ("كتائب سيد الشهداء", "Kataib Sayyid al-Shuhada", .nonState),
        ("حركة النجباء", "Nujaba", .nonState), ("النجباء", "Nujaba", .nonState), ("كتائب شهداء الأقصى", "Al-Aqsa Martyrs", .nonState),
        ("ألوية الناصر صلاح الدين", "Popular Resistance Committees", .nonState), ("كتائب أبو علي مصطفى", "PFLP", .nonState),
        // spellings seen in wire copy that the rows above miss
        ("المعارضة السورية", "Syrian opposition", .nonState), ("المعارضة السورية المسلحة", "Syrian opposition", .nonState),
        ("قوات المعارضة", "Syrian opposition", .nonState), ("الفصائل المسلحة المعارضة", "Syrian opposition", .nonState),
        ("فيلق القدس", "IRGC", .state), ("جيش النظام", "Syria", .state), ("طيران النظام", "Syria", .state), ("طيران النظام السوري", "Syria", .state), ("جيش النظام السوري", "Syria", .state),
        ("قوات الأسد", "Syria", .state), ("قوات النظام السوري", "Syria", .state),
        ("عصابات الحوثي", "Houthis", .nonState), ("ميليشيات الحوثي الانقلابية", "Houthis", .nonState),
        ("الميليشيات الانقلابية", "Houthis", .nonState), ("المليشيات الانقلابية", "Houthis", .nonState),
        ("جماعة نصرة الإسلام والمسلمين", "JNIM", .nonState), ("نصرة الإسلام والمسلمين", "JNIM", .nonState),
        ("تنظيم القاعدة في بلاد المغرب الإسلامي", "AQIM", .nonState), ("القاعدة في بلاد المغرب الإسلامي", "AQIM", .nonState),
        ("ولاية خراسان", "ISIS", .nonState), ("قوات الدعم السريع", "RSF", .nonState),
        ("القوات الفرنسية", "France", .state), ("قوة برخان", "France", .state), ("الجيش السوداني", "Sudan", .state),
        ("الجيش الكيني", "Kenya", .state), ("قوات أميصوم", "AMISOM", .state), ("بعثة الاتحاد الأفريقي", "AMISOM", .state),
        ("حرس الحدود", "Border guards", .state), ("قوات حرس الحدود", "Border guards", .state),
        ("الجهاديين", "Unidentified armed group", .nonState), ("الجهاديون", "Unidentified armed group", .nonState),
        ("المتشددين", "Unidentified armed group", .nonState), ("المتشددون", "Unidentified armed group", .nonState),
        ("المجلس الانتقالي الجنوبي", "STC", .nonState),
        // the group named with its kind in apposition: one name ("ونسب المتمردون الحوثيون الغارات إلى التحالف")
        ("المتمردون الحوثيون", "Houthis", .nonState), ("المتمردين الحوثيين", "Houthis", .nonState), ("قوات الحزام الأمني", "Security Belt", .nonState),
    ]
    /// Bodies and outlets that speak for an actor: their statement about its strike is its claim
    /// ("في بيان نشرته وكالة أعماق"، "أعلن البنتاغون"، "أفادت وكالة سانا أن الطيران السوري شن …").
    static let voiceRows: [(String, String)] = [
        ("وكالة أعماق", "ISIS"), ("أعماق", "ISIS"), ("وكالة أعماق التابعة لتنظيم الدولة", "ISIS"), ("قناة المسيرة", "Houthis"),
        ("قناة المسيرة التابعة للحوثيين", "Houthis"), ("وكالة سبأ التابعة للحوثيين", "Houthis"), ("الإعلام الحربي", "Hezbollah"),
        ("قناة المنار", "Hezbollah"), ("سانا", "Syria"), ("وكالة سانا", "Syria"), ("وكالة الأنباء السورية", "Syria"),
        ("وكالة الأنباء السورية الرسمية", "Syria"), ("التلفزيون السوري", "Syria"), ("الإعلام الرسمي السوري", "Syria"),
        ("وزارة الدفاع السورية", "Syria"), ("واس", "Saudi Arabia"), ("وكالة الأنباء السعودية", "Saudi Arabia"),
        ("وكالة الأنباء الرسمية السعودية", "Saudi Arabia"), ("المملكة العربية السعودية", "Saudi Arabia"), ("السعودية", "Saudi Arabia"),
        ("البنتاغون", "USA"), ("البنتاجون", "USA"), ("وزارة الدفاع الأمريكية", "USA"), ("وزارة الدفاع الأميركية", "USA"),
        ("القيادة المركزية الأمريكية", "USA"), ("القيادة المركزية الأميركية", "USA"), ("سنتكوم", "USA"), ("وزارة الدفاع الروسية", "Russia"),
        ("وزارة الدفاع التركية", "Turkey"), ("رئاسة الأركان التركية", "Turkey"), ("تركيا", "Turkey"), ("أنقرة", "Turkey"),
        ("وزارة الدفاع البريطانية", "UK"), ("بريطانيا", "UK"), ("لندن", "UK"), ("وزارة الدفاع الفرنسية", "France"),
        ("فرنسا", "France"), ("باريس", "France"), ("مركز الإعلام الأمني", "Iraq"), ("خلية الإعلام الأمني", "Iraq"),
        ("قيادة العمليات المشتركة", "Iraq"), ("وكالة الأنباء العراقية", "Iraq"), ("العراق", "Iraq"), ("بغداد", "Iraq"),
        ("سوريا", "Syria"), ("سورية", "Syria"), ("دمشق", "Syria"), ("موسكو", "Russia"), ("طهران", "Iran"), ("الأردن", "Jordan"),
        ("مصر", "Egypt"), ("القاهرة", "Egypt"), ("وزارة الدفاع الإسرائيلية", "Israel"), ("تل أبيب", "Israel"),
        // spokesmen named alone once introduced ("وأوضح العقيد المالكي أن …"، "وقال أدرعي إن …")
        ("تركي المالكي", "Saudi-led coalition"), ("العقيد المالكي", "Saudi-led coalition"), ("العقيد الركن تركي المالكي", "Saudi-led coalition"),
        ("أفيخاي أدرعي", "Israel"), ("أدرعي", "Israel"),
    ]
    /// Forces that are one side for claims: a coalition's statement is its members' claim.
    static let sameSide: [Set<String>] = [["Saudi Arabia", "Saudi-led coalition", "Coalition"],
                                           ["USA", "International coalition", "Coalition"], ["Syria", "Government forces"],
                                           ["Iraq", "Government forces", "Security forces"], ["Qassam", "Hamas"], ["Saraya al-Quds", "PIJ"]]
    /// Generic state forces ("الجيش"، "القوات المسلحة") stand for the state the story is about.
    static let genericState: Set<String> = ["Army", "Armed forces", "Government forces", "Security forces", "Air defence", "Border guards"]

    /// True when a statement by `speaker` speaks for the perpetrator `actor`.
    public static func speaksFor(_ speaker: ActorMention, _ actor: ActorMention) -> Bool {
        if speaker.canonical == actor.canonical { return true }
        if sameSide.contains(where: { $0.contains(speaker.canonical) && $0.contains(actor.canonical) }) { return true }
        return speaker.kind == .state && actor.kind == .state
            && (genericState.contains(speaker.canonical) || genericState.contains(actor.canonical))
    }
    /// Nisba adjectives that name the force behind a strike ("غارات روسية"، "صاروخين إسرائيليين").
    static let nisbaRows: [(String, String)] = [("إسرائيلي", "Israel"), ("روسي", "Russia"), ("أمريكي", "USA"), ("أميركي", "USA"),
                                                ("تركي", "Turkey"), ("سعودي", "Saudi Arabia"), ("إيراني", "Iran"), ("إماراتي", "UAE"),
                                                ("عراقي", "Iraq")]
    static let nisbaForms: Set<String> = {
        var out: Set<String> = []
        for (w, _) in nisbaRows {
            for form in [w, w + "ة", w + "ين", w + "ون", w + "ان", w + "ا", "ال" + w, "ال" + w + "ة", w + "تين"] { out.insert(ArabicNormalizer.normalize(form)) }
        }
        return out
    }()
    /// The shipped actors and voices.
    public static let shipped = ActorLexicon()

    /// Actor phrases (overlay rows first: on an equal match the user's row wins).
    public let actors: PhraseLexicon<ActorPayload>
    /// Actors plus the bodies and outlets that speak for them: who can make a statement.
    public let speakers: PhraseLexicon<ActorPayload>

    public struct ActorPayload: Sendable { public var canonical: String; public var kind: ActorMention.Kind }

    /// The shipped lexicon extended by a user overlay.
    public init(overlay: LexiconOverlay = .empty) {
        var base: [(String, ActorPayload)] = []
        for e in overlay.entries where e.type == .actor { base.append((e.phrase, ActorPayload(canonical: e.canonical, kind: e.kind))) }
        base += Self.rows.map { ($0.0, ActorPayload(canonical: $0.1, kind: $0.2)) }
        for (w, c) in Self.nisbaRows {
            for form in [w, w + "ة", w + "ين", w + "ون", w + "ان", w + "ا", "ال" + w, "ال" + w + "ة", w + "تين"] {
                base.append((form, ActorPayload(canonical: c, kind: .state)))
            }
        }
        let kinds = Dictionary(base.map { ($0.1.canonical, $0.1.kind) }, uniquingKeysWith: { a, _ in a })
        var voices: [(String, ActorPayload)] = []
        for e in overlay.entries where e.type == .voice { voices.append((e.phrase, ActorPayload(canonical: e.canonical, kind: e.kind))) }
        voices += Self.voiceRows.map { ($0.0, ActorPayload(canonical: $0.1, kind: kinds[$0.1] ?? .state)) }
        actors = PhraseLexicon(base)
        speakers = PhraseLexicon(voices + base)
    }

    /// Actors named in the tokens; a nisba that ends a ministry's or outlet's name ("وزارة الدفاع
    /// الأمريكية") is that voice speaking, not a force named by its nisba.
    public func mentions(_ t: [ArabicToken]) -> [ActorMention] {
        let found = Self.mentions(t, actors).filter { !Self.isOffice(t, $0.start, $0.end) }
        return found.map { a in
            guard a.end - a.start == 1, a.start > 0, Self.nisbaForms.contains(t[a.start].norm) else { return a }
            var a = a
            a.ofPlace = ClaimRules.isPlaceOrVictim(t, a)
            a.insideVoice = (max(0, a.start - 3)..<a.start).contains { j in
                guard let v = speakers.match(t, at: j) else { return false }
                return v.end == a.end && !found.contains { $0.start == j && $0.end == a.end }
            }
            return a
        }
    }

    /// Actors and voices: the possible speakers of a statement.
    public func speakerMentions(_ t: [ArabicToken]) -> [ActorMention] { Self.mentions(t, speakers) }

    static func mentions(_ t: [ArabicToken], _ lexicon: PhraseLexicon<ActorPayload>) -> [ActorMention] {
        lexicon.matches(in: t).filter { !isNationality(t, $0.start, $0.end) }.map {
            ActorMention(canonical: $0.payload.canonical, kind: $0.payload.kind, text: t.text($0.start..<$0.end), start: $0.start, end: $0.end)
        }
    }

    /// A nisba telling someone's nationality, not a force: "هو سعودي الجنسية"، "مواطن سعودي"،
    /// "من الجنسية السعودية"، "سياح روس".
    static let nationalityWords = WordSet(["الجنسية", "الجنسيه", "الأصل", "الجنسيات"])
    static let civilianNouns = WordSet(["مواطن", "مواطنا", "مواطنة", "مواطنين", "مواطنون", "مواطني", "مقيم", "مقيما", "مقيمين",
                                        "سائح", "سائحا", "سياح", "سياحا", "عامل", "عاملا", "عمال", "عاملين", "طالب", "طالبا", "طلاب",
                                        "رجل", "رجلا", "امرأة", "شاب", "شابا", "شبان", "طفل", "طفلا", "أطفال", "لاجئ", "لاجئين",
                                        "صحفي", "صحفيا", "صحفيين", "مهندس", "مهندسين", "رهينة", "رهائن", "أسير", "أسرى", "الجنسية"])
    static func isNationality(_ t: [ArabicToken], _ start: Int, _ end: Int) -> Bool {
        guard end - start == 1, nisbaForms.contains(t[start].norm) || nisbaForms.contains(ArabicNormalizer.normalize(ClaimRules.withoutClitic(t[start].original))) else { return false }
        if end < t.count && nationalityWords.contains(t[end]) { return true }
        return start > 0 && (civilianNouns.containsExact(t[start - 1]) || isPersonName(t, start))
    }
    /// "قوات التحالف تركي المالكي"، "العقيد الركن تركي": a bare nisba after a definite word cannot
    /// describe it (an adjective agrees in definiteness) — it is a man's name.
    static let bareNisbas: Set<String> = Set(nisbaRows.map { ArabicNormalizer.normalize($0.0) })
    static func isPersonName(_ t: [ArabicToken], _ start: Int) -> Bool {
        guard bareNisbas.contains(t[start].norm) else { return false }
        return t[start - 1].forms.contains { $0.hasBytePrefix("ال") && $0.count > 3 }
    }
    /// A nisba after an office or outlet: a voice that may speak ("أعلن الرئيس الأمريكي أنه أمر
    /// بشن ضربات"), never a force named by its act.
    static func isOffice(_ t: [ArabicToken], _ start: Int, _ end: Int) -> Bool {
        end - start == 1 && start > 0 && officeNouns.containsExact(t[start - 1]) && nisbaForms.contains(t[start].norm)
    }
    /// "الرئيس الأميركي"، "وزارة الخارجية الأمريكية"، "وسائل إعلام إسرائيلية": an office or outlet
    /// of a state, whose words are politics or news, not a force's statement on its own strike.
    static let officeNouns = WordSet(["الرئيس", "رئيس", "الوزير", "وزير", "وزيرة", "وزارة", "الخارجية", "السفير", "سفير", "السفارة",
                                      "سفارة", "الإدارة", "إدارة", "الرئاسة", "البرلمان", "الكونغرس", "الكونجرس", "الكنيست", "إعلام",
                                      "الإعلام", "صحيفة", "الصحيفة", "صحف", "الصحف", "القنصلية", "الدبلوماسية", "دبلوماسي",
                                      "دبلوماسيين", "الشعب", "الشارع", "الرأي", "والرئيس"])

    /// The shipped actors named in the tokens.
    public static func mentions(_ t: [ArabicToken]) -> [ActorMention] { shipped.mentions(t) }
}
