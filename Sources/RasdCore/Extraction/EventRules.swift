/// What kind of violent act a cue names. Families decide when two cues in one story are one
/// incident (air strike + shelling of one place) or two (a clash and an air strike).
public enum EventKind: String, Sendable, Codable, CaseIterable {
    case airStrike, shelling, projectile, bombardment, ied, explosion, suicide, grenade, chemical
    case clash, territoryTaken, attack, abduction, sexualViolence, disrupted, genericAttack
    /// A verb of attack ("هاجم"، "ضربت"، "اقتحم"): an act only with an armed subject (`AssaultVerbs`).
    case assault

    /// ACLED sub-event type the cue points to (generic cues get theirs from weapons later).
    var subEventType: String? {
        switch self {
        case .airStrike: return SubEventType.airDroneStrike
        case .shelling, .projectile, .bombardment: return SubEventType.shellingArtilleryMissile
        case .ied, .explosion: return SubEventType.remoteExplosive
        case .suicide: return SubEventType.suicideBomb
        case .grenade: return SubEventType.grenade
        case .chemical: return SubEventType.chemicalWeapon
        case .clash: return SubEventType.armedClash
        case .territoryTaken: return SubEventType.governmentRegainsTerritory
        case .attack: return SubEventType.attack
        case .abduction: return SubEventType.abduction
        case .sexualViolence: return SubEventType.sexualViolence
        case .disrupted: return SubEventType.disruptedWeaponsUse
        case .genericAttack, .assault: return nil
        }
    }

    enum Family: Sendable { case air, fire, explosive, battle, civilians, disrupted, chemical, generic }
    var family: Family {
        switch self {
        case .airStrike: return .air
        case .shelling, .projectile, .bombardment: return .fire
        case .ied, .explosion, .suicide, .grenade: return .explosive
        case .clash, .territoryTaken: return .battle
        case .attack, .abduction, .sexualViolence: return .civilians
        case .disrupted: return .disrupted
        case .chemical: return .chemical
        case .genericAttack, .assault: return .generic
        }
    }

    /// Cues that only count with corroboration in the same sentence (a weapon, a casualty,
    /// an armed actor): "هجوم" is also football, "مواجهات" also a protest.
    var isWeak: Bool { self == .genericAttack || self == .explosion || self == .bombardment || self == .projectile || self == .disrupted || self == .territoryTaken || self == .attack || self == .assault }
}

/// The event cue lexicon (verbs and nouns of attacks as wire copy writes them).
public enum EventLexicon {
    public static let cues = PhraseLexicon<EventKind>([
        // air and drone strikes
        ("غارة", .airStrike), ("غارات", .airStrike), ("غارتين", .airStrike), ("غارتان", .airStrike), ("الغارة", .airStrike),
        ("قصف جوي", .airStrike), ("قصفا جويا", .airStrike), ("القصف الجوي", .airStrike), ("ضربة جوية", .airStrike),
        ("ضربات جوية", .airStrike), ("الضربات الجوية", .airStrike), ("ضربة بطائرة", .airStrike), ("أغار", .airStrike),
        ("أغارت", .airStrike), ("شن غارة", .airStrike), ("قصف الطيران", .airStrike), ("الطيران الحربي", .airStrike),
        ("طائرات حربية", .airStrike), ("مقاتلات", .airStrike), ("المقاتلات", .airStrike), ("طائرات التحالف", .airStrike),
        ("الطائرات الحربية", .airStrike), ("مروحيات", .airStrike), ("طيران التحالف", .airStrike),
        ("ضربات صاروخية", .shelling), ("ضربة صاروخية", .shelling), ("هجوم صاروخي", .shelling),
        // shelling, artillery, missiles
        ("قصف مدفعي", .shelling), ("قصفا مدفعيا", .shelling), ("القصف المدفعي", .shelling), ("قذائف", .projectile),
        ("قذيفة", .projectile), ("قذيفتين", .projectile), ("قذيفتان", .projectile), ("هاون", .projectile), ("الهاون", .projectile),
        ("صواريخ", .projectile), ("صاروخ", .projectile), ("صاروخا", .projectile), ("صاروخين", .projectile), ("صاروخان", .projectile),
        ("راجمات", .shelling), ("المدفعية", .shelling), ("مدفعية", .shelling), ("قصف", .bombardment), ("قصفت", .bombardment),
        ("قصفا", .bombardment), ("القصف", .bombardment), ("دكت", .bombardment), ("دك", .bombardment), ("يقصف", .bombardment),
        // explosives
        ("عبوة ناسفة", .ied), ("عبوات ناسفة", .ied), ("عبوة", .ied), ("لغم", .ied), ("ألغام", .ied), ("لغم أرضي", .ied),
        ("سيارة مفخخة", .ied), ("مفخخة", .ied), ("دراجة مفخخة", .ied), ("عبوة لاصقة", .ied),
        ("تفجير", .explosion), ("انفجار", .explosion), ("انفجرت", .explosion), ("انفجر", .explosion), ("تفجيرات", .explosion),
        ("انفجارات", .explosion), ("التفجير", .explosion), ("الانفجار", .explosion), ("انفجارا", .explosion),
        ("تفجيرا", .explosion), ("انفجارين", .explosion), ("تفجيرين", .explosion), ("انفجاران", .explosion),
        ("انتحاري", .suicide), ("انتحارية", .suicide), ("انتحاريين", .suicide), ("انتحاريان", .suicide),
        ("فجر نفسه", .suicide), ("فجرت نفسها", .suicide), ("حزام ناسف", .suicide), ("حزاما ناسفا", .suicide),
        ("أحزمة ناسفة", .suicide),
        // duals, free and in construct (their ن dropped before the next noun): "قذيفتي هاون"، "غارتي الحديدة"
        ("غارتي", .airStrike), ("غارتا", .airStrike), ("قذيفتي", .projectile), ("قذيفتا", .projectile),
        ("ضربتين جويتين", .airStrike), ("ضربتان جويتان", .airStrike), ("صاروخي كاتيوشا", .projectile), ("صاروخي غراد", .projectile),
        ("صاروخي بركان", .projectile), ("صاروخي سكود", .projectile), ("صاروخي توشكا", .projectile), ("صاروخي زلزال", .projectile),
        ("عبوتين", .ied), ("عبوتان", .ied), ("عبوتا", .ied), ("سيارتين مفخختين", .ied), ("سيارتان مفخختان", .ied),
        ("قنبلتين يدويتين", .grenade), ("قنبلتان يدويتان", .grenade),
        ("قنبلة يدوية", .grenade), ("قنابل يدوية", .grenade), ("رمانة يدوية", .grenade), ("قنبلة", .explosion),
        ("كيماوي", .chemical), ("كيميائي", .chemical), ("كيمياوي", .chemical), ("الكيماوي", .chemical),
        ("غاز السارين", .chemical), ("غاز الكلور", .chemical), ("أسلحة كيماوية", .chemical),
        // battles
        ("اشتباك*", .clash), ("معارك", .clash), ("معركة", .clash), ("اشتبك", .clash), ("اشتبكت", .clash),
        ("تبادل إطلاق النار", .clash), ("تبادل لإطلاق النار", .clash), ("هجوم مسلح", .clash), ("الهجوم المسلح", .clash),
        ("اقتتال", .clash), ("مواجهات مسلحة", .clash), ("مواجهات", .clash), ("المعارك", .clash),
        ("سيطرت على", .territoryTaken), ("سيطر", .territoryTaken), ("سيطرت", .territoryTaken), ("سيطر على", .territoryTaken), ("السيطرة على", .territoryTaken),
        ("استعادت", .territoryTaken), ("استعاد", .territoryTaken), ("استعادة", .territoryTaken), ("حررت", .territoryTaken),
        ("تحرير", .territoryTaken), ("بسط سيطرت*", .territoryTaken), ("سيطرتها على", .territoryTaken), ("سيطرته على", .territoryTaken),
        // violence against civilians
        ("طعن", .attack), ("طعنا", .attack), ("طعنه", .attack), ("بسكين", .attack), ("دهس", .attack), ("دهسا", .attack),
        ("إعدام ميداني", .attack), ("أعدم", .attack), ("أعدمت", .attack), ("اغتيال", .attack), ("اغتال", .attack),
        ("اغتيل", .attack), ("اغتالت", .attack),
        ("خطف", .abduction), ("اختطاف", .abduction), ("اختطف", .abduction), ("اختطفت", .abduction), ("خطفوا", .abduction),
        ("اختطفوا", .abduction), ("خطفت", .abduction), ("خطفهم", .abduction), ("مختطف*", .abduction),
        ("اغتصاب", .sexualViolence),
        // disrupted weapons use
        ("اعترض", .disrupted), ("اعترضت", .disrupted), ("اعتراض", .disrupted), ("اعتراضه", .disrupted),
        ("اعتراضها", .disrupted), ("تصدت", .disrupted), ("تصدي", .disrupted), ("التصدي", .disrupted),
        ("أسقطت", .disrupted), ("أسقط", .disrupted), ("إسقاط", .disrupted), ("أحبطت", .disrupted), ("أحبط", .disrupted),
        ("إحباط", .disrupted), ("تفكيك", .disrupted), ("فككت", .disrupted), ("إبطال مفعول", .disrupted),
        ("تم التعامل معه", .disrupted), ("تم اعتراض", .disrupted), ("اعترضتها", .disrupted),
        // generic
        ("هجوم", .genericAttack), ("هجوما", .genericAttack), ("الهجوم", .genericAttack), ("هجمات", .genericAttack),
        ("هجومين", .genericAttack), ("استهدف", .genericAttack), ("استهدفت", .genericAttack), ("استهداف", .genericAttack),
        ("أطلق النار", .attack), ("أطلقوا النار", .attack), ("إطلاق النار", .attack), ("إطلاق نار", .attack),
        ("بالرصاص", .attack), ("برصاص", .attack),
    ] + AssaultVerbs.eventRows)

    static let downingVerbs = WordSet(["أسقط", "أسقطت", "أسقطا", "أسقطوا", "تسقط", "يسقط"])
    /// Words of a toll: "أسقط" before one means "caused dead", not "shot down".
    static let tollWords = WordSet(["قتلى", "قتيلا", "قتيل", "ضحايا", "جرحى", "مصابين", "القتلى", "الضحايا", "الجرحى", "عشرات",
                                    "مئات", "آلاف", "قتيلين", "ضحية"])

    /// The cue is "أسقط" whose object, within three words, is a toll ("أسقطت عشرات القتلى").
    static func isTollVerb(_ t: [ArabicToken], _ m: PhraseMatch<EventKind>) -> Bool {
        guard m.end - m.start == 1, downingVerbs.contains(t[m.start]) else { return false }
        return (m.end..<min(t.count, m.end + 3)).contains { tollWords.contains(t[$0]) }
    }

    static let ceasefire = WordSet(["وقف", "لوقف", "ووقف", "بوقف", "هدنة"])

    /// The cue is the gunfire of "وقف (لـ)إطلاق النار": a ceasefire, not a shooting.
    static func isCeasefire(_ t: [ArabicToken], _ m: PhraseMatch<EventKind>) -> Bool {
        m.start > 0 && ceasefire.contains(t[m.start - 1])
    }
}
