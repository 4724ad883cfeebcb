/// A weapon named in a sentence, with the count written next to it.
public struct WeaponMention: Sendable, Equatable {
    public var kind: WeaponKind
    public var count: Count
    public var start: Int
    /// Named by a strike noun ("غارة"، "ضربة جوية"), which says air power but not which aircraft.
    public var isStrikeNoun: Bool = false
    /// Named as a force's own planes ("إحدى طائراته"، "طائراتها"): which aircraft is not said either,
    /// so a drone named for the same strike is that plane (unlike "مقاتلاته", its fighter jets).
    public var isOwnPlanes: Bool = false
    /// Seized or found ("ضبط 34 صاروخا"): the weapons of a foiled use, not of a fight or strike.
    public var isSeized: Bool = false
    /// Counted of the ship or bomber that fired it ("المدمرة … التي أطلقت 23 صاروخا"): one platform's share.
    public var isLauncherShare: Bool = false
}

/// Weapon nouns and how their ambiguous ones are read from the rest of the sentence:
/// صاروخ is a rocket unless the sentence says ballistic, cruise, or that aircraft fired it;
/// قذيفة is a shell unless هاون (mortar) or a rocket-propelled grenade; مسيرة is a drone only
/// next to طائرة, or with strike words and no march/career words around it.
public enum WeaponRules {
    enum Noun: Sendable, Equatable { case kind(WeaponKind), missile, missileAttack, shell, marchOrDrone }
    /// Noun → what it names, and whether the form itself is dual (2) or singular (1).
    static let nouns = PhraseLexicon<(Noun, Int?)>([
        ("صاروخ", (.missile, 1)), ("صاروخا", (.missile, 1)), ("صواريخ", (.missile, nil)), ("صاروخين", (.missile, 2)),
        ("صاروخان", (.missile, 2)), ("قذائف صاروخية", (.kind(.rocket), nil)), ("قذيفة صاروخية", (.kind(.rocket), 1)),
        ("قذيفة", (.shell, 1)), ("قذائف", (.shell, nil)), ("قذيفتين", (.shell, 2)), ("قذيفتان", (.shell, 2)),
        ("هاون", (.kind(.mortar), nil)), ("قذيفة هاون", (.kind(.mortar), 1)), ("قذائف هاون", (.kind(.mortar), nil)),
        ("قذيفتي هاون", (.kind(.mortar), 2)), ("مدفعية", (.kind(.artillery), nil)), ("مدفعي", (.kind(.artillery), nil)),
        ("مدفعيا", (.kind(.artillery), nil)), ("دبابة", (.kind(.artillery), 1)), ("دبابات", (.kind(.artillery), nil)),
        ("طائرة مسيرة", (.kind(.drone), 1)), ("طائرة مسيّرة", (.kind(.drone), 1)), ("طائرات مسيرة", (.kind(.drone), nil)),
        ("طائرتان مسيرتان", (.kind(.drone), 2)), ("طائرتين مسيرتين", (.kind(.drone), 2)), ("مسيرة", (.marchOrDrone, 1)),
        ("مسيرات", (.marchOrDrone, nil)), ("مسيرتين", (.marchOrDrone, 2)), ("مسيرتان", (.marchOrDrone, 2)),
        ("طائرة بدون طيار", (.kind(.drone), 1)), ("طائرة من دون طيار", (.kind(.drone), 1)),
        ("طائرات بدون طيار", (.kind(.drone), nil)), ("طائرات من دون طيار", (.kind(.drone), nil)), ("درون", (.kind(.drone), 1)),
        ("طائرة دون طيار", (.kind(.drone), 1)), ("طائرات دون طيار", (.kind(.drone), nil)),
        // duals: two of them, whatever the phrase after
        ("طائرتين بدون طيار", (.kind(.drone), 2)), ("طائرتان بدون طيار", (.kind(.drone), 2)),
        ("طائرتين من دون طيار", (.kind(.drone), 2)), ("طائرتان من دون طيار", (.kind(.drone), 2)),
        ("طائرتين دون طيار", (.kind(.drone), 2)), ("طائرتي استطلاع", (.kind(.drone), 2)),
        ("عبوتين", (.kind(.ied), 2)), ("عبوتان ناسفتان", (.kind(.ied), 2)), ("عبوتان", (.kind(.ied), 2)),
        ("سيارتين مفخختين", (.kind(.vbied), 2)), ("سيارتان مفخختان", (.kind(.vbied), 2)),
        ("قنبلتين يدويتين", (.kind(.grenade), 2)), ("قنبلتان يدويتان", (.kind(.grenade), 2)),
        ("مقاتلتين", (.kind(.aircraft), 2)), ("مقاتلتان", (.kind(.aircraft), 2)), ("مروحيتين", (.kind(.aircraft), 2)),
        ("مروحيتان", (.kind(.aircraft), 2)), ("طائرتين حربيتين", (.kind(.aircraft), 2)), ("طائرتان حربيتان", (.kind(.aircraft), 2)),
        ("ضربتين جويتين", (.kind(.aircraft), 2)), ("ضربتان جويتان", (.kind(.aircraft), 2)),
        // a dual in construct with the rocket's make: "صاروخي كاتيوشا"، "صاروخي غراد" (two rockets)
        ("صاروخي كاتيوشا", (.kind(.rocket), 2)), ("صاروخي الكاتيوشا", (.kind(.rocket), 2)), ("صاروخي غراد", (.kind(.rocket), 2)),
        ("صاروخي جراد", (.kind(.rocket), 2)),
        // duals in construct, their ن dropped before the next noun: "في غارتي الحديدة"، "قذيفتا هاون سقطتا"
        ("غارتي", (.kind(.aircraft), 2)), ("غارتا", (.kind(.aircraft), 2)), ("مقاتلتي", (.kind(.aircraft), 2)),
        ("مقاتلتا", (.kind(.aircraft), 2)), ("مروحيتي", (.kind(.aircraft), 2)), ("مروحيتا", (.kind(.aircraft), 2)),
        ("قذيفتي", (.shell, 2)), ("قذيفتا", (.shell, 2)), ("قذيفتا هاون", (.kind(.mortar), 2)), ("عبوتا", (.kind(.ied), 2)),
        // Gaza and Yemen copy call the armed drones reconnaissance planes or "buzzers"
        ("طائرة استطلاع", (.kind(.drone), 1)), ("طائرات استطلاع", (.kind(.drone), nil)), ("طائرة الاستطلاع", (.kind(.drone), 1)),
        ("طائرة تجسس", (.kind(.drone), 1)), ("طائرات تجسس", (.kind(.drone), nil)), ("طائرة زنانة", (.kind(.drone), 1)),
        ("زنانة", (.kind(.drone), 1)),
        ("غارة", (.kind(.aircraft), 1)), ("غارات", (.kind(.aircraft), nil)), ("غارتين", (.kind(.aircraft), 2)),
        ("غارتان", (.kind(.aircraft), 2)), ("طائرات حربية", (.kind(.aircraft), nil)), ("مقاتلات", (.kind(.aircraft), nil)),
        ("طائرة حربية", (.kind(.aircraft), 1)), ("طائراته", (.kind(.aircraft), nil)), ("طائراتها", (.kind(.aircraft), nil)),
        ("مقاتلاته", (.kind(.aircraft), nil)), ("مقاتلاتها", (.kind(.aircraft), nil)), ("مقاتلات حربية", (.kind(.aircraft), nil)), ("مروحية", (.kind(.aircraft), 1)), ("مروحيات", (.kind(.aircraft), nil)),
        ("الطيران", (.kind(.aircraft), nil)), ("ضربة جوية", (.kind(.aircraft), 1)), ("ضربات جوية", (.kind(.aircraft), nil)),
        ("عبوة ناسفة", (.kind(.ied), 1)), ("عبوات ناسفة", (.kind(.ied), nil)), ("عبوة", (.kind(.ied), 1)),
        ("عبوتين ناسفتين", (.kind(.ied), 2)), ("لغم", (.kind(.ied), 1)), ("ألغام", (.kind(.ied), nil)),
        ("سيارة مفخخة", (.kind(.vbied), 1)), ("سيارات مفخخة", (.kind(.vbied), nil)), ("سيارة ملغومة", (.kind(.vbied), 1)),
        ("دراجة نارية مفخخة", (.kind(.vbied), 1)), ("صهريج مفخخ", (.kind(.vbied), 1)),
        ("حزام ناسف", (.kind(.suicideDevice), 1)), ("حزاما ناسفا", (.kind(.suicideDevice), 1)),
        ("حزامين ناسفين", (.kind(.suicideDevice), 2)), ("حزامان ناسفان", (.kind(.suicideDevice), 2)),
        ("أحزمة ناسفة", (.kind(.suicideDevice), nil)), ("انتحاري", (.kind(.suicideDevice), nil)),
        ("انتحارية", (.kind(.suicideDevice), nil)), ("انتحاريين", (.kind(.suicideDevice), nil)),
        ("انتحاريون", (.kind(.suicideDevice), nil)), ("انتحاريان", (.kind(.suicideDevice), 2)),
        ("أحزمة ناسفة", (.kind(.suicideDevice), nil)), ("أحزمتهم الناسفة", (.kind(.suicideDevice), nil)),
        ("أحزمتهم", (.kind(.suicideDevice), nil)), ("حزامه الناسف", (.kind(.suicideDevice), 1)),
        ("قنبلة يدوية", (.kind(.grenade), 1)), ("قنابل يدوية", (.kind(.grenade), nil)), ("رمانة يدوية", (.kind(.grenade), 1)),
        ("آر بي جي", (.kind(.rpg), nil)), ("ار بي جي", (.kind(.rpg), nil)), ("قذائف آر بي جي", (.kind(.rpg), nil)),
        ("رصاص", (.kind(.smallArms), nil)), ("الرصاص", (.kind(.smallArms), nil)), ("إطلاق النار", (.kind(.smallArms), nil)),
        ("إطلاق نار", (.kind(.smallArms), nil)), ("أسلحة رشاشة", (.kind(.smallArms), nil)), ("رشاشات", (.kind(.smallArms), nil)),
        ("أطلق النار", (.kind(.smallArms), nil)), ("أطلقوا النار", (.kind(.smallArms), nil)), ("أسلحة خفيفة", (.kind(.smallArms), nil)),
        ("طلق ناري", (.kind(.smallArms), nil)), ("طلقات نارية", (.kind(.smallArms), nil)), ("عيار ناري", (.kind(.smallArms), nil)),
        ("أعيرة نارية", (.kind(.smallArms), nil)), ("الأعيرة النارية", (.kind(.smallArms), nil)), ("طلقة نارية", (.kind(.smallArms), nil)),
        ("قناص", (.kind(.smallArms), nil)), ("قنص", (.kind(.smallArms), nil)), ("رصاصة", (.kind(.smallArms), 1)),
        ("ذبح", (.kind(.knife), nil)), ("بذبح", (.kind(.knife), nil)), ("ذبحا", (.kind(.knife), nil)), ("نحر", (.kind(.knife), nil)),
        ("الأسلحة الثقيلة", (.kind(.artillery), nil)), ("أسلحة ثقيلة", (.kind(.artillery), nil)),
        ("انفجارين", (.kind(.explosiveUnspecified), 2)), ("انفجاران", (.kind(.explosiveUnspecified), 2)),
        ("تفجيرين", (.kind(.explosiveUnspecified), 2)), ("تفجيران", (.kind(.explosiveUnspecified), 2)),
        ("بنادق", (.kind(.smallArms), nil)), ("بندقية", (.kind(.smallArms), nil)), ("كلاشنيكوف", (.kind(.smallArms), nil)),
        ("رشاش", (.kind(.smallArms), nil)), ("مسدس", (.kind(.smallArms), nil)), ("مسدسات", (.kind(.smallArms), nil)),
        ("سكاكين", (.kind(.knife), nil)), ("ساطور", (.kind(.knife), 1)), ("سواطير", (.kind(.knife), nil)),
        ("أسلحة بيضاء", (.kind(.knife), nil)), ("الأسلحة البيضاء", (.kind(.knife), nil)), ("طعنات", (.kind(.knife), nil)),
        ("سكين", (.kind(.knife), 1)), ("طعن", (.kind(.knife), nil)), ("طعنا", (.kind(.knife), nil)), ("سلاح أبيض", (.kind(.knife), nil)),
        ("دهس", (.kind(.vehicleRamming), nil)), ("عملية دهس", (.kind(.vehicleRamming), nil)),
        ("كيماوي", (.kind(.chemical), nil)), ("كيميائي", (.kind(.chemical), nil)), ("غاز السارين", (.kind(.chemical), nil)),
        ("غاز الكلور", (.kind(.chemical), nil)), ("كيمياوي", (.kind(.chemical), nil)),
        ("متفجرات", (.kind(.explosiveUnspecified), nil)), ("انفجار", (.kind(.explosiveUnspecified), nil)),
        ("انفجارا", (.kind(.explosiveUnspecified), nil)), ("تفجير", (.kind(.explosiveUnspecified), nil)), ("قنبلة", (.kind(.explosiveUnspecified), 1)),
        ("عبوات", (.kind(.ied), nil)), ("ناسفة", (.kind(.ied), nil)),
        // counted blasts: "3 تفجيرات انتحارية" (three suicide bombings), "ثلاثة انفجارات"
        ("تفجيرات", (.kind(.explosiveUnspecified), nil)), ("انفجارات", (.kind(.explosiveUnspecified), nil)),
        ("تفجيرات انتحارية", (.kind(.suicideDevice), nil)),
        // counted suicide attacks by their dual or plural ("تفجيرين انتحاريين"، "ثلاث هجمات انتحارية")
        ("تفجيرين انتحاريين", (.kind(.suicideDevice), 2)), ("تفجيران انتحاريان", (.kind(.suicideDevice), 2)),
        ("هجومين انتحاريين", (.kind(.suicideDevice), 2)), ("هجومان انتحاريان", (.kind(.suicideDevice), 2)),
        ("هجمات انتحارية", (.kind(.suicideDevice), nil)),
        // the bombardment named by its weapon: "قصف صاروخي"، "هجوم صاروخي"، "القصف الجوي والمدفعي"
        ("قصف صاروخي", (.missileAttack, nil)), ("قصفا صاروخيا", (.missileAttack, nil)), ("القصف الصاروخي", (.missileAttack, nil)),
        ("هجوم صاروخي", (.missileAttack, nil)), ("هجوما صاروخيا", (.missileAttack, nil)), ("الهجوم الصاروخي", (.missileAttack, nil)),
        ("ضربة صاروخية", (.missileAttack, nil)), ("ضربات صاروخية", (.missileAttack, nil)), ("الضربات الصاروخية", (.missileAttack, nil)),
        ("دعم جوي", (.kind(.aircraft), nil)), ("غطاء جوي", (.kind(.aircraft), nil)), ("إسناد جوي", (.kind(.aircraft), nil)),
        ("قصف جوي", (.kind(.aircraft), nil)), ("قصفا جويا", (.kind(.aircraft), nil)), ("القصف الجوي", (.kind(.aircraft), nil)),
        // barrel bombs are dropped from helicopters: each barrel is one of the aircraft's munitions
        // ("بأكثر من 20 برميلا متفجرا" = aircraft 21 or more, as a stated number of raids is)
        ("برميل متفجر", (.kind(.aircraft), 1)), ("برميلا متفجرا", (.kind(.aircraft), 1)), ("براميل متفجرة", (.kind(.aircraft), nil)),
        ("برميلين متفجرين", (.kind(.aircraft), 2)), ("برميلان متفجران", (.kind(.aircraft), 2)),
    ] + stateDrones + namedMissileDuals + vehicleBombs + helicopters + gunfire)

    /// "صاروخي بركان": two missiles in construct with a ballistic missile's name. (The nominative
    /// "صاروخا سكود" is also the accusative singular "صاروخا" before an apposed name, so it is not read.)
    static let namedMissileDuals: [(String, (Noun, Int?))] = ballisticMissileNames.map { name in
        ("صاروخي \(name)", (Noun.kind(.ballisticMissile), 2 as Int?))
    }
    static let ballisticMissileNames = ["سكود", "توشكا", "بركان", "زلزال", "قاهر", "شهاب", "إسكندر"]

    /// "طائرة إسرائيلية بدون طيار"، "طائرات أمريكية من دون طيار": the maker's adjective inside the drone's name.
    static let stateDrones: [(String, (Noun, Int?))] = {
        let makers = ["إسرائيلي*", "أمريكي*", "أميركي*", "روسي*", "تركي*", "إيراني*", "سعودي*", "حوثي*", "سوري*", "عراقي*"]
        return makers.flatMap { x in ["بدون طيار", "من دون طيار", "دون طيار"].flatMap { tail in
            [("طائرة \(x) \(tail)", (Noun.kind(.drone), 1 as Int?)), ("طائرات \(x) \(tail)", (Noun.kind(.drone), nil)),
             ("طائرتان \(x) \(tail)", (Noun.kind(.drone), 2)), ("طائرتين \(x) \(tail)", (Noun.kind(.drone), 2))]
        } }
    }()

    /// A vehicle rigged with explosives, whatever the vehicle and whichever word says rigged
    /// ("شاحنة مفخخة"، "سيارة ملغمة"، "دراجة نارية مفخخة"، "عربة مفخخة").
    static let vehicleBombs: [(String, (Noun, Int?))] = {
        let vehicles: [(String, String, String)] = [("سيارة", "سيارات", "ة"), ("شاحنة", "شاحنات", "ة"), ("دراجة", "دراجات", "ة"),
                                                    ("دراجة نارية", "دراجات نارية", "ة"), ("عربة", "عربات", "ة"), ("حافلة", "حافلات", "ة"),
                                                    ("صهريج", "صهاريج", "")]
        return vehicles.flatMap { (one, many, fem) in ["مفخخ", "ملغوم", "ملغم"].flatMap { rigged in
            [("\(one) \(rigged)\(fem)", (Noun.kind(.vbied), 1 as Int?)), ("\(many) \(rigged)ة", (Noun.kind(.vbied), nil as Int?))]
        } }
    }()
    /// Helicopters by their other names ("طائرة عمودية"، "هليكوبتر"، "الأباتشي").
    static let helicopters: [(String, (Noun, Int?))] = [
        ("طائرة عمودية", (.kind(.aircraft), 1)), ("طائرات عمودية", (.kind(.aircraft), nil)), ("طائرتين عموديتين", (.kind(.aircraft), 2)),
        ("طائرتان عموديتان", (.kind(.aircraft), 2)), ("هليكوبتر", (.kind(.aircraft), nil)),
        ("أباتشي", (.kind(.aircraft), nil)),
    ]
    /// "قتل بنيران الجيش": killed by gunfire, unless the fire is named as the guns', tanks' or air defences'.
    static let gunfire: [(String, (Noun, Int?))] = [
        ("بنيران", (.kind(.smallArms), nil)), ("بنيران المدفعية", (.kind(.artillery), nil)), ("بنيران مدفعية", (.kind(.artillery), nil)),
        ("بنيران الدبابات", (.kind(.artillery), nil)), ("بنيران دبابة", (.kind(.artillery), nil)), ("بنيران الطائرات", (.kind(.aircraft), nil)),
    ]
    /// What "بنيران" names when it is not gunfire: air defences shooting down, friendly fire of unknown arms.
    static let gunfireNoun = ArabicNormalizer.normalize("بنيران")
    static let notGunfire = WordSet(["الدفاعات", "الدفاع", "المضادات", "مضادات", "صديقة", "الصديقة", "دفاعات"])

    static let ballistic = PhraseLexicon<Bool>([("باليستي*", true), ("بالستي*", true)])
    /// Names of ballistic missiles and of guided ones, read only right after the noun
    /// ("صاروخ من طراز بركان"، "صاروخا من نظام باتريوت"، "صاروخ مضاد للدروع").
    static let ballisticNames = PhraseLexicon<Bool>([("سكود", true), ("توشكا", true), ("بركان", true), ("زلزال", true),
                                                     ("قاهر", true), ("فاتح", true), ("شهاب", true), ("إسكندر", true)])
    static let guidedNames = PhraseLexicon<Bool>([("باتريوت", true), ("موجه", true), ("موجهة", true), ("مضاد للدروع", true),
                                                  ("مضادة للدروع", true), ("مضاد للطائرات", true), ("أرض جو", true),
                                                  ("أرض أرض", true), ("كورنيت", true), ("تاو", true), ("إس 300", true),
                                                  ("إس 400", true), ("ستينغر", true)])
    /// Interceptor missiles, named right after the noun.
    static let interceptors = PhraseLexicon<Bool>([("باتريوت", true), ("اعتراضي", true), ("اعتراضية", true), ("اعتراضيا", true),
                                                   ("معترض", true), ("معترضة", true), ("مضاد* للصواريخ", true), ("ثاد", true)])
    static let cruise = PhraseLexicon<Bool>([("كروز", true), ("مجنح", true), ("مجنحة", true), ("توماهوك", true), ("جوالة", true)])
    static let rocketHints = PhraseLexicon<Bool>([("كاتيوشا", true), ("غراد", true), ("محلي الصنع", true), ("محلية الصنع", true),
                                                  ("قصير المدى", true), ("قسام", true), ("راجمات", true), ("الفصائل", true),
                                                  ("القبة الحديدية", true)])
    /// Gaza's armed factions, named before the missiles they fired.
    static let gazaLaunchers = PhraseLexicon<Bool>([("حماس", true), ("حركة حماس", true), ("الجهاد الإسلامي", true),
                                                    ("سرايا القدس", true), ("كتائب القسام", true), ("الفصائل الفلسطينية", true)])
    /// Launched from Gaza, said right after the missiles.
    static let fromGaza = PhraseLexicon<Bool>([("من غزة", true), ("من قطاع غزة", true), ("من القطاع", true)])
    static let airHints = PhraseLexicon<Bool>([("طائرات", true), ("طائرة حربية", true), ("مقاتلات", true), ("غارة", true),
                                               ("غارات", true), ("مروحية", true), ("الطيران", true), ("جو أرض", true),
                                               ("البوارج", true), ("سفن", true), ("صواريخ توماهوك", true), ("قاذف*", true),
                                               ("سلاح الجو", true), ("مقاتلة", true), ("المقاتلات", true)])
    static let shellMortar = PhraseLexicon<Bool>([("هاون", true)])
    static let rpgNames = PhraseLexicon<Bool>([("آر بي جي", true), ("ار بي جي", true), ("آربيجي", true)])
    /// Makes of rocket that wire copy also calls shells ("قذائف من نوع كاتيوشا").
    static let rocketMakes = PhraseLexicon<Bool>([("كاتيوشا", true), ("كاتيوشيا", true), ("غراد", true), ("جراد", true)])
    static let droneContext = PhraseLexicon<Bool>([("مفخخة", true), ("انتحارية", true), ("مسلحة", true), ("أسقط", true),
                                                   ("أسقطت", true), ("إسقاط", true), ("اعتراض", true), ("اعترضت", true), ("اعترض", true),
                                                   ("قصف", true), ("استهدف", true), ("استهدفت", true), ("هجوم", true),
                                                   ("غارة", true), ("أطلق", true), ("أطلقت", true)])
    static let marchContext = PhraseLexicon<Bool>([("احتجاج*", true), ("متظاهر*", true), ("سلمية", true), ("العودة", true),
                                                   ("مسيرته", true), ("مسيرتها", true), ("المهنية", true), ("الفنية", true),
                                                   ("الكروية", true), ("الرياضية", true), ("حاشدة", true), ("شعبية", true),
                                                   ("مسيرة حياته", true), ("جماهيرية", true), ("الأعلام", true)])

    static let partMarker = WordSet(["بينها", "بينهم", "منها"])
    /// Verbal nouns naming how people were attacked ("طعنا"، "ذبحا"، "دهسا"، "قنصا"): a figure
    /// before one counts the victims, never weapons.
    static let uncountedActs = WordSet(["طعن", "طعنا", "ذبح", "ذبحا", "بذبح", "نحر", "نحرا", "دهس", "دهسا", "قنص", "قنصا"])
    static let moreOfTheSame = PhraseLexicon<Bool>([("مماثلة", true), ("مماثل", true), ("تفجيرات أخرى", true), ("هجمات أخرى", true)])
    static let fire = WordSet(["النار"])
    static let ceasefire = WordSet(["وقف", "لوقف", "ووقف"])
    static let stateMade = PhraseLexicon<Bool>([("إسرائيلي*", true), ("أمريكي*", true), ("أميركي*", true), ("روسي*", true),
                                                ("إيراني*", true), ("فرنسي*", true), ("بريطاني*", true), ("تركي*", true),
                                                // the Houthis' missiles ("الصواريخ الحوثية") are missiles, as a state's
                                                ("حوثي*", true)])
    static let airDefence = PhraseLexicon<Bool>([("الدفاعات الجوية", true), ("الدفاع الجوي", true), ("الدفاعات", true),
                                                 ("منظومة", true), ("المضادات", true)])

    /// Weapons named in a sentence, each with its count ("أربعة صواريخ" → 4…4, "صاروخين" → 2).
    /// `keepingEarlier` keeps the weapons of an earlier event's clause ("ردا على قصف بالقذائف"), for
    /// the sentence read as told of that act.
    public static func mentions(_ t: [ArabicToken], keepingEarlier: Bool = false) -> [WeaponMention] {
        var out: [WeaponMention] = []
        let sentenceBallistic = ballistic.occurs(in: t), sentenceCruise = cruise.occurs(in: t)
        let sentenceRocket = rocketHints.occurs(in: t), sentenceAir = airHints.occurs(in: t)
        lazy var drone = droneContext.occurs(in: t)
        lazy var march = marchContext.occurs(in: t)
        var previous: (end: Int, counted: Bool)? = nil
        for m in nouns.matches(in: t) {
            let noun = m.payload.0
            // "سقط صاروخا كاتيوشا": the nominative dual in construct with the make
            let formCount = WeaponCountForms.isNominativeDual(t, start: m.start, end: m.end) ? 2 : m.payload.1
            // "أكثر من مائة صاروخ وقذيفة هاون"، "25 صاروخا وقذيفة": a singular noun joined by و to a
            // counted one is inside that figure, so its singular form counts nothing of its own
            let insideFigure = previous.map { $0.counted && $0.end == m.start } == true && t[m.start].norm.hasBytePrefix("\u{0648}")
            let kind: WeaponKind
            switch noun {
            case .kind(let k): kind = k
            case .missile:
                let near = Array(t[m.end..<min(t.count, m.end + 3)])
                let named = Array(t[m.end..<min(t.count, m.end + 4)])
                // "انطلاق صاروخين من مواقع بطاريات الباتريوت"، "صاروخ اعتراضي": the defence's
                // interceptors, not the weapons of the act
                if interceptors.occurs(in: named) { continue }
                if ballistic.occurs(in: near) || ballisticNames.occurs(in: named) { kind = .ballisticMissile }
                else if rocketHints.occurs(in: near) { kind = .rocket }  // "صاروخ كاتيوشا" beside "الصواريخ الباليستية"
                else if sentenceBallistic && !sentenceCruise { kind = .ballisticMissile }
                else if cruise.occurs(in: near) || sentenceCruise { kind = .cruiseMissile }
                else if guidedNames.occurs(in: named) { kind = .missileUnspecified }
                else if airHints.occurs(in: Array(t[WeaponContext.clauseStart(t, before: m.start, within: 10)..<m.start])) {
                    kind = .missileUnspecified  // "طائرة حربية من طراز إف-16 أطلقت فجر السبت أربعة صواريخ"
                }
                // "استهداف حماس والجهاد الإسلامي لإسرائيل بأكثر من مائة صاروخ"، "صواريخ أطلقت من غزة":
                // fired by Gaza's factions, rockets, even with the raids that answered them in the sentence
                else if gazaLaunchers.occurs(in: Array(t[WeaponContext.clauseStart(t, before: m.start, within: 10)..<m.start]))
                            || (!sentenceAir && fromGaza.occurs(in: Array(t[m.end..<min(t.count, m.end + 4)]))) { kind = .rocket }
                // "أطلقت إيران 20 صاروخا"، "صواريخ أطلقتها الولايات المتحدة": a state's (or the Houthis') missiles,
                // even where the Iron Dome met them
                else if WeaponStateLaunchers.firedByState(t, start: m.start, end: m.end) { kind = .missileUnspecified }
                else if sentenceRocket { kind = .rocket }
                else if sentenceAir || stateMade.occurs(in: Array(t[m.end..<min(t.count, m.end + 2)]))
                            || airDefence.occurs(in: Array(t[max(0, m.start - 6)..<m.start])) || WeaponContext.intercepted(t, near: m.start) {
                    // fired by aircraft, made by a state ("صاروخين إسرائيليين"), met by air defences
                    // or intercepted ("اعترضت … صاروخا"): a missile, not a home-made rocket
                    kind = .missileUnspecified
                }
                else { kind = .rocket }
            case .missileAttack:
                // "قصف صاروخي" says missiles but not which: rockets only with a rocket word around
                let near = Array(t[m.end..<min(t.count, m.end + 3)])
                kind = ballistic.occurs(in: near) ? .ballisticMissile : cruise.occurs(in: near) ? .cruiseMissile
                    : sentenceRocket ? .rocket : .missileUnspecified
            case .shell:
                let near = Array(t[m.end..<min(t.count, m.end + 2)])
                // "قذيفتين صاروخيتين"، "قذائف صاروخية": rocket shells in any number
                // "قذائف عسكرية من نوع كاتيوشا": shells named a rocket by their make a few words on
                let made = Array(t[m.end..<min(t.count, m.end + 5)])
                // "قذيفتي آر بي جي"، "قذيفة آر بي جي": rocket-propelled grenades in any number
                kind = m.end < t.count && rpgNames.match(t, at: m.end) != nil ? .rpg
                    : shellMortar.occurs(in: near) ? .mortar
                    : near.first.map(WeaponContext.isRocketAdjective) == true || rocketMakes.occurs(in: made) ? .rocket : .artillery
            case .marchOrDrone:
                let prev = m.start > 0 ? t[m.start - 1] : nil
                if let p = prev, p.matches(prefix: "طائر") { kind = .drone }
                else if march { continue }
                // "قناة المسيرة"، "تلفزيون المسيرة": the Houthi broadcaster, not a drone
                else if let p = prev, WeaponContext.media.contains(p) { continue }
                else if drone { kind = .drone }
                else { continue }
            }
            // "مستودع للصواريخ"، "منصة إطلاق صواريخ"، "أثناء محاولتهم زراعة ألغام"، "استهدف دبابة":
            // stored, planned or targeted, not used in the act
            if WeaponContext.notUsed(t, at: m.start, kind: kind) { continue }
            // "أسقطت بنيران الدفاعات الجوية"، "بنيران صديقة": not gunfire of the act
            if kind == .smallArms, m.end < t.count, t[m.start].norm == gunfireNoun, notGunfire.contains(t[m.end]) { continue }
            // "طائرة مسيرة انتحارية": the drone's adjective, not a suicide bomber
            if kind == .suicideDevice, let last = out.last, last.kind == .drone, m.start - last.start <= 4 { continue }
            // "وقف إطلاق النار" is a ceasefire, not gunfire
            if kind == .smallArms, m.start > 0, ceasefire.contains(t[m.start - 1]) { continue }
            var count = Count(status: .notMentioned, text: t.text(m.start..<m.end))
            // "الصاروخ"، "المروحية": a definite singular refers back or means the kind, it counts nothing
            if let c = formCount, !(c == 1 && (WeaponContext.isDefinite(t[m.start]) || insideFigure)) {
                count = Count(status: .reported, min: c, max: c, text: count.text)
                // "غارتين على الأقل"، "صاروخين باليستيين على الأقل": the dual is a floor
                if c >= 2, WeaponAtLeast.follows(t, after: m.end) { count.max = nil }
            }
            // A figure before the noun (أربعة صواريخ، 3 قذائف، أكثر من 10 صواريخ) or after it (صواريخ عدة);
            // not a casualty verb's figure before a noun that carries its own preposition ("أصيب العشرات
            // بغارات"، "قتل 10 بالصواريخ": the figure counts the dead or wounded; "أربع بسيارات مفخخة" counts cars)
            // "قتل 7 طعنا"، "إصابة 12 طعنا": a figure before the act's verbal noun counts its victims
            let before = uncountedActs.contains(t[m.start]) ? nil : numberBefore(t, m.start) ?? WeaponPartitive.figure(t, noun: m)
            let previousBlast = previous.map { _ in out.last } ?? nil, previousEnd = previous?.end
            previous = (m.end, before.map { !$0.vague && ($0.min ?? 0) > 1 } == true)
            // "بكلفة 850 ألف للصاروخ": a figure before a definite noun that carries a preposition prices
            // or measures it; a counted weapon is indefinite ("بأربع قذائف")
            let ofTheNoun = WeaponContext.carriesPreposition(t[m.start]) && WeaponContext.isDefinite(t[m.start])
            if let n = before, !(n.vague == false && ofTheNoun),
               !(WeaponContext.carriesPreposition(t[m.start]) && CasualtyRules.countsPeople(t, figureAt: n.start)) {
                count = Count(status: n.vague ? .vague : .reported, min: n.min, max: n.vague ? nil : n.max,
                              text: t.text(n.start..<m.end))
            } else if m.end < t.count, !t[m.end].norm.hasBytePrefix("\u{0648}") || t[m.end].norm.hasBytePrefix("واحد"),
                      let n = ArabicNumbers.phrase(t, at: m.end),
                      n.end - n.start == 1, n.vague || (agreeingOneOrTwo(n, form: formCount)
                                                        && !WeaponContext.isDefinite(t[m.start]) && !WeaponContext.isDefinite(t[m.end]))
                        || WeaponCountForms.trailingCardinal(t, noun: m, number: n) {
                // "صواريخ عدة"، and "غارة واحدة"، "انتحاريين اثنين": one or two stated after the noun
                count = Count(status: n.vague ? .vague : .reported, min: n.min, max: n.vague ? nil : n.max,
                              text: t.text(m.start..<n.end))
            }
            // "ثلاثة تفجيرات بسيارات مفخخة": the blasts' figure counts the devices that made them
            if count.status != .reported, let c = WeaponCountForms.blastCount(t, device: kind, at: m.start, blast: previousBlast, blastEnd: previousEnd) {
                count = c
            }
            // "بلغ عدد الصواريخ التي أطلقت 30 صاروخا": the number of the weapons, stated later in the clause
            if count.status != .reported, let n = WeaponNumberOf.figure(t, noun: m) {
                count = Count(status: .reported, min: n.min, max: n.max, text: t.text((m.start - 1)..<n.end))
            }
            // "وسقط صاروخ رابع": an indefinite weapon ranked by an ordinal counts up to its rank
            if kind != .aircraft, count.status != .reported || count.min == 1, !WeaponContext.isDefinite(t[m.start]),
               let (r, at) = WeaponOrdinals.rank(t, after: m.end) {
                count = Count(status: .reported, min: r, max: r, text: t.text(m.start..<(at + 1)))
            }
            // "لإحدى القذائف"، "أحد الصواريخ": one of those already told, not a count of its own
            if count.status == .reported, count.min == 1, WeaponContext.isDefinite(t[m.start]), m.start > 0,
               WeaponContext.oneOf.contains(t[m.start - 1]) {
                count = Count(status: .notMentioned, text: t.text(m.start..<m.end))
            }
            // "22 صاروخا، من بينها 9 صواريخ أمريكية و8 بريطانية": figures after "بينها" are parts of a whole
            if count.status == .reported, out.contains(where: { $0.count.status == .reported && $0.start < m.start
                                                                && (($0.start + 1)..<m.start).contains { partMarker.contains(t[$0]) } }) {
                count = Count(status: .notMentioned, text: count.text)
            }
            // "اعترضت 71 صاروخا من أصل 103 صواريخ": a part of the whole counted next
            if count.status == .reported, WeaponCountForms.isPartOfWhole(t, after: m.end) {
                count = Count(status: .notMentioned, text: count.text)
            }
            // "سبعة صواريخ، استهدفت 3 منها الرياض": the share sent at the sentence's target
            if count.status == .reported, let total = count.min, count.max == total,
               let part = WeaponTargetShare.share(t, after: m.end - 1, total: total) {
                count = Count(status: .reported, min: part.value, max: part.value, text: t.text(part.start..<part.end))
            }
            // "تزامنا مع تفجيرات مماثلة": more of the same than the figure counts
            if count.status == .reported, moreOfTheSame.occurs(in: t) { count.max = nil }
            out.append(WeaponMention(kind: kind, count: count, start: m.start,
                                     isStrikeNoun: kind == .aircraft && WeaponContext.strikeNouns.contains(t[m.start]),
                                     isOwnPlanes: kind == .aircraft && WeaponContext.ownPlanes.contains(t[m.start]),
                                     isSeized: WeaponContext.seized(t, at: before?.start ?? m.start),
                                     isLauncherShare: count.status == .reported && (count.min ?? 0) > 1
                                        && WeaponLaunchers.isShare(t, countAt: before?.start ?? m.start)))
        }
        // "أطلق مسلحون النار": the subject between the verb and its object
        if !out.contains(where: { $0.kind == .smallArms }) {
            for i in t.indices where i >= 2 && fire.containsExact(t[i]) {
                if let v = (max(0, i - 3)..<(i - 1)).first(where: { t[$0].matches(prefix: "اطلق") }),
                   !(v > 0 && ceasefire.contains(t[v - 1])) {
                    out.append(WeaponMention(kind: .smallArms, count: Count(status: .notMentioned, text: t.text(v..<(i + 1))), start: v))
                    break
                }
            }
        }
        // "فجر أحد المهاجمين نفسه": the attacker between the verb and himself is a suicide bomber
        if !out.contains(where: { $0.kind == .suicideDevice }), let v = WeaponContext.selfDetonation(t) {
            out.append(WeaponMention(kind: .suicideDevice, count: Count(status: .notMentioned, text: t.text(v)), start: v.lowerBound))
        }
        // "غداة تفجير عبوة ناسفة"، "ردا على قصف بالقذائف": an earlier event's weapon is not this sentence's
        let earlier = EarlierEventClauses.markers(t)
        if !earlier.isEmpty, !keepingEarlier { out = out.filter { !EarlierEventClauses.contains(t, at: $0.start, markers: earlier) } }
        // "بعد 4 أيام على اعتراض 7 صواريخ.. السعودية تعترض صاروخا": the earlier salvo's count
        let spans = WeaponEarlierSpan.clauseStarts(t)
        if !spans.isEmpty {
            for k in out.indices where out[k].count.status == .reported
                && WeaponEarlierSpan.isEarlier(t, countAt: countStart(t, out[k]), clauses: spans) {
                out[k].count = Count(status: .notMentioned, text: out[k].count.text)
            }
        }
        // "أطلق الحوثيون 95 صاروخا باليستيا منذ بدء العمليات"، "إجمالي الصواريخ … 177 صاروخا": a
        // campaign's count of weapons, not this act's
        if out.contains(where: { $0.count.status == .reported || $0.count.status == .vague }),
           case let (totals, tally) = (WeaponTotals.spanMarkers(t), WeaponTotals.tallyStart(t)), !totals.isEmpty || tally != nil {
            for k in out.indices where out[k].count.status == .reported || out[k].count.status == .vague {
                let length = out[k].count.text.map { ArabicTokenizer.tokenize($0).count } ?? 1
                if tally.map({ $0 < out[k].start }) == true
                    || CumulativeTollRules.isCumulative(t, at: out[k].start, markers: totals, length: length) {
                    out[k].count = Count(status: .notMentioned, text: out[k].count.text)
                }
            }
        }
        return out
    }

    /// A one-word "واحد(ة)" or "اثنان/اثنين" after a noun whose form agrees (singular with one,
    /// dual or plural with two): the number restates the noun's own.
    static func agreeingOneOrTwo(_ n: NumberPhrase, form: Int?) -> Bool {
        guard !n.vague, let v = n.min, n.max == v, v == 1 || v == 2 else { return false }
        return form == v || (form == nil && v == 2)
    }

    /// Where a mention's count phrase starts (its figure, or the noun when the form counts).
    static func countStart(_ t: [ArabicToken], _ w: WeaponMention) -> Int {
        numberBefore(t, w.start)?.start ?? w.start
    }

    /// A number phrase ending right before token `i`.
    static func numberBefore(_ t: [ArabicToken], _ i: Int) -> NumberPhrase? {
        var s = max(0, i - 6)
        while s < i {
            if let n = ArabicNumbers.phrase(t, at: s), n.end == i { return n }
            s += 1
        }
        return nil
    }
}
