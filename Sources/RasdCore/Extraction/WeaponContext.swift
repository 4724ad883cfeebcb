/// The words around a weapon noun that say whether the weapon was used in the act the sentence
/// reports. Wire copy names many weapons that were not fired: the launchers and depots an air
/// strike destroyed ("دمرت منصة إطلاق صواريخ"، "استهدفت مستودعا للذخيرة"), the mines fighters were
/// killed planting ("أثناء محاولتهم زراعة ألغام"), the attack a group was planning ("كانوا يخططون
/// لعمليات انتحارية"), the tank a bomb hit ("عبوة ناسفة استهدفت دبابة").
enum WeaponContext {
    /// Nouns of places and loads that hold weapons: a weapon right after one is stored or carried.
    static let holders = WordSet(["منصة", "منصات", "منصتي", "منصتين", "مستودع", "مستودعات", "مخزن", "مخازن", "مصنع", "مصانع",
                                  "ورشة", "ورش", "شحنة", "شحنات", "تهريب", "مخبأ", "مخابئ", "ترسانة", "معمل", "معامل",
                                  "لتصنيع", "تصنيع", "صناعة", "مستودعا", "مخزنا", "مصنعا", "معملا", "منصتها", "منصاتها",
                                  // arms withdrawn or given up under a deal ("سحب الأسلحة الثقيلة")
                                  "سحب", "نزع", "إخراج", "بسحب", "بنزع"])
    /// People named by the device they carry, make or plant ("ناقلي الأحزمة الناسفة"، "حاملي
    /// العبوات"، "زارعي الألغام"): the device describes the people hit or held, it was not set off.
    static let carriers = WordSet(["ناقلي", "ناقلو", "حاملي", "حاملو", "حملة", "مرتدي", "مرتدو", "صانعي", "صانعو",
                                   "مصنعي", "زارعي", "زارعو", "مهربي", "مهربو"])
    /// Launch platforms: what fired a weapon, named when it is hit, not a cache of weapons.
    static let launchers = WordSet(["منصة", "منصات", "منصتي", "منصتين", "منصتها", "منصاتها"])
    /// Words of intention: the weapon after one was planned or attempted, not used.
    static let intent = WordSet(["محاولة", "محاولته", "محاولتهم", "محاولتها", "محاولتهما", "يخطط", "يخططون", "تخطط",
                                 "يعتزم", "يعتزمون", "تعتزم", "ينوي", "ينوون", "تنوي", "يحضرون", "يعدون", "للتخطيط",
                                 "تحضيرات", "تحضير", "استعدادات",
                                 // a pretext told by the side that answered it ("بحجة تفجير عبوة")
                                 "بحجة", "بذريعة", "ذريعة", "مبررا", "متذرعا"])
    /// Words that make a planned weapon the news: a foiled or seized device is a disrupted use.
    static let foiled = WordSet(["أحبط", "أحبطت", "إحباط", "ضبط", "ضبطت", "تفكيك", "فكك", "فككت", "إبطال", "احباط"])
    /// Verbs of hitting: the armoured vehicle after one is the target.
    static let hit = WordSet(["استهدف", "استهدفت", "استهداف", "استهدفتا", "تدمير", "دمر", "دمرت", "دمروا", "أصاب", "أصابت",
                              "إصابة", "إعطاب", "أعطب", "أعطبت", "تفجير"])
    /// Verbs and nouns of seizing and finding weapons.
    static let seizure = WordSet(["ضبط", "ضبطت", "ضبطوا", "مصادرة", "صادرت", "صادر", "العثور", "عثرت", "عثر", "اكتشاف",
                                  "اكتشفت", "مضبوطات", "ضبطها", "استولت", "الاستيلاء", "غنمت", "اغتنام", "تسليم", "سلم"])

    /// The weapon phrase starting at `i` was seized or found (within four words after the verb).
    static func seized(_ t: [ArabicToken], at i: Int) -> Bool {
        (max(0, i - 4)..<i).contains { seizure.contains(t[$0]) }
    }

    /// A device cue ("العبوات الناسفة"، "صواريخ") right after a cache or workshop noun or a verb of
    /// seizing: the weapons were found, not used.
    static func isCache(_ t: [ArabicToken], _ m: PhraseMatch<EventKind>) -> Bool {
        guard [.ied, .projectile, .suicide, .grenade].contains(m.payload) else { return false }
        let from = ArabicNumbersBefore.start(t, m.start)
        return (max(0, from - 2)..<from).contains { (holders.contains(t[$0]) && !launchers.contains(t[$0])) || carriers.contains(t[$0]) }
            || seized(t, at: from)
    }

    static let detonate = WordSet(["فجر", "فجرت", "فجروا", "يفجر", "تفجر", "بتفجير", "تفجير"])
    static let selves = WordSet(["نفسه", "نفسها", "أنفسهم", "انفسهم", "نفسيهما"])

    /// "فجر أحد المهاجمين نفسه"، "قام انتحاري بتفجير نفسه": the verb and, within four words, the
    /// attacker's self; the token range of the phrase.
    static func selfDetonation(_ t: [ArabicToken]) -> Range<Int>? {
        for i in t.indices where detonate.containsExact(t[i]) || detonate.contains(t[i]) {
            if let j = (i + 1..<min(t.count, i + 5)).first(where: { selves.contains(t[$0]) }) { return i..<(j + 1) }
        }
        return nil
    }

    /// Media nouns: a name after one is an outlet ("قناة المسيرة"), not a weapon.
    static let media = WordSet(["قناة", "تلفزيون", "فضائية", "شبكة", "موقع", "صحيفة", "وكالة", "إذاعة", "قناه"])

    /// "إحدى"، "أحد" before a definite plural: one of the weapons already told.
    static let oneOf = WordSet(["إحدى", "أحد", "لإحدى", "لأحد", "بإحدى", "بأحد", "وإحدى", "وأحد", "احدى"])

    /// Words that open a new clause: what stands before one belongs to another act or actor.
    static let clauseOpeners = WordSet(["التي", "الذي", "الذين", "اللتين", "ردا", "رداً", "بعد", "عقب", "إثر", "فيما", "بينما",
                                        "غداة", "حيث", "لكن", "إن", "أن"])

    /// Where the clause holding token `i` starts, looking back at most `within` tokens.
    static func clauseStart(_ t: [ArabicToken], before i: Int, within: Int) -> Int {
        var s = i
        while s > max(0, i - within), !clauseOpeners.containsExact(t[s - 1]) { s -= 1 }
        return s
    }

    static let destroy = WordSet(["تدمير", "دمر", "دمرت", "دمروا", "وتدمير", "إعطاب", "أعطب", "أعطبت"])

    /// Interception: air defences meeting a missile in flight.
    static let interception = WordSet(["اعترض", "اعترضت", "اعتراض", "اعتراضه", "اعتراضها", "اعتراضهما", "تصدت", "التصدي",
                                       "تصدي", "اعترضتها", "اعترضته", "تتصدى", "يتصدى", "تصدى", "للتصدي", "تصدت", "اعتراضهم"])

    /// Nouns of an air strike that name no aircraft: with a drone named, the strike is the drone's.
    static let strikeNouns = WordSet(["غارة", "غارات", "غارتين", "غارتان", "ضربة", "ضربات", "الغارة", "الغارات"])
    /// A force's own planes, named by the possessed plural: air power, not which aircraft.
    static let ownPlanes = WordSet(["طائراته", "طائراتها", "طائراتهم"])

    /// "قذيفة صاروخية"، "قذيفتين صاروخيتين": the adjective that makes a shell a rocket.
    static func isRocketAdjective(_ t: ArabicToken) -> Bool {
        t.norm.hasBytePrefix("صاروخي") && t.norm != "صاروخين"  // not "قذيفتين وصاروخين" (shells and missiles)
    }

    /// The weapon noun carries a preposition ("بغارات"، "بالصواريخ"، "لقذائف"): a figure before it
    /// counts something else ("أصيب العشرات بغارات"), as a counted weapon takes the preposition on its
    /// figure ("بأربع قذائف"). Nouns that begin with ب or ل themselves (بندقية، لغم) are not read so.
    static func carriesPreposition(_ t: ArabicToken) -> Bool {
        let n = t.norm
        guard n.hasBytePrefix("ب") || n.hasBytePrefix("ل") || n.hasBytePrefix("وب") || n.hasBytePrefix("ول") else { return false }
        return !ownInitial.contains { n.hasBytePrefix($0) }
    }
    static let ownInitial = ["بند", "بناد", "لغم", "لغام", "وبند", "وبناد", "ولغم", "بارود", "ليزر"]

    /// The token carries the article ("الصاروخ"، "بالصاروخ"، "والمروحية"، "للطائرة").
    static func isDefinite(_ t: ArabicToken) -> Bool {
        let n = t.norm
        for p in ["ال", "وال", "بال", "فال", "كال", "وبال", "لل", "ولل", "فلل"] where n.hasBytePrefix(p) { return true }
        return false
    }

    /// The sentence tells of an interception near the weapon noun at `start`.
    static func intercepted(_ t: [ArabicToken], near start: Int) -> Bool {
        (max(0, start - 8)..<min(t.count, start + 6)).contains { interception.contains(t[$0]) }
    }

    /// The weapon named at `i` was stored, planned or hit rather than used.
    static func notUsed(_ t: [ArabicToken], at i: Int, kind: WeaponKind) -> Bool {
        if (max(0, i - 2)..<i).contains(where: { holders.contains(t[$0]) || carriers.contains(t[$0]) }) { return true }
        if (max(0, i - 4)..<i).contains(where: { intent.contains(t[$0]) }), !t.contains(where: { foiled.contains($0) }) { return true }
        // "استهدفت مقاتلات التحالف دبابة": the verb may stand before its subject
        if kind == .artillery, t[i].matches(prefix: "دباب") || t[i].matches(prefix: "مدرع"),
           (max(0, i - 4)..<i).contains(where: { hit.contains(t[$0]) }) { return true }
        // "أدى إلى تدمير رشاش": a gun destroyed was the strike's target
        if kind == .smallArms || kind == .artillery, (max(0, i - 2)..<i).contains(where: { destroy.contains(t[$0]) }) { return true }
        return false
    }
}

/// Where a counted noun's phrase starts: at its number when one comes first ("عثر على 70 عبوة").
enum ArabicNumbersBefore {
    static func start(_ t: [ArabicToken], _ i: Int) -> Int { WeaponRules.numberBefore(t, i)?.start ?? i }
}
