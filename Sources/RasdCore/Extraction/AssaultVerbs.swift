/// Verbs of attack ("هاجم"، "ضربت"، "اقتحم"، "داهم"، "باغت"، "نصب كمينا"، "أمطر") as act cues.
/// Wire copy often tells an attack with such a verb and no attack noun ("هاجم مسلحون نقطة
/// تفتيش"، "ضربت أربعة صواريخ مطار …"), but the same verbs are everyday words of politics,
/// sport, prices and weather ("هاجم الرئيس المعارضة"، "ضرب موعدا"، "ضربت الأسعار"، "ضرب
/// زلزال"، "هاجم المنتخب"). So a verb stands only when its subject is armed or a weapon, and its
/// object is something a weapon strikes (or the sentence names a weapon or a toll):
/// - `strike` verbs (هاجم، باغت، نصب كمينا): an armed subject with a physical target, a weapon or
///   a toll; or a weapon as subject ("هاجمت طائرتان مسيرتان قاعدة …").
/// - `hit` verbs (ضرب، أمطر): a weapon as subject or in the sentence beside an armed subject
///   ("أمطرت الفصائل المستوطنات بالصواريخ"), or an armed subject with a military target.
/// - the noun "كمين": with a toll in the sentence.
/// - `raid` verbs (داهم، اقتحم): an armed subject and a weapon or a toll (a raid that only
///   arrests is not a violent event).
enum AssaultVerbs {
    enum Verb: Sendable { case strike, hit, raid, ambush }

    static let lexicon = PhraseLexicon<Verb>([
        ("هاجم", .strike), ("هاجمت", .strike), ("هاجموا", .strike), ("هاجما", .strike), ("هاجمتا", .strike),
        ("يهاجم", .strike), ("تهاجم", .strike), ("يهاجمون", .strike), ("يهاجمان", .strike), ("تهاجمان", .strike),
        ("باغت", .strike), ("باغتت", .strike), ("باغتوا", .strike), ("يباغت", .strike),
        // "نصب مسلحون كمينا لدورية"، "نصبوا كمينا": the object, not the verb "نصب" (a word of ordinary
        // news: "نصب تذكاري"، "عمليات نصب"), which would send many more stories past the cue screen
        ("كمينا", .strike),
        // the noun: "إثر كمين أسفر عن مقتل جندي" (a "كمين أمني" that only arrests has no toll)
        ("كمين", .ambush), ("الكمين", .ambush),
        ("كمنوا", .strike),
        ("ضرب", .hit), ("ضربت", .hit), ("ضربوا", .hit), ("تضرب", .hit), ("ضربتا", .hit),
        ("أمطر", .hit), ("أمطرت", .hit), ("أمطروا", .hit),
        ("داهم", .raid), ("داهمت", .raid), ("داهموا", .raid), ("يداهم", .raid), ("تداهم", .raid),
        ("اقتحم", .raid), ("اقتحمت", .raid), ("اقتحموا", .raid), ("يقتحم", .raid), ("تقتحم", .raid), ("يقتحمون", .raid),
    ])

    /// The rows the event lexicon gets: every verb is an `.assault` cue, weak until `stands`.
    static var eventRows: [(String, EventKind)] {
        lexicon.exactFirst.values.flatMap { $0.map { ($0.words.joined(separator: " "), EventKind.assault) } }
    }

    /// Weapons that strike from afar, which make a verb of attack an act by themselves.
    static let strikingWeapons: Set<WeaponKind> = [.rocket, .ballisticMissile, .cruiseMissile, .missileUnspecified, .mortar,
                                                   .artillery, .drone, .aircraft, .rpg]

    /// What a weapon strikes: posts, bases, patrols, convoys, vehicles, buildings, villages.
    static let targets = WordSet([
        "نقطة", "نقاط", "حاجز", "حاجزا", "حواجز", "قاعدة", "قواعد", "ثكنة", "ثكنات", "معسكر", "معسكرا", "معسكرات", "موقع", "موقعا", "مواقع",
        "دورية", "دوريات", "رتل", "رتلا", "قافلة", "قوافل", "مقر", "مقرا", "مقرات", "مركز", "مركزا", "مراكز", "مخفر", "مخفرا",
        "مطار", "مطارا", "آلية", "آليات", "مدرعة", "مدرعات", "دبابة", "تمركزات", "تجمعات", "تحصينات", "كتيبة", "سرية", "بوابة",
        "سيارة", "سيارات", "حافلة", "حافلات", "منزل", "منزلا", "منازل", "قرية", "قرى", "بلدة", "مخيم", "مسجد", "كنيسة", "سوق",
        "فندق", "سجن", "سجنا", "مستوطنة", "مستوطنات", "المستوطنات", "منشأة", "منشآت", "مصفاة", "ميناء", "سفينة", "ناقلة",
        "جنود", "عناصر", "قوات", "مقاتلي", "مدنيين", "المدنيين", "مواطنين", "كمين", "محل", "محلا", "متجر", "متجرا",
    ])
    /// Targets that are civilians or their places: gunmen on them is an attack, not a clash.
    static let civilianTargets = WordSet([
        "مدنيين", "المدنيين", "مواطنين", "حافلة", "حافلات", "منزل", "منزلا", "منازل", "قرية", "قرى", "مسجد", "كنيسة", "سوق",
        "فندق", "مخيم", "عائلة", "أسرة", "محل", "محلا", "متجر", "متجرا", "مصلين", "ركاب", "حفل", "عرس", "مزارعين", "رعاة",
    ])
    /// Words that may stand between a verb and its armed subject ("هاجم عناصر من تنظيم …").
    static let subjectFillers = WordSet(["قوات", "وحدات", "عناصر", "مسلحو", "مقاتلو", "من", "مجموعة", "مجموعات", "مسلحة", "مجهولون",
                                         "مجهولين", "ينتمون", "إلى", "تابعون", "يتبعون", "مقاتلون", "عشرات", "مئات"])

    /// Whether the verb cue `m` stands in the sentence `a` (see the type's comment).
    static func stands(_ a: SentenceAnalysis, _ t: [ArabicToken], _ m: PhraseMatch<EventKind>, hasCasualty: Bool) -> Bool {
        guard let verb = lexicon.match(t, at: m.start)?.payload else { return false }
        let weaponSubject = a.weapons.contains { w in
            strikingWeapons.contains(w.kind) && !w.isSeized
                && ((m.end..<min(t.count, m.end + 3)).contains(w.start) || (max(0, m.start - 3)..<m.start).contains(w.start))
        }
        // "ضربت أربعة صواريخ"، "صاروخ ضرب": the weapon right beside the verb (a figure between at most)
        let adjacentWeapon = a.weapons.contains { w in
            strikingWeapons.contains(w.kind) && !w.isSeized && !w.isStrikeNoun && (w.start == m.end || w.start == m.end + 1 || w.start == m.start - 1)
        }
        // "أمطرت … المستوطنات بالصواريخ"، "ضربوا الموقع بقذائف الهاون": the weapon as the verb's instrument
        let instrument = a.weapons.contains { w in
            strikingWeapons.contains(w.kind) && !w.isSeized && (m.end..<min(t.count, m.end + 5)).contains(w.start)
                && t[w.start].original.hasBytePrefix("ب")
        }
        let armedSubject = hasArmedNoun(t, m) || a.actors.contains { act in
            if act.start >= m.end {
                return act.start < m.end + 3 && (m.end..<act.start).allSatisfy { subjectFillers.contains(t[$0]) }
            }
            // noun first: "مسلحون يهاجمون …"، "مسلحون مجهولون هاجموا …"
            return act.end <= m.start && act.end >= m.start - 1
        }
        // "هاجمت مسيرتان قاعدة …": a bare "مسيرة" (also a march) as the subject, with a target
        let droneSubject = hasDroneSubject(t, m)
        let weaponAny = a.weapons.contains { !$0.isSeized && $0.kind != .unknown }
        let target = (m.end..<min(t.count, m.end + 7)).contains { targets.contains(t[$0]) }
        switch verb {
        case .strike: return weaponSubject || droneSubject && target || armedSubject && (target || weaponAny || hasCasualty)
        case .hit: return adjacentWeapon || instrument || armedSubject && (a.weapons.contains { strikingWeapons.contains($0.kind) } || target && hasCasualty)
        // gunmen storming a post: "اقتحم مسلحون مركزا للشرطة" (a state's raid needs a weapon or a toll: arrests are no event)
        case .raid: return armedSubject && (weaponAny || hasCasualty) || nonStateSubject(a, t, m) && (m.end..<min(t.count, m.end + 4)).contains { stormedPosts.contains(t[$0]) }
        case .ambush: return hasCasualty
        }
    }

    /// Armed doers no actor lexicon names: "ملثمون"، "مهاجمون"، "متشددون".
    static let armedNouns = WordSet(["ملثمون", "ملثمين", "مسلح", "مسلحان", "مسلحين", "مهاجمون", "مهاجمين", "إرهابيون", "إرهابيين",
                                     "متشددون", "متشددين", "جهاديون", "جهاديين", "مقاتلون", "مسلحو"])

    /// An armed noun right beside the verb: after it (verb first) or before it (noun first).
    static func hasArmedNoun(_ t: [ArabicToken], _ m: PhraseMatch<EventKind>) -> Bool {
        (m.end < t.count && armedNouns.contains(t[m.end])) || (m.start > 0 && armedNouns.contains(t[m.start - 1]))
    }

    /// A non-state armed group (or an armed noun) as the verb's subject.
    static func nonStateSubject(_ a: SentenceAnalysis, _ t: [ArabicToken], _ m: PhraseMatch<EventKind>) -> Bool {
        hasArmedNoun(t, m) || a.actors.contains { $0.kind == .nonState && ($0.start == m.end || $0.end == m.start) }
    }

    static let droneWords = WordSet(["مسيرة", "مسيرتان", "مسيرتين", "مسيرات", "المسيرة", "المسيرات", "درون", "درونز"])

    /// A bare drone word right after the verb or right before it ("هاجمت مسيرات"، "مسيرة تهاجم").
    static func hasDroneSubject(_ t: [ArabicToken], _ m: PhraseMatch<EventKind>) -> Bool {
        (m.end < t.count && droneWords.contains(t[m.end])) || (m.start > 0 && droneWords.contains(t[m.start - 1]))
    }

    /// The lead's verb of attack has a drone for subject: an air or drone strike.
    static func dronesAttack(_ a: SentenceAnalysis) -> Bool {
        a.events.contains { $0.payload == .assault && hasDroneSubject(a.sentence.tokens, $0) }
    }

    /// Cheap test, before a sentence is analysed, that one of its verbs of attack could stand:
    /// an actor, weapon, armed noun, drone word or bare kind word ("التنظيم") starts near it,
    /// or it is the noun "كمين". A sentence whose only cues are such verbs and fails this is not
    /// analysed further (a word of politics or sport costs no weapon, toll or actor scan).
    static func mayStand(_ t: [ArabicToken], _ events: [PhraseMatch<EventKind>], actors: ActorLexicon) -> Bool {
        events.contains { m in
            if lexicon.match(t, at: m.start)?.payload == .ambush { return true }
            let window = max(0, m.start - 6)..<min(t.count, m.end + 5)
            if ActorBackReference.hasKindWord(Array(t[window])) { return true }
            return window.contains { k in
                armedNouns.contains(t[k]) || droneWords.contains(t[k]) || actors.actors.match(t, at: k) != nil
                    || WeaponRules.nouns.match(t, at: k) != nil
            }
        }
    }

    /// Gunmen on people or their homes (no weapon that strikes from afar): an attack on civilians.
    static func targetsCivilians(_ a: SentenceAnalysis) -> Bool {
        let t = a.sentence.tokens
        guard !a.weapons.contains(where: { strikingWeapons.contains($0.kind) }) else { return false }
        return a.events.contains { m in
            m.payload == .assault && (m.end..<min(t.count, m.end + 7)).contains { civilianTargets.contains(t[$0]) }
                && !(m.end..<min(t.count, m.end + 7)).contains { militaryTargets.contains(t[$0]) }
        }
    }

    static let militaryTargets = WordSet(["نقطة", "حاجز", "حاجزا", "قاعدة", "ثكنة", "معسكر", "معسكرا", "دورية", "رتل", "رتلا", "مخفر",
                                          "مخفرا", "جنود", "عناصر", "قوات", "كتيبة"])
    /// Posts and units only arms attack: "الهجوم على حاجز للجيش" is an act where "الهجوم على الحكومة" is speech.
    static let posts = WordSet(["نقطة", "نقطتي", "حاجز", "حاجزا", "حواجز", "ثكنة", "معسكر", "معسكرا", "دورية", "رتل", "رتلا", "مخفر",
                                "مخفرا", "كتيبة", "قاعدة", "قافلة", "مدرعة", "آلية"])

    static let against = WordSet(["على", "ضد"])

    /// What gunmen storm: posts, and police stations and headquarters.
    static let stormedPosts = WordSet(["نقطة", "حاجز", "حاجزا", "ثكنة", "معسكر", "معسكرا", "مخفر", "مخفرا", "قاعدة", "مركز", "مركزا",
                                       "مقر", "مقرا", "سجن", "سجنا"])

    static let underwent = WordSet(["تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضا", "تعرضتا"])

    /// A generic attack noun aimed at a post or unit: "الهجوم على حاجز"، "هجوم مسلحين على نقطة"، "هجوم
    /// لداعش ضد دورية"، and the passive "تعرضت نقطة تفتيش لهجوم": corroborated.
    static func aimsAtPost(_ t: [ArabicToken], _ m: PhraseMatch<EventKind>) -> Bool {
        guard m.payload == .genericAttack else { return false }
        for k in m.end..<max(m.end, min(t.count - 1, m.end + 3)) where against.contains(t[k]) { return posts.contains(t[k + 1]) }
        // "تعرضت نقطة تفتيش للجيش لهجوم": the post the subject of "underwent", a few words before
        for k in max(0, m.start - 5)..<m.start where underwent.contains(t[k]) {
            return k + 1 < m.start && posts.contains(t[k + 1])
        }
        return false
    }
}
