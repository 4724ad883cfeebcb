/// One statement about the dead or the wounded in a sentence.
public struct CasualtyMention: Sendable, Equatable {
    public enum Who: Sendable { case killed, injured }
    public var who: Who
    public var count: Count
    public var start: Int
    /// More dead or wounded besides the statement of this kind before it in the sentence
    /// ("و2 في خان يونس"، "إضافة إلى تسعة"، "2 آخرين"); `folded` adds it to that one.
    public var adds: Bool = false
}

/// Killed and injured as wire copy states them: verbal nouns with the figure after them
/// ("مقتل 12"، "إصابة 4 من جنوده"، "قتل فلسطيني"), plural nouns with the figure before
/// ("3 قتلى"، "12 قتيلا"), duals ("قتيلان"), vague tolls ("قتلى وجرحى"، "العشرات"), and negations
/// whose scope says who was spared ("دون أن تسبب إصابات" → both none; "دون وقوع قتلى" → killed none).
public enum CasualtyRules {
    enum Form: Sendable { case verbal, nominal, dual, singular, toll }
    static let cues = PhraseLexicon<(CasualtyMention.Who, Form)>([
        ("مقتل", (.killed, .verbal)), ("قتل", (.killed, .verbal)), ("قتلت", (.killed, .verbal)), ("قتلوا", (.killed, .verbal)),
        ("استشهاد", (.killed, .verbal)), ("استشهد", (.killed, .verbal)), ("مصرع", (.killed, .verbal)), ("لقي", (.killed, .verbal)),
        ("لقوا", (.killed, .verbal)), ("وفاة", (.killed, .verbal)), ("أودى بحياة", (.killed, .verbal)), ("أودت بحياة", (.killed, .verbal)),
        ("بحياة", (.killed, .verbal)), ("قضى", (.killed, .verbal)), ("مقتلهم", (.killed, .verbal)), ("توفي", (.killed, .verbal)),
        ("قتلى", (.killed, .nominal)), ("قتيلا", (.killed, .nominal)), ("قتيل", (.killed, .singular)), ("القتيل", (.killed, .singular)),
        ("الشهيد", (.killed, .singular)), ("الجريح", (.injured, .singular)), ("شهداء", (.killed, .nominal)),
        ("شهيدا", (.killed, .nominal)), ("ضحايا", (.killed, .nominal)), ("ضحية", (.killed, .nominal)), ("القتلى", (.killed, .nominal)),
        ("جثث", (.killed, .nominal)), ("جثة", (.killed, .nominal)), ("الضحايا", (.killed, .nominal)),
        ("قتيلان", (.killed, .dual)), ("قتيلين", (.killed, .dual)), ("قتلتا", (.killed, .dual)), ("استشهدتا", (.killed, .dual)), ("شهيدين", (.killed, .dual)), ("شهيدان", (.killed, .dual)),
        ("إصابة", (.injured, .verbal)), ("أصيب", (.injured, .verbal)), ("أصيبوا", (.injured, .verbal)), ("أصيبت", (.injured, .verbal)),
        ("جرح", (.injured, .verbal)), ("جرحت", (.injured, .verbal)), ("إصابات", (.injured, .nominal)),
        ("جرحى", (.injured, .nominal)), ("جريحا", (.injured, .nominal)), ("جريح", (.injured, .singular)), ("مصابين", (.injured, .nominal)),
        ("مصابا", (.injured, .nominal)), ("الجرحى", (.injured, .nominal)), ("المصابين", (.injured, .nominal)),
        ("جريحان", (.injured, .dual)), ("جريحين", (.injured, .dual)), ("مصابان", (.injured, .dual)),
        ("مصابين اثنين", (.injured, .dual)), ("جرحوا", (.injured, .verbal)), ("أصيبا", (.injured, .verbal)),
        ("قتلا", (.killed, .verbal)), ("استشهدوا", (.killed, .verbal)), ("استشهدا", (.killed, .verbal)),
        ("جثمان", (.killed, .singular)), ("جثماني", (.killed, .dual)), ("جثمانين", (.killed, .dual)), ("جثامين", (.killed, .nominal)),
        ("جثتي", (.killed, .dual)), ("جثتين", (.killed, .dual)), ("جثتان", (.killed, .dual)),
        ("حصيلة", (.killed, .toll)),
        ("راح ضحيته", (.killed, .verbal)), ("راح ضحيتها", (.killed, .verbal)), ("ذهب ضحيته", (.killed, .verbal)),
        ("ذهب ضحيتها", (.killed, .verbal)), ("أعدم", (.killed, .verbal)), ("أعدمت", (.killed, .verbal)),
        ("اغتيال", (.killed, .verbal)), ("اغتيل", (.killed, .verbal)), ("اغتالت", (.killed, .verbal)), ("اغتال", (.killed, .verbal)),
        ("تصفية", (.killed, .verbal)), ("القضاء على", (.killed, .verbal)), ("فقد حياته", (.killed, .verbal)),
        ("فقدوا حياتهم", (.killed, .verbal)), ("حتفهم", (.killed, .verbal)), ("حتفه", (.killed, .verbal)),
        ("ارتقاء", (.killed, .verbal)), ("ارتقى", (.killed, .verbal)), ("قضوا", (.killed, .verbal)), ("توفيت", (.killed, .verbal)),
        ("لقيت", (.killed, .verbal)), ("هلاك", (.killed, .verbal)), ("ماتوا", (.killed, .verbal)),
        ("قتيلة", (.killed, .singular)), ("قاتلا", (.killed, .verbal)), ("مصابون", (.injured, .nominal)), ("شهيدة", (.killed, .singular)), ("جريحة", (.injured, .singular)),
        ("مصاب", (.injured, .singular)), ("مصابة", (.injured, .singular)),
        // "نحو 30 شخصا تعرضوا لإصابات": the subject, then the verb of suffering wounds
        ("حصد أرواح", (.killed, .verbal)), ("حصدت أرواح", (.killed, .verbal)), ("أودى بأرواح", (.killed, .verbal)),
        ("أودت بأرواح", (.killed, .verbal)), ("أزهق أرواح", (.killed, .verbal)), ("أزهقت أرواح", (.killed, .verbal)),
        ("تعرضوا لإصابات", (.injured, .verbal)), ("تعرضوا لجروح", (.injured, .verbal)), ("تعرضا لإصابات", (.injured, .verbal)),
        ("تعرضوا للإصابة", (.injured, .verbal)), ("تعرضوا لإصابة", (.injured, .verbal)),
    ])
    /// Person nouns after a verbal cue: singular = 1, dual = 2.
    static let persons = PhraseLexicon<Int>([
        ("شخص", 1), ("شاب", 1), ("طفل", 1), ("طفلة", 1), ("امرأة", 1), ("شابة", 1), ("فتاة", 1), ("سيدة", 1), ("مواطنة", 1),
        ("مسنة", 1), ("صحفية", 1), ("مسعفة", 1), ("ممرضة", 1), ("طالبة", 1), ("رجل", 1), ("جندي", 1), ("عنصر", 1), ("مدني", 1),
        ("فلسطيني", 1), ("مواطن", 1), ("ضابط", 1), ("شرطي", 1), ("مسلح", 1), ("مقاتل", 1), ("قيادي", 1), ("طالب", 1),
        ("سائق", 1), ("صياد", 1), ("مزارع", 1), ("عامل", 1), ("فتى", 1), ("مقيم", 1), ("قائد", 1), ("عقيد", 1),
        ("نقيب", 1), ("مسؤول", 1), ("زعيم", 1), ("صحفي", 1), ("مصور", 1), ("ناشط", 1), ("مسعف", 1), ("طبيب", 1),
        ("مستوطن", 1), ("إسرائيلي", 1), ("لاجئ", 1), ("راع", 1), ("معلم", 1), ("شيخ", 1),
        ("آخر", 1), ("آخران", 2), ("آخرين اثنين", 2), ("أخرى", 1), ("أخريان", 2), ("والده", 1), ("والدته", 1), ("والدها", 1), ("والدتها", 1), ("شقيقه", 1), ("شقيقها", 1), ("زوجته", 1), ("زوجها", 1),
        ("ابنه", 1), ("ابنها", 1), ("ابنته", 1), ("ابنتها", 1), ("طفله", 1), ("طفلها", 1),
        ("طفليه", 2), ("طفليها", 2), ("ابنيه", 2), ("ابنيها", 2), ("ولديه", 2), ("ولديها", 2), ("شقيقيه", 2), ("شقيقين", 2),
        ("شقيقان", 2), ("عنصران", 2), ("ضابطان", 2), ("شرطيان", 2), ("مدنيان", 2), ("مقاتلان", 2), ("فلسطينيان", 2),
        ("امرأتان", 2), ("رجلان", 2), ("رجلين", 2), ("صحفيان", 2), ("مواطنان", 2), ("سائقان", 2), ("طفلتان", 2), ("طفلتين", 2),
        ("شخصين", 2), ("شخصان", 2), ("شابين", 2), ("شابان", 2), ("طفلين", 2), ("طفلان", 2), ("جنديين", 2), ("جنديان", 2),
        ("ضابطين", 2), ("شرطيين", 2), ("امرأتين", 2), ("عنصرين", 2), ("مقاتلين اثنين", 2), ("شرطيتين", 2),
        ("قياديان", 2), ("قياديين", 2), ("قائدان", 2), ("قائدين", 2), ("زعيمان", 2), ("زعيمين", 2),
        ("طفلاها", 2), ("طفلاه", 2), ("ابناها", 2), ("ابناه", 2), ("مجند", 1), ("مجندان", 2), ("مقاتلة", 1), ("ثالث", 1), ("ثالثة", 1), ("رابع", 1), ("رابعة", 1), ("مسلحان", 2), ("أحدهم", 1), ("أحدهما", 1), ("إحداهن", 1),
    ])
    static let excludeBefore = WordSet(["بينهم", "منهم", "بينها", "بينهن", "منها", "اصل"])
    static let notAfterFigure = WordSet(["ساعة", "ساعات", "يوم", "أيام", "يوما", "عام", "أعوام", "سنوات", "سنة", "شهر", "أشهر",
                                     "كيلومتر", "كيلومترات", "كم", "متر", "مترا", "أمتار", "مرة", "مرات", "دقيقة", "دقائق",
                                     "ميل", "عاما", "شهرا", "بالمئة", "بالمائة", "غارة", "غارات", "صواريخ", "صاروخا", "قذائف", "هجمات",
                                     "مواقع", "هدفا", "اهداف", "المئة", "المائة"])
    static let subsetAfter = WordSet(["منهم", "منها", "منهن"])
    static let stopScan = WordSet(["في", "خلال", "منذ", "جراء", "اثر", "بعد", "عن", "قبل", "ب", "علي"])
    static let negators = WordSet(["دون", "بدون", "لم", "لا", "عدم", "ولا", "ولم", "بلا", "ليس", "ليست", "خلا", "يخلو", "تخلو"])
    static let resultVerbs = WordSet(["تسفر", "يسفر", "توقع", "يوقع", "تسبب", "يسبب", "تتسبب", "يتسبب", "تخلف", "يخلف", "تؤد", "يؤد"])
    static let unknownWords = WordSet(["يتضح", "تتضح", "يعرف", "تعرف", "ترد", "يرد", "تتوفر", "يتوفر", "معلومات", "أنباء", "يعلن",
                                   "تعلن", "يتسن", "تتوفر", "واضحا", "معروفا", "حصيلة", "الإعلان",
                                   // a source that did not say: "ولم يشر البيان إلى وقوع إصابات"
                                   "يذكر", "تذكر", "يشر", "تشر", "يوضح", "توضح", "يتحدث", "تتحدث",
                                   // "ولم يتم التأكد بعد من عدد المصابين": not confirmed is not known
                                   "التأكد", "يتأكد", "تتأكد", "تأكيد",
                                   // "ولم تحدد سانا عدد المصابين"، "لم تكشف السلطات إن كان الشرطي قد قتل"
                                   "تحدد", "يحدد", "تكشف", "يكشف",
                                   // "دون ذكر أي إصابات"، "دون الإشارة إلى وقوع خسائر"، "ولم يفد عن وقوع إصابات": not said
                                   "ذكر", "الإشارة", "إشارة", "يفد", "تفد",
                                   // "ولم يصدر بيان عن وقوع إصابات"، "لم يتبين بعد حجم الخسائر"، "ليس معروفا ما إذا"
                                   "يصدر", "تصدر", "يتبين", "تتبين", "معروفا", "معلوما", "يتطرق", "تتطرق"])
    enum Harm { case both, killed, injured }
    static let harms = PhraseLexicon<Harm>([
        ("إصابات", .both), ("خسائر بشرية", .both), ("ضحايا", .both), ("خسائر في الأرواح", .killed), ("إصابات بشرية", .both),
        ("قتلى", .killed), ("وفيات", .killed), ("جرحى", .injured), ("يصب أحد", .both), ("يصب أي", .both), ("خسائر", .both),
        ("أي إصابة", .both), ("أي إصابات", .both), ("أو إصابة", .both), ("إصابة أحد", .both), ("إصابة أي", .both),
        ("مصابون", .injured), ("مصابين", .injured), ("يصب", .both), ("يقتل أحد", .killed),
        ("يجرح أحد", .injured), ("يمت أحد", .killed), ("يصاب أحد", .both), ("يصاب أي", .both), ("يتأذ أحد", .both), ("يتأذى أحد", .both), ("أضرار بشرية", .both), ("خسائر بالأرواح", .killed),
        ("قتيل", .killed), ("قتيلا", .killed), ("جريح", .injured), ("جريحا", .injured), ("ضحية", .both), ("يقتل أو يصب أحد", .both), ("يقتل أو يجرح أحد", .both), ("أذى", .both), ("بأذى", .both), ("لأذى", .both),
    ])
    /// "أضرار مادية فقط"، "اقتصرت الأضرار على الماديات": only property was hit, so nobody was hurt.
    static let materialOnly = PhraseLexicon<Bool>([("أضرار مادية فقط", true), ("خسائر مادية فقط", true), ("اقتصرت الأضرار", true),
                                                   ("اقتصرت الخسائر", true), ("اقتصرت على الأضرار", true), ("اقتصرت على أضرار", true), ("أضرارا مادية فقط", true)])

    /// Casualty statements in one sentence, negations and "unknown" included; earlier events',
    /// campaigns' and wars' tolls left out.
    public static func mentions(_ t: [ArabicToken]) -> [CasualtyMention] {
        var out = statements(t)
        let earlier = EarlierEventClauses.markers(t)
        if !earlier.isEmpty { out = out.filter { !EarlierEventClauses.contains(t, at: $0.start, markers: earlier) } }
        if CumulativeTollRules.tellsCampaignAge(t) || EarlierTolls.opensDaysBack(t) { return [] }
        let totals = CumulativeTollRules.markers(t)
        if !totals.isEmpty { out = out.filter { !CumulativeTollRules.isCumulative(t, $0, markers: totals) } }
        if out.contains(where: { ($0.count.min ?? 0) >= 1000 }), CumulativeTollRules.tellsWarThousands(t) {
            out = out.filter { ($0.count.min ?? 0) < 1000 }
        }
        let wars = CumulativeTollRules.warSubjects(t)
        if !wars.isEmpty { out = out.filter { !CumulativeTollRules.isWarToll(t, at: $0.start, wars: wars) } }
        return markingAdditions(out, t) + continuingTolls(out, t)
    }

    /// Every casualty statement a sentence makes, whatever event or span it counts.
    static func statements(_ t: [ArabicToken]) -> [CasualtyMention] {
        var out: [CasualtyMention] = []
        var negated: [Range<Int>] = []
        // Negation and "unknown": negator then harm word within six words.
        for i in t.indices where negators.contains(t[i]) || denials.contains(t[i]) || opensWithout(t, at: i) || opensPendingCheck(t, at: i) {
            // "من غير أن يسفر"، "يجري التحقق من وقوع إصابات": negators in effect (CasualtyNegationOpeners)
            let pending = opensPendingCheck(t, at: i)
            let denial = !negators.contains(t[i]) && !pending && !opensWithout(t, at: i)
            var unknown = pending, reach = i + 7
            // "لم تسفر الغارات التي استهدفت المواقع عن وقوع إصابات": a result verb carries the negation over its subject
            if (i + 1..<min(t.count, i + 3)).contains(where: { resultVerbs.contains(t[$0]) }) { reach = i + 14 }
            scan: for j in (i + 1)..<min(t.count, i + 14) where j < reach {
                // "لم يتضح بعد ما إذا كان الانفجار أسفر عن سقوط قتلى": not knowing scopes the whole clause
                if Self.endsNegationScope(t, at: j, negator: i) { break scan }
                if unknownWords.contains(t[j]) { unknown = true; reach = i + 14 }
                if let h = harms.match(t, at: j) {
                    // "لم يكن بين الضحايا مقاتلون"، "لم تعرف أعمار الضحايا": who the victims were, not the toll
                    if Self.namesVictims(t, negator: i, harm: h.start) { break scan }
                    // "بما يضمن تحرير المدينة دون خسائر"، "حرصا على عدم وقوع إصابات": an aim, no toll at all
                    if Self.statesPurpose(t, negator: i) { negated.append(i..<h.end); break scan }
                    // "نفت الوزارة وقوع أي إصابات": a denial names the harm as an occurrence; "نفى … القتلى" denies something else
                    if denial && !Self.deniedOccurrence(t, harm: h.start) { break scan }
                    // "خسائر" alone after "أضرار" is about damage; keep it only when not material.
                    let status: Count.Status = (unknown && !Self.harmDidNotComeIn(t, negator: i, harm: h.start)) || Self.doubtsTheToll(t, negator: i, harm: h.start) ? .unknown : .none
                    let text = t.text(i..<h.end)
                    // "ولم يوقع إصابات لدى الجانب الفلسطيني": one side spared says nothing of the others
                    if Self.oneSide(t, after: h.end) || Self.sparesNamedSide(t, negator: i, harm: h.start, end: h.end) { negated.append(i..<h.end); break scan }
                    // "ولم يصب الحمد الله"، "الرئيس لم يصب بأذى": one person spared says nothing of the others
                    if Self.sparesOnePerson(t, negator: i, harm: h.start, end: h.end) { negated.append(i..<h.end); break scan }
                    // "ولم يقتل أو يصب أي فرنسي": "any" of one nationality spares only that side
                    if t[h.end - 1].matches("اي"), h.end < t.count, Self.isNisba(t[h.end]) { negated.append(i..<(h.end + 1)); break scan }
                    // "لم يسفر عن سقوط قتلى أو جرحى": the negation covers the harms joined to the first
                    let (payload, end) = Self.coordinatedHarms(t, h.payload, after: h.end)
                    let said = end == h.end ? text : t.text(i..<end)
                    switch payload {
                    case .both:
                        out.append(CasualtyMention(who: .killed, count: Count(status: status, text: said), start: i))
                        out.append(CasualtyMention(who: .injured, count: Count(status: status, text: said), start: i))
                    case .killed: out.append(CasualtyMention(who: .killed, count: Count(status: status, text: said), start: i))
                    case .injured: out.append(CasualtyMention(who: .injured, count: Count(status: status, text: said), start: i))
                    }
                    negated.append(i..<end)
                    break scan
                }
            }
            // "ولم تعرف بعد حصيلة الهجوم": a doubted toll with no harm word (status hook, CasualtyDoubtedToll)
            if unknown, !negated.contains(where: { $0.lowerBound == i }) {
                let bare = Self.doubtedBareToll(t, negator: i, reach: reach)
                if !bare.isEmpty { out += bare; negated.append(i..<min(t.count, reach)) }
            }
        }
        // "وعدد الضحايا غير معروف"، "ولا تزال حصيلة القتلى غير واضحة": the toll is not known
        for u in unknownAfterHarm(t) + unknownBareToll(t) where !negated.contains(where: { $0.overlaps(u.span) }) {
            out.append(contentsOf: u.mentions); negated.append(u.span)
        }
        for m in materialOnly.matches(in: t) {
            let c = Count(status: .none, text: t.text(m.start..<m.end))
            out.append(CasualtyMention(who: .killed, count: c, start: m.start))
            out.append(CasualtyMention(who: .injured, count: c, start: m.start))
        }
        for m in cues.matches(in: t) where !negated.contains(where: { $0.contains(m.start) }) {
            var (who, form) = m.payload
            if who == .injured && isHitOfTarget(t, at: m.start) { continue }
            if who == .killed && isAttempt(t, at: m.start) { continue }
            // "توعدت الفصائل بقتل الجنود"، "أدين بقتل": a harm intended or judged (status hook, CasualtyIntendedHarm)
            if isIntendedHarm(t, at: m.start) { continue }
            // "عائلات الضحايا"، "ضحايا الهجمات السابقة": victims of no toll here (CasualtyVictimMentions)
            if form == .nominal, victimsOfNoToll(t, start: m.start, end: m.end) { continue }
            // "لقي 16 شخصا حتفهم وأصيب 30": "حتفهم" completes the verb that read the toll, it starts no new one
            if completesMeetVerb(t, at: m.start) { continue }
            // "بإخلاء عدد من الجرحى … دون وقوع إصابات": beside the act's own word on its toll, the
            // wounded evacuated are an earlier act's
            if form == .nominal, CasualtyReferences.evacuated(t, at: m.start),
               out.contains(where: { $0.who == who && ($0.count.status == .none || $0.count.status == .unknown) }) { continue }
            // "وكان بين القتلى تسعة من عناصر الشرطة"، "أعمار القتلى": the dead already counted, named again;
            // they say there were dead (vague), never how many
            if form == .nominal, CasualtyReferences.refersBack(t, at: m.start) {
                out.append(CasualtyMention(who: who, count: Count(status: .vague, text: t.text(m.start..<m.end)), start: m.start))
                continue
            }
            // "لدينا أربعة ضحايا نقلوا إلى المستشفى مصابين بجروح": victims who are wounded
            if who == .killed, CasualtyReferences.woundedVictims(t, m) { who = .injured }
            switch form {
            case .singular:
                // "اعتقال شخص ثالث مصاب": the adjective "مصاب" counts only a person named right before it
                if CasualtyReferences.adjectives.contains(t[m.start]), !CasualtyReferences.personBefore(t, m.start) { continue }
                // "سقوط قتيل" / "القتيل": one, unless a figure stands before it ("20 قتيل")
                if (max(0, m.start - 2)..<m.start).contains(where: { t[$0].matches("بين") }) {
                    // "سقط 14 مسلحا بين قتيل وجريح": one figure for both, so neither is counted
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, text: t.text(m.start..<m.end)), start: m.start))
                } else if let n = WeaponRules.numberBefore(t, m.start), !excluded(t, n.start) {
                    out.append(CasualtyMention(who: who, count: count(n, t, from: n.start, to: m.end), start: n.start))
                } else {
                    // "سقوط قتيل على الأقل": one dead at least
                    out.append(CasualtyMention(who: who, count: Count(status: .reported, min: 1, max: atLeast(t, after: m.end) ? nil : 1,
                                                                      text: t.text(m.start..<m.end)), start: m.start))
                }
            case .dual:
                out.append(CasualtyMention(who: who, count: Count(status: .reported, min: 2, max: atLeast(t, after: m.end) ? nil : 2,
                                                                  text: t.text(m.start..<m.end)), start: m.start))
            case .toll:
                // "… لترتفع بذلك حصيلة القصف إلى 1517": the running total the day's toll joins
                let joined = (max(0, m.start - 3)..<m.start).contains { CumulativeTollRules.bringsTotal.contains(t[$0]) }
                if !joined, let c = tollFigure(t, after: m.end, reach: CasualtyTollUpdate.reach(t, head: m.start)) ?? tollFigure(t, reached: m) {
                    out.append(CasualtyMention(who: who, count: count(c, t, from: m.start), start: m.start))
                }
            case .verbal:
                if let text = killedOrWounded(t, m) {
                    // "40 عنصرا قتلوا أو أصيبوا"، "قتل أو جرح 40": one figure for either fate
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, text: text), start: m.start))
                } else if singleSubjectBefore(t, verb: m.start) {
                    // "بأن طفلا قتل وأصيب أربعة مدنيين": one person, the subject before its verb
                    let p = accusativePersons.contains(t[m.start - 1]) ? m.start - 1 : m.start - 2
                    out.append(CasualtyMention(who: who, count: Count(status: .reported, min: 1, max: 1, text: t.text(p..<m.end)), start: p))
                } else if let s = subjectBefore(t, verb: m.start) {
                    // "ثمانية مدنيين قتلوا"، "64 مدنيا على الأقل بينهم 13 طفلا قتلوا"
                    out.append(CasualtyMention(who: who, count: count(s, t, from: s.start, to: m.end), start: s.start))
                } else if m.start > 0, let prev = cues.match(t, at: m.start - 1), prev.end == m.start, prev.payload.0 != who,
                          let shared = out.last(where: { $0.start == prev.start && $0.who != who }), shared.count.status == .vague {
                    // the second half of "مقتل وإصابة 12 شخصا" shares the first half's vague reading
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, min: shared.count.min, text: shared.count.text), start: m.start))
                } else if m.end < t.count, var p = persons.match(t, at: m.end) {
                    // "مقتل امرأة وطفليها": people joined by و add up
                    var total = p.payload
                    // "قتل جنديان مصريان و8 مسلحين": the person's own adjective stands before the next group
                    p.end = afterAdjective(t, person: p)
                    while p.end < t.count, t[p.end].norm.hasBytePrefix("\u{0648}"), let q = persons.match(t, at: p.end) {
                        total += q.payload; p = q; p.end = afterAdjective(t, person: q)
                    }
                    // "قتلت امرأة وأطفالها الثلاثة": her children counted by a definite number word
                    if let f = CoordinatedPersons.family(t, at: p.end) { total += f.value; p.end = f.end }
                    // "وأصيب ضابط و3 مجندين": a counted group joined by و adds up too
                    if let n = joinedFigure(t, at: p.end) { total += n.value; p.end = n.end }
                    // "مقتل شخص واحد على الأقل"، "مقتل شخصين على الأقل": a floor, not an exact toll
                    let open = withOthers(t, after: p.end) || atLeast(t, after: p.end)
                    out.append(CasualtyMention(who: who, count: Count(status: .reported, min: total, max: open ? nil : total,
                                                                      text: t.text(m.start..<p.end)), start: m.start))
                } else if m.end < t.count, let other = cues.match(t, at: m.end), other.payload.0 != who {
                    // "مقتل وإصابة 20": one figure for both → vague for each
                    let n = figureAfter(t, other.end, limit: 2)
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, min: n?.vague == true ? n?.min : nil,
                                                                      text: t.text(m.start..<(n?.end ?? other.end))), start: m.start))
                } else if let c = figureAfter(t, m.end, limit: 3, groupCounted: out.contains { $0.who == who && $0.count.status == .reported })
                            ?? CasualtySubjects.figureAfterSubject(t, verb: m) {
                    var k = count(c, t, from: m.start)
                    // "قتل 16 طفلا وأربع نساء": a second counted group joined by و adds up
                    if k.status == .reported, let g = coordinatedGroup(t, after: c) {
                        k.min! += g.value; k.max = g.open ? nil : k.max.map { $0 + g.value }
                        k.text = t.text(m.start..<g.end)
                    }
                    if k.status == .reported, withOthers(t, after: c.end) { k.max = nil }
                    out.append(CasualtyMention(who: who, count: k, start: m.start))
                } else if !verbalNouns.contains(t[m.start]), let f = figureAfterFrontedPhrase(t, after: m.end) {
                    // "وقتل في الاعتداء 14 شخصا"، "قتل فيها فلسطينيان": the figure after a fronted phrase
                    out.append(CasualtyMention(who: who, count: frontedCount(f, t.text(m.start..<f.end)), start: m.start))
                } else if m.start > 0, t[m.start].norm.hasByteSuffix("وا"), let v = ArabicNumbers.phrase(t, at: m.start - 1), v.end == m.start {
                    // a plural verb after its subject: "عشرات أصيبوا"
                    out.append(CasualtyMention(who: who, count: count(v, t, from: m.start - 1, to: m.end), start: m.start - 1))
                } else if who == .injured, m.end < t.count, t[m.end].matches(prefix: "اخر") || t[m.end].matches(prefix: "بجروح") {
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, text: t.text(m.start..<(m.end + 1))), start: m.start))
                } else if dualByOneOfTwo(t, after: m.end) {
                    out.append(CasualtyMention(who: who, count: Count(status: .reported, min: 2, max: 2, text: t.text(m.start..<(m.end + 1))),
                                               start: m.start))
                } else if let end = unnumberedGroup(t, after: m.end) {
                    // "ومقتل كل من كانوا على متنها"، "مقتل عناصر من الأمن": dead without a figure
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, text: t.text(m.start..<end)), start: m.start))
                } else if who == .killed, titledCues.contains(t[m.start]), let title = titledPerson(t, after: m.end) {
                    // "مقتل الملا فضل الله، قائد حركة طالبان": a leader named by title is one dead
                    out.append(CasualtyMention(who: who, count: Count(status: .reported, min: 1, max: 1, text: t.text(m.start..<(title + 1))),
                                               start: m.start))
                }
            case .nominal:
                if jointToll(t, m) {
                    // "88 قتيلا وجريحا"، "ارتفع عدد القتلى والجرحى إلى 40": one figure for the dead and wounded together
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, text: t.text(m.start..<m.end)), start: m.start))
                } else if sharedBetween(t, after: m.end) {
                    // "خمسة ضحايا بين قتيل وجريح": the figure counts the dead and wounded together
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, text: t.text(m.start..<m.end)), start: m.start))
                } else if let n = WeaponRules.numberBefore(t, m.start), !excluded(t, n.start) {
                    out.append(CasualtyMention(who: who, count: count(n, t, from: n.start, to: m.end), start: n.start))
                } else if m.end + 1 < t.count, t[m.end].matches("الي") || t[m.end].matches("بلغ"), let c = figureAfter(t, m.end + 1, limit: 1) {
                    out.append(CasualtyMention(who: who, count: count(c, t, from: m.start), start: m.start))
                } else if let c = CasualtyTollUpdate.namedTollFigure(t, noun: m.start, end: m.end) {
                    // "عدد القتلى ارتفع إلى 9"، "حصيلة قتلى التفجير في كابول إلى 57 شخصا": the toll named, then its figure
                    out.append(CasualtyMention(who: who, count: count(c, t, from: m.start - 1), start: m.start - 1))
                } else if m.start > 0, let v = ArabicNumbers.phrase(t, at: m.start - 1), v.vague {
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, min: v.min, text: t.text((m.start - 1)..<m.end)), start: m.start))
                } else if m.start > 1, let o = cues.match(t, at: m.start - 1), o.end == m.start, o.payload.0 != who,
                          let v = ArabicNumbers.phrase(t, at: m.start - 2), v.vague, v.end == m.start - 1 {
                    // "عشرات القتلى والجرحى": one vague amount counts both
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, min: v.min, text: t.text((m.start - 2)..<m.end)), start: m.start))
                } else {
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, text: t.text(m.start..<m.end)), start: m.start))
                }
            }
        }
        // "أوقع الانفجار قتيلا": a singular accusative without a figure is one (status hook, CasualtySingularAccusative)
        out = singularAccusativeTolls(out, t)
        // "وفاة أحد الجرحى": the wounded who died are counted among the dead, the wounded left vague
        out = woundedWhoDied(out, t)
        // "الكثير من الإرهابيين قتلوا"، "مقتل عدد منهم"، "خسائر في الأرواح": vague tolls without a figure
        out += uncountedMentions(t, out, negated: negated)
        // "مما أسفر عن إصابته": the person just named, as a pronoun after a result verb
        out += pronounResultMentions(t, out, negated: negated)
        // "ونقل ثلاثة أشخاص إلى المستشفى": the wounded counted by where they were taken
        out += hospitalTransfers(t, out, negated: negated)
        // "وأصاب اثنين آخرين"، "وأصابوا العشرات": the wounded as the object of an active verb
        out += activeWoundings(t, out, negated: negated)
        // "قتلت القوات الإسرائيلية فلسطينيا": the person after the subject (status hook, CasualtyActiveKilling)
        out += activeVerbObjects(t, out, negated: negated)
        // "وتلقى ثلاثة مدنيين العلاج"، "500 شخص عولجوا": the wounded told by their treatment
        out += treatments(t, out, negated: negated)
        // "القيادي المكنى أبو طه لقي مصرعه": one death told by the idiom's pronoun
        out += singleDeaths(t, out, negated: negated)
        // "وفارق جندي الحياة": a death told as leaving life
        out += leftLife(t, out, negated: negated)
        // "وأصابوه بجروح": the wounded as an object pronoun
        out += woundedPronouns(t, out, negated: negated)
        // "و15 حالة وفاة"، "حالتي وفاة": tolls counted as cases
        out += cases(t, out, negated: negated)
        // "لقي القيادي مصرعه مع 6 آخرين"، "قتل مع 3 من مرافقيه": the one named and the others counted with him
        out = withCompanions(out, t)
        // "ثلاثة جنود أصيبوا بجروح خطيرة ورابعا بجروح طفيفة": one more, named by its ordinal
        for k in out.indices where out[k].count.status == .reported {
            guard let n = out[k].count.min, out[k].count.max == n else { continue }
            let from = out[k].start + 1, to = min(t.count, out[k].start + 12)
            if from < to, (from..<to).contains(where: { t[$0].norm.hasBytePrefix("\u{0648}") && Self.ordinals.match(t, at: $0)?.payload == n + 1 }) {
                out[k].count.max = n + 1; out[k].count.min = n + 1
            }
        }
        return out
    }

    static let accuracyWords = WordSet(["دقة", "بدقة", "ودقة", "لدقة", "نسبة", "بنسبة"])
    static let targetWords = WordSet(["هدف", "الهدف", "هدفه", "هدفها", "أهداف", "الأهداف", "أهدافه", "أهدافها", "أهدافا"])

    /// "دقة إصابة تبلغ مترا"، "إصابة الهدف": "إصابة" as the hit of a weapon on its target, not a wound.
    static func isHitOfTarget(_ t: [ArabicToken], at i: Int) -> Bool {
        (i > 0 && accuracyWords.contains(t[i - 1])) || (i + 1 < t.count && targetWords.contains(t[i + 1]))
    }

    /// "لم يصب"، "لم يصب بأذى": harm words that need a subject; without "أحد"/"أي" that subject is one person.
    static let personalHarm = WordSet(["يصب", "أذى", "بأذى", "لأذى"])
    static let anyone = WordSet(["أحد", "أي", "أحدا"])

    /// The negated harm is a bare "يصب"/"أذى" and no "أحد"/"أي" stands with it: one person was spared.
    static func sparesOnePerson(_ t: [ArabicToken], negator i: Int, harm h: Int, end: Int) -> Bool {
        guard end == h + 1, personalHarm.contains(t[h]) else { return false }
        // "إن أحدا لم يصب": "anyone" may stand before the negator too
        return !((max(0, i - 1))..<min(t.count, end + 3)).contains { anyone.contains(t[$0]) }
    }

    static let sideWords = WordSet(["لدى", "لدي", "صفوف", "الجانب", "جانب"])

    /// The negated harm is limited to one side: "لدى الجانب …"، "في صفوف …"، "من الجانب …".
    static func oneSide(_ t: [ArabicToken], after i: Int) -> Bool {
        (i..<min(t.count, i + 2)).contains { sideWords.contains(t[$0]) }
    }

    static let attemptWords = WordSet(["محاولة", "محاولات", "لمحاولة", "بمحاولة", "ومحاولة", "المحاولة"])

    /// "محاولة اغتيال ضابط": an attempt on a life kills no one.
    static func isAttempt(_ t: [ArabicToken], at i: Int) -> Bool {
        i > 0 && attemptWords.contains(t[i - 1])
    }

    static func excluded(_ t: [ArabicToken], _ i: Int) -> Bool {
        for k in max(0, i - 2)..<i where excludeBefore.contains(t[k]) { return true }
        return false
    }

    /// First number phrase starting within `limit` words after `i` that counts people.
    static func figureAfter(_ t: [ArabicToken], _ i: Int, limit: Int, groupCounted: Bool = true) -> NumberPhrase? {
        var j = i, limit = limit
        // "قتل خلال الأيام الماضية 39 شخصا"، "قتل خلال الـ24 ساعة الماضية 12": the span, then the figure
        if let e = CasualtySpans.recentSpanEnd(t, at: i) { limit += e - i; j = e }
        while j < min(t.count, i + limit) {
            if stopScan.contains(t[j]) || (j > i && cues.match(t, at: j) != nil) { return nil }
            if let n = ArabicNumbers.phrase(t, at: j) {
                if excluded(t, n.start) { return nil }
                if notPeople(t, n.end) { return nil }
                // "اثنان منهم" counts part of a group already counted
                if n.end < t.count, subsetAfter.contains(t[n.end]), groupCounted { return nil }
                // "عدة أشخاص": a vague amount counts people only with a people noun after it
                if n.vague && n.min == nil && !others.contains(t[n.start]) && !(n.end < t.count && peopleNouns.contains(t[n.end])) { return nil }
                return n
            }
            j += 1
        }
        return nil
    }

    /// True when the word after a figure says it counts something other than people
    /// ("5 صواريخ"، "3 أيام"، "40 في المئة").
    static func notPeople(_ t: [ArabicToken], _ i: Int) -> Bool {
        guard i < t.count else { return false }
        // as written: "العشرات بغارات" has a preposition, the raids are not what is counted
        if notAfterFigure.containsExact(t[i]) { return true }
        return i + 1 < t.count && t[i].matches("في") && percent.contains(t[i + 1])
    }

    static let relative = WordSet(["اللذين", "اللذان", "اللتين", "اللتان", "الذين"])
    static let demonstrative = WordSet(["تلك", "هذه", "هذا", "ذلك", "هؤلاء"])
    static let ordinals = PhraseLexicon<Int>([("ثانيا", 2), ("ثالثا", 3), ("رابعا", 4), ("خامسا", 5), ("سادسا", 6), ("سابعا", 7),
                                              ("ثامنا", 8), ("تاسعا", 9), ("عاشرا", 10)])
    static let percent = WordSet(["المئة", "المائة"])
    static let subjectVerbs = WordSet(["قتلوا", "قتلا", "لقوا", "أصيبوا", "أصيبا", "جرحوا", "استشهدوا", "استشهدا", "قضوا", "ماتوا",
                                       "تعرضوا", "تعرضا"])
    static let others = WordSet(["عدد", "عددا"])
    /// Plural people nouns that make a vague amount ("عدة"، "بضعة") a count of people.
    static let peopleNouns = WordSet(["أشخاص", "مدنيين", "جنود", "عناصر", "أطفال", "مواطنين", "فلسطينيين", "آخرين", "آخرون",
                                      "أشخاص آخرين", "مدنيون", "أفراد", "مسلحين", "ركاب", "عمال"])

    /// The counted subject before a plural or dual verb: a figure and its people noun up to
    /// eight words before it ("36 شخصا قتلوا"، "5 مسلحين من القوات قتلوا"); a figure after
    /// "بينهم" is a part of the group, so the scan goes on to the whole.
    static func subjectBefore(_ t: [ArabicToken], verb v: Int) -> NumberPhrase? {
        guard subjectVerbs.contains(t[v]) else { return nil }
        let gap = v > 1 && relative.contains(t[v - 1]) ? 1 : 0
        if v - gap > 0, let p = persons.match(t, at: v - gap - 1), p.end == v - gap, p.payload == 2 {
            // "جنديين أصيبا"، "الجنديين اللذين أصيبا"، "ثلاثة مدنيين وجنديين قتلوا"
            return joinedSubjects(t, NumberPhrase(min: 2, max: 2, vague: false, start: v - gap - 1, end: v))
        }
        // "شخصين على الأقل قتلا": a dual subject with its floor
        if v > 2, t[v - 2].matches("علي"), t[v - 1].matches("اقل"), let p = persons.match(t, at: v - 3), p.end == v - 2, p.payload == 2 {
            return NumberPhrase(min: 2, max: nil, vague: false, start: v - 3, end: v)
        }
        // "جنديين سعوديين قتلا": a dual noun and its adjective
        if v > 1, t[v - 1].norm.hasByteSuffix("ين"), let p = persons.match(t, at: v - 2), p.end == v - 1, p.payload == 2 {
            return NumberPhrase(min: 2, max: 2, vague: false, start: v - 2, end: v)
        }
        var s = v - 1
        while s >= max(0, v - 9) {
            if cues.match(t, at: s) != nil || stopScan.contains(t[s]) && !t[s].matches("علي") { return nil }
            // "مستشارين عسكريين اثنين قتلا": the figure may follow its noun, right before the verb
            // "أربعة أشخاص من عائلة واحدة قتلوا": "واحدة" after a noun that is no person is that noun's adjective
            if oneQualifiesNoun(t, at: s) { s -= 1; continue }
            // "شخصين من عائلة واحدة قتلا": a dual person noun is the subject of a dual verb further on
            if dualVerbs.contains(t[v]), let p = persons.match(t, at: s), p.payload == 2, p.end <= v { return NumberPhrase(min: 2, max: 2, vague: false, start: s, end: p.end) }
            if var n = ArabicNumbers.phrase(t, at: s), n.end <= v {
                // "الجرحى الخمسة قد لقوا مصرعهم": a figure qualifying a toll noun counts that group, not the subject
                if s > 0, cues.match(t, at: s - 1) != nil { return nil }
                // the longest phrase ending there: "ما لا يقل عن 29"، "أكثر من 36"
                for b in max(0, s - 4)..<s {
                    if let w = ArabicNumbers.phrase(t, at: b), w.end == n.end { n = w; break }
                }
                if !excluded(t, n.start) {
                    // "عددا من المدنيين أصيبوا": a number of people, no figure
                    if n.vague && n.min == nil && others.contains(t[n.start]) { return n }
                    if notPeople(t, n.end) || (n.vague && n.min == nil) || (n.end < t.count && demonstrative.contains(t[n.end])) { return nil }
                    return joinedSubjects(t, n)
                }
            }
            s -= 1
        }
        return nil
    }

    /// "… بين قتيل وجريح" within a few words after a toll noun.
    static func sharedBetween(_ t: [ArabicToken], after i: Int) -> Bool {
        let end = min(t.count - 1, i + 5)
        guard i < end else { return false }
        return (i..<end).contains { t[$0].matches("بين") && cues.match(t, at: $0 + 1) != nil }
    }

    /// "مصرعه مع عدد من مرافقيه": the stated figure is a floor, more died with them.
    static func withOthers(_ t: [ArabicToken], after i: Int) -> Bool {
        var j = i
        while j < min(t.count - 1, i + 8) {
            if t[j].matches("مع") || t[j].matches("ومعه"), others.contains(t[j + 1]) { return true }
            j += 1
        }
        return false
    }

    /// "ارتفعت الحصيلة إلى 246 شخصا"، "بلغت حصيلة الهجوم 40 قتيلا": a toll noun, then إلى/بلغ
    /// and its figure within a few words; "حصيلة الجرحى" is left to the noun that names them.
    static func tollFigure(_ t: [ArabicToken], after i: Int, reach: Int = 6) -> NumberPhrase? {
        if i < t.count, cues.match(t, at: i) != nil { return nil }
        var j = i
        while j < min(t.count, i + reach) {
            // "الحصيلة منذ 18 فبراير": a toll since a date is a campaign's
            if cues.match(t, at: j) != nil || CumulativeTollRules.since.contains(t[j]) { return nil }
            if t[j].matches("الي") || t[j].matches(prefix: "بلغ") || t[j].matches(prefix: "تبلغ") {
                guard let n = figureAfter(t, j + 1, limit: 2), !n.vague else { return nil }
                // the figure must count people, not be followed by another toll noun of injured
                if n.end < t.count, let c = cues.match(t, at: n.end), c.payload.0 == .injured { return nil }
                return n
            }
            j += 1
        }
        return nil
    }

    /// "وبلغت حصيلة التفجير 15 شخصا": the verb before the toll noun, the figure after it.
    static func tollFigure(_ t: [ArabicToken], reached m: PhraseMatch<(CasualtyMention.Who, Form)>) -> NumberPhrase? {
        guard m.start > 0, t[m.start - 1].matches(prefix: "بلغ") || t[m.start - 1].matches(prefix: "ارتفع"),
              m.end < t.count, cues.match(t, at: m.end) == nil,
              let n = figureAfter(t, m.end, limit: 3), !n.vague else { return nil }
        if n.end < t.count, let c = cues.match(t, at: n.end), c.payload.0 == .injured { return nil }
        return n
    }

    static func count(_ n: NumberPhrase, _ t: [ArabicToken], from: Int, to: Int? = nil) -> Count {
        // "وارتفعت حصيلة القتلى إلى 7": the quote keeps the verb that marks an updated toll
        var lo = CasualtyTollUpdate.raiseVerb(t, before: from) ?? from, hi = to ?? min(t.count, n.end + 1)
        // "وكانت حصيلة سابقة قد أفادت بمقتل 16"، "مقتل 3 في حصيلة أولية": the quote keeps the words
        // that make it an earlier reading
        if !n.vague, let e = EarlierTolls.marker(t, around: lo..<hi) { lo = Swift.min(lo, e.lowerBound); hi = Swift.max(hi, e.upperBound) }
        let text = t.text(lo..<hi)
        if n.vague { return Count(status: .vague, min: n.min, max: nil, text: text) }
        return Count(status: .reported, min: n.min, max: n.max, text: text)
    }

}
