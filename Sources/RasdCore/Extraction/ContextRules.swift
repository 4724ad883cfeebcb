/// Why a sentence's event words do not report a new incident.
public enum SentenceContext: String, Sendable, Codable {
    case sports, space, court, condemnation, anniversary, missileTest, exercise, accident, culture, protest, threat
    /// Attacks on computers ("هجمات إلكترونية"), not on people or places.
    case cyber
    /// The act did not happen: a false alarm, a retracted report.
    case falseAlarm
    /// Talk about an act rather than the act: discussions, allegations, evidence, false alarms.
    case discussion
}

/// Hard negatives: words that turn "هجوم" into football, "صاروخ" into a space launch, an attack
/// into a trial, a condemnation or an anniversary. A sentence carrying them reports no incident.
public enum ContextRules {
    static let lexicon = PhraseLexicon<SentenceContext>([
        ("مباراة", .sports), ("المباراة", .sports), ("الدوري", .sports), ("المنتخب", .sports), ("لاعب", .sports),
        ("اللاعب", .sports), ("لاعبي", .sports), ("المدرب", .sports), ("مدرب", .sports), ("الشوط", .sports),
        ("ركلة", .sports), ("سجل هدفا", .sports), ("أحرز هدفا", .sports), ("هدفا قاتلا", .sports), ("هدف الفوز", .sports), ("هدف التعادل", .sports), ("المرمى", .sports), ("حارس", .sports),
        ("كأس العالم", .sports), ("بطولة", .sports), ("البطولة", .sports), ("الملعب", .sports),
        ("نادي", .sports), ("النادي", .sports), ("مونديال", .sports), ("المونديال", .sports),
        ("الفضاء", .space), ("فضائي", .space), ("فضائية", .space), ("سبيس إكس", .space), ("ناسا", .space),
        ("قمر صناعي", .space), ("أقمار صناعية", .space), ("مركبة فضائية", .space), ("المدار", .space), ("مدار", .space),
        ("محاكمة", .court), ("المحكمة", .court), ("محكمة", .court), ("حكم بالإعدام", .court), ("بالسجن", .court),
        ("النيابة", .court), ("قاضي", .court), ("القاضي", .court),
        ("أدان", .condemnation), ("أدانت", .condemnation), ("ندد", .condemnation), ("نددت", .condemnation),
        ("استنكر", .condemnation), ("استنكرت", .condemnation), ("شجب", .condemnation), ("شجبت", .condemnation),
        ("إدانة", .condemnation), ("يدين", .condemnation), ("تدين", .condemnation),
        ("ذكرى", .anniversary), ("الذكرى", .anniversary), ("ذكراه", .anniversary),
        ("تجربة صاروخية", .missileTest), ("تجارب صاروخية", .missileTest), ("اختبار صاروخ", .missileTest),
        ("تجربة إطلاق", .missileTest), ("البرنامج الصاروخي", .missileTest), ("برنامج الصواريخ", .missileTest),
        ("منظومة", .missileTest), ("منظومات", .missileTest), ("صفقة", .missileTest),
        ("مناورات", .exercise), ("تدريبات عسكرية", .exercise), ("تمرين", .exercise),
        ("حادث سير", .accident), ("حادث مروري", .accident), ("غرق", .accident), ("زلزال", .accident),
        ("فيضانات", .accident), ("حريق", .accident), ("تدافع", .accident), ("انهيار", .accident),
        ("فيلم", .culture), ("الفيلم", .culture), ("مسلسل", .culture), ("رواية", .culture), ("لعبة", .culture),
        ("مهرجان", .culture), ("فنان", .culture), ("الفنان", .culture),
        ("شغب", .protest), ("مثيري الشغب", .protest), ("متظاهرين", .protest), ("المتظاهرين", .protest), ("متظاهرون", .protest), ("احتجاجات", .protest),
        ("مسيرة العودة", .protest), ("مسيرات العودة", .protest), ("مظاهرة", .protest), ("تظاهرة", .protest),
        ("تهديد", .threat), ("تهديدات", .threat), ("بتوجيه ضربة", .threat),
        ("بيان نعي", .discussion), ("نعت", .discussion), ("مجلس الأمن", .discussion), ("مجلس الأمن الدولي", .discussion),
        ("تقارير تحدثت", .discussion), ("تقارير عن", .discussion), ("تقارير حول", .discussion), ("نفى صحة", .discussion),
        ("استعرض", .discussion), ("استعرضت", .discussion), ("يستعرض", .discussion), ("بقايا", .discussion),
        ("مناقشة", .discussion), ("ناقش", .discussion), ("مزاعم", .discussion), ("اتهامات", .discussion), ("ادعاءات", .discussion), ("أدلة", .discussion),
        ("إنذار خاطئ", .falseAlarm), ("إنذارا خاطئا", .falseAlarm), ("الإنذار الخاطئ", .falseAlarm),
        ("إنذار كاذب", .falseAlarm), ("إنذارا كاذبا", .falseAlarm), ("لم يكن هناك أي اعتداء", .falseAlarm),
        ("لم يكن هناك أي هجوم", .falseAlarm), ("مسرحية", .discussion),
        ("هجمات إلكترونية", .cyber), ("هجوم إلكتروني", .cyber), ("هجوما إلكترونيا", .cyber), ("هجمات سيبرانية", .cyber),
        ("هجوم سيبراني", .cyber), ("هجوما سيبرانيا", .cyber), ("الهجمات الإلكترونية", .cyber), ("الهجوم الإلكتروني", .cyber),
        ("الهجمات السيبرانية", .cyber), ("الهجوم السيبراني", .cyber), ("قرصنة", .cyber), ("القرصنة", .cyber), ("قراصنة", .cyber),
        ("هدد", .threat), ("توعد", .threat), ("يهدد", .threat), ("تهدد", .threat), ("سيرد", .threat),
        // a fight of words, votes or money ("معركة قانونية"، "الحرب التجارية") is no battle
        ("معركة قانونية", .discussion), ("معركة قضائية", .discussion), ("معركة سياسية", .discussion),
        ("معركة انتخابية", .discussion), ("المعركة الانتخابية", .discussion), ("معركة دبلوماسية", .discussion),
        ("معركة اقتصادية", .discussion), ("معركة تجارية", .discussion), ("معركة إعلامية", .discussion),
        ("حرب تجارية", .discussion), ("الحرب التجارية", .discussion), ("حرب اقتصادية", .discussion),
        ("الحرب الاقتصادية", .discussion), ("حرب كلامية", .discussion), ("حرب إعلامية", .discussion),
    ])

    /// Contexts found in a sentence.
    public static func contexts(_ t: [ArabicToken]) -> [SentenceContext] {
        let ms = lexicon.matches(in: t)
        let found = ms.filter { m in !(m.payload == .missileTest && isSystemInAction(t, at: m.start)) }.map(\.payload)
        return isDisputeOver(t) ? found + [.discussion] : found
    }

    static let battleNouns = WordSet(["معركة", "معارك", "حرب", "الحرب", "المعركة"])
    static let over = WordSet(["بشأن", "حول"])
    static let disputeObjects = WordSet(["الاتفاق", "اتفاق", "قرار", "القرار", "العقوبات", "عقوبات", "الرسوم", "رسوم",
                                         "الضرائب", "قانون", "القانون", "الميزانية", "الأسعار", "الحقوق", "حقوق"])

    /// "معركة عبر المحيط الأطلسي بشأن الاتفاق النووي": a battle over an agreement, a law or sanctions
    /// is a dispute. (A battle "حول المطار" is fought around a place, so the object must be a matter.)
    static func isDisputeOver(_ t: [ArabicToken]) -> Bool {
        t.indices.contains { i in
            // "بشأن/حول" within six words after the battle noun, with the matter right after it
            battleNouns.contains(t[i]) && ((i + 1)..<max(i + 1, min(t.count - 1, i + 7))).contains { j in
                over.contains(t[j]) && disputeObjects.contains(t[j + 1])
            }
        }
    }

    static let systemWords = WordSet(["منظومة", "منظومات"])
    /// Strike verbs whose object a defence system can be.
    static let systemStrikes = WordSet(["استهدف", "استهدفت", "استهداف", "قصف", "قصفت", "ضربت", "ضرب", "مستهدفة", "دمرت", "تدمير"])

    /// "قصف استهدف منظومة صواريخ إيرانية": a defence system struck is the target of today's act,
    /// not a missile test or an arms deal. (One that intercepts is left to the interception rules.)
    static func isSystemInAction(_ t: [ArabicToken], at i: Int) -> Bool {
        guard systemWords.contains(t[i]) else { return false }
        return (max(0, i - 3)..<i).contains { systemStrikes.contains(t[$0]) }
    }
}

/// Why a sentence tells of a past event rather than this story's news.
public enum BackgroundRules {
    static let cues = PhraseLexicon<String>([
        ("الشهر الماضي", "last_month"), ("العام الماضي", "last_year"), ("السنة الماضية", "last_year"),
        ("الأسبوع الماضي", "last_week"), ("الأشهر الماضية", "past_months"), ("الأشهر الأخيرة", "past_months"),
        ("السنوات الماضية", "past_years"), ("الأعوام الماضية", "past_years"), ("سبق أن", "previously"), ("ليست المرة الأولى", "not_first"), ("ليست هذه المرة الأولى", "not_first"),
        ("ليس للمرة الأولى", "not_first"), ("ليست المرة الأولى التي", "not_first"),
        ("سبق وأن", "previously"), ("سبق و", "previously"), ("منذ ذلك الحين", "since"), ("منذ بداية", "since"),
        ("منذ اندلاع", "since"), ("منذ عام", "since"), ("منذ سنوات", "since"), ("منذ أشهر", "since"), ("منذ سنة", "since"),
        // a campaign running "for a week" and its toll: not one new act
        ("منذ أسبوع", "since"), ("منذ أسبوعين", "since"), ("منذ أسابيع", "since"), ("منذ شهر", "since"), ("منذ شهرين", "since"),
        ("في الذكرى", "anniversary"), ("ذكرى", "anniversary"), ("الذكرى", "anniversary"), ("على مدى", "period"), ("طوال سنوات", "period"), ("طيلة سنوات", "period"),
        ("خلال العام", "period"), ("خلال الأشهر", "period"), ("في وقت سابق من هذا الشهر", "earlier_month"),
        ("في وقت سابق من الشهر", "earlier_month"), ("في وقت سابق من العام", "earlier_year"), ("مطلع الشهر", "earlier_month"),
        ("أواخر", "period"), ("أوائل", "period"), ("مطلع العام", "earlier_year"), ("منتصف الشهر", "earlier_month"),
    ])
    static let comparisons = PhraseLexicon<Bool>([("مماثلة", true), ("مماثل", true), ("مماثلا", true)])
    static let pluperfect = PhraseLexicon<Bool>([("كان قد", true), ("كانت قد", true), ("كانوا قد", true), ("كانا قد", true),
                                                 ("قد", true)])
    static let lastWords = WordSet(["الماضي", "المنصرم", "الفائت"])
    static let spansAgo = WordSet(["أيام", "يومين", "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر"])

    /// "قبل أيام"، "قبل أسبوعين": a span back from today.
    static func daysAgo(_ t: [ArabicToken]) -> Bool {
        t.indices.contains { i in i + 1 < t.count && t[i].matches("قبل") && spansAgo.containsExact(t[i + 1]) }
    }
    static let kana = WordSet(["كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا"])

    /// "وخلال الأسابيع الماضية، استهدفت إسرائيل مرات عدة مواقع …": a span of past weeks that opens
    /// the sentence frames all of it as a recap. (Later in the sentence it may only qualify a
    /// detail: "مواقع لإعداد بالونات حارقة أطلقت خلال الأسابيع الماضية".)
    static let leadCues = PhraseLexicon<String>([("خلال الأسابيع الماضية", "past_weeks"), ("خلال الأسابيع الأخيرة", "past_weeks"),
                                                 ("في الأسابيع الماضية", "past_weeks"), ("في الأسابيع الأخيرة", "past_weeks")])
    static let habitualAdverbs = WordSet(["عادة", "غالبا", "دائما", "كثيرا"])
    /// "وعادة ما تنفذ تركيا ضربات جوية …"، "وغالبا ما يستهدف التنظيم …": a sentence that opens with
    /// "how often" tells what a party habitually does, no one act. (Further in, "في شارع غالبا ما
    /// يكون مكتظا" describes a place, not the act.)
    static func isHabitualLead(_ t: [ArabicToken]) -> Bool {
        guard t.count > 2 else { return false }
        return (0...1).contains { i in habitualAdverbs.contains(t[i]) && t[i + 1].norm == "ما" }
    }

    /// A reason this sentence is background, or nil. `dates` are the sentence's resolved dates.
    /// `eventCues`: the extractor's cues (shipped plus a user overlay's).
    public static func reason(_ t: [ArabicToken], dates: [DateMention], publication pub: CivilTime,
                              eventCues: PhraseLexicon<EventKind> = EventLexicon.cues) -> String? {
        if let d = dates.first(where: { $0.basis == .explicit }), d.daysBefore > 6 { return "explicit_date_past" }
        if let m = cues.matches(in: t).first { return m.payload }
        if isHabitualLead(t) { return "habitual" }
        if let m = leadCues.matches(in: t).first, m.start <= 2 { return m.payload }
        if !dates.isEmpty && dates.allSatisfy({ $0.daysBefore <= 6 }) { return nil }
        // "في يناير" / "في كانون الثاني" without a day: a month other than this one is background.
        // … also a few words on: "في نهاية نيسان"، "في التاسع من نيسان".
        for i in t.indices where i > 0 && (max(0, i - 3)..<i).contains(where: { t[$0].matches("في") }) {
            var mo: Int? = nil
            for f in t[i].forms { if let m = ArabicCalendarNames.month(f) { mo = m; break } }
            if mo == nil, i + 1 < t.count, let m = ArabicCalendarNames.month(t[i].norm + " " + t[i + 1].norm) { mo = m }
            if let m = mo, m != pub.month { return "month_past" }
        }
        // "معركة صنعاء … مطلع كانون الأول/ديسمبر الماضي": an act in a named month said to be past.
        for i in t.indices where i + 1 < t.count && lastWords.contains(t[i + 1]) && eventCues.occurs(in: t) {
            if t[i].forms.contains(where: { ArabicCalendarNames.month($0) != nil }) { return "month_past" }
            if i > 0, ArabicCalendarNames.month(t[i - 1].norm + " " + t[i].norm) != nil { return "month_past" }
        }
        // A past year: "عام 2014", "في 2017".
        for i in t.indices {
            if let y = t[i].digits, y > 1950, y < pub.year, i > 0, t[i - 1].matches("عام") || t[i - 1].matches("في") || t[i - 1].matches("سنة") {
                return "year_past"
            }
            // "وفي أبريل/نيسان 2017، قتل 80 شخصا": a month of a past year
            if let y = t[i].digits, y > 1950, y < pub.year, i > 0, t[i - 1].forms.contains(where: { ArabicCalendarNames.month($0) != nil }) {
                return "year_past"
            }
        }
        // Pluperfect "وكان ... قد" without a recent day named.
        if let f = t.first, kana.contains(f) || (t.count > 1 && kana.contains(t[1])) {
            if t.prefix(6).contains(where: { $0.norm == "قد" }) && dates.isEmpty { return "pluperfect" }
            // "وكانت مواجهات مسلحة دارت قبل أيام وأدت إلى …": a past tense opening dated days back
            if daysAgo(t) { return "pluperfect" }
        }
        // "غارة مماثلة" with no day of this week: an earlier act the story compares this one with
        if comparisons.occurs(in: t) { return "similar" }
        return nil
    }
}
