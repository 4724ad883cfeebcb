/// Whether a speaker is announcing its own strike — the wire convention for a claim by a state
/// army or a group's media: "أعلن الجيش أنه استهدف …"، "قال الجيش إن طائراته قصفت …"، "أعلن الجيش،
/// الجمعة، قصف موقع …". A pronoun alone is not enough ("قالت الفصائل إنها قررت وقف …" announces no
/// act), nor is an act whose subject is something else ("قال العميد إن الغارة استهدفت …").
public enum SpeakerOwnAct {
    /// The speaker's own forces named as the subject.
    static let ownForces = WordSet(["طائراته", "طائراتها", "قواته", "قواتها", "مقاتلاته", "مقاتلاتها", "دباباته", "دباباتها",
                                    "مدفعيته", "مدفعيتها", "وحداته", "وحداتها", "عناصره", "عناصرها", "مقاتليه", "مقاتليها",
                                    // a group named in the plural: "قال المتحدث باسم الحوثيين إن قواتهم استهدفت"
                                    "قواتهم", "طائراتهم", "مقاتليهم", "مقاتلوهم", "عناصرهم", "وحداتهم", "مقاتلاتهم"])
    /// A statement quoted in the first person: "قال الحوثيون: استهدفنا مطار أبها"، "إن قواتنا قصفت".
    static let firstPerson = WordSet(["استهدفنا", "قصفنا", "نفذنا", "أطلقنا", "دمرنا", "هاجمنا", "ضربنا", "أسقطنا", "فجرنا",
                                      "قواتنا", "طائراتنا", "مقاتلينا", "مجاهدينا", "مقاتلونا", "مجاهدونا", "أبطالنا", "وحداتنا"])
    /// "أنه / إنها …": the speaker as subject of what follows.
    static let selfThat = WordSet(["أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "بأنه", "بأنها", "بأنهم"])
    /// ("أفادت مصادر بأن طائرات التحالف شنت": "بأن" opens the report as "أن" does)
    static let bareThat = WordSet(["أن", "إن", "بأن"])

    /// "الجيش الإسرائيلي: قصفنا موقعا لحماس"، "حماس: قواتنا استهدفت …": a party followed at once by
    /// its own words in the first person (the colon of a headline or a quote) — its own act.
    static func quotedInFirstPerson(_ t: [ArabicToken], _ actors: [ActorMention]) -> ActorMention? {
        actors.first { a in a.end < t.count && firstPerson.containsExact(t[a.end]) && !a.canonical.hasBytePrefix("Unidentified") }
    }
    static let attackVerbs = WordSet(["استهدف", "استهدفت", "قصف", "قصفت", "شن", "شنت", "نفذ", "نفذت", "ضرب", "ضربت", "أغار",
                                      "أغارت", "هاجم", "هاجمت", "أطلق", "أطلقت", "دمر", "دمرت", "فجر", "فجرت", "قتل", "قتلت",
                                      "استهدفوا", "هاجموا", "أطلقوا", "نفذوا", "اعتدى", "اعتدت", "طعن", "دهس",
                                      // the plural subject: "إن مسلحين من الحركة فجروا السيارة"
                                      "فجروا", "قصفوا", "شنوا", "ضربوا", "دمروا", "قتلوا", "أغاروا"])
    /// Verbal nouns right after the speaker: "أعلن الجيش قصف …"، "أعلنت الحركة استهداف …".
    static let attackNouns = WordSet(["قصف", "استهداف", "تدمير", "شن", "تنفيذ", "ضرب", "مهاجمة", "إطلاق"])

    /// A decision, halt or refusal: "أعلنت الفصائل عن قرارها وقف إطلاق الصواريخ" announces no act.
    static let notAnAct = WordSet(["وقف", "توقف", "انتهاء", "إنهاء", "تجميد", "قرار", "قرارها", "قراره", "عدم", "تعليق", "هدنة", "التهدئة", "إيقاف", "رفض", "رفضها",
                                   "نية", "نيتها", "نيته", "استعداد", "استعدادها", "استعداده"])

    /// "أكد متحدث باسم الجيش حصول الغارات": confirming that the strikes took place.
    static let confirmNouns = WordSet(["حصول", "وقوع"])
    static let strikeNouns = WordSet(["الغارات", "الغارة", "غارات", "غارة", "الضربة", "الضربات", "ضربات", "القصف", "الهجوم",
                                      "العملية", "الاستهداف"])

    /// A future, a negation, a halt or a reflexive right after the subject: "إن قواتها سوف تحترم وقف
    /// إطلاق النار"، "إنه قتل نفسه" report no strike.
    static let undoing = WordSet(["سوف", "لن", "لم", "لا", "نفسه", "نفسها", "ستواصل", "ستحترم", "تحترم", "يحترم",
                                  "ستجري", "سيجري", "ستفتح", "سيفتح", "ستحقق", "سيحقق", "سيتم", "ستتم", "ستقوم", "سيقوم",
                                  "تحقيق", "تحقيقا", "التحقيق", "ليس", "ليست", "غير"])

    /// "ويقول التحالف إنه لا يستهدف مدنيين"، "أكد التحالف أنه سيجري تحقيقا": the speaker, as subject
    /// of its own words, denies, promises or investigates — no claim of the act.
    public static func disowns(_ t: [ArabicToken], from: Int) -> Bool {
        guard let k = (from..<min(t.count, from + 4)).first(where: { selfThat.containsExact(t[$0]) }) else { return false }
        return ((k + 1)..<min(t.count, k + 3)).contains { undoing.containsExact(t[$0]) || undoing.contains(t[$0]) }
    }

    /// "وأوضح التحالف أن هذا الهجوم الصاروخي لم يتسبب بسقوط أي ضحايا": the speaker tells only that
    /// the act caused no harm — no act of its own in its words.
    static let noTollNegations = WordSet(["لم", "دون", "عدم", "بدون"])
    static let harmWords = WordSet(["يسفر", "تسفر", "يتسبب", "تتسبب", "وقوع", "سقوط", "يوقع", "توقع", "إصابات", "ضحايا", "خسائر", "أضرار"])
    public static func reportsNoToll(_ t: [ArabicToken], from: Int) -> Bool {
        for k in from..<min(t.count, from + 10) {
            if attackVerbs.containsExact(t[k]) || ownForces.contains(t[k]) || firstPerson.contains(t[k]) { return false }
            if noTollNegations.containsExact(t[k]), ((k + 1)..<min(t.count, k + 3)).contains(where: { harmWords.contains(t[$0]) }) { return true }
        }
        return false
    }

    /// "أعلن الجيش أن ناشطين فلسطينيين أطلقوا قذائف": the statement names others as the doers of
    /// the act ("إن المسلحين كانوا يخططون لهجمات" names them as no doers).
    static let otherDoers = WordSet(["ناشطين", "ناشطون", "مسلحين", "مسلحون", "متشددين", "متشددون", "مقاتلين", "مقاتلون",
                                     "إرهابيين", "إرهابيون", "مجهولين", "مجهولون", "فلسطينيين", "فلسطينيون", "مهاجمين",
                                     "مهاجمون", "انتحاري", "انتحاريين", "متمردين", "متمردون", "عناصر", "خلية", "مسلح", "شخص",
                                     "شخصا", "رجل", "رجلا", "مهاجم", "مهاجما", "المهاجم", "المسلحين", "المسلحون", "الإرهابيين",
                                     "انتحاريا", "انتحاريون", "الانتحاري", "انتحارية", "منفذ", "المنفذ", "منفذو", "منفذي"])
    public static func namesOtherDoers(_ t: [ArabicToken], after from: Int) -> Bool {
        guard let k = (from..<min(t.count, from + 6)).first(where: { bareThat.containsExact(t[$0]) }), k + 1 < t.count else { return false }
        return otherDoers.contains(t[k + 1]) && ((k + 2)..<min(t.count, k + 5)).contains { attackVerbs.contains(t[$0]) }
    }
    static func undone(_ t: [ArabicToken], after k: Int) -> Bool {
        ((k + 1)..<min(t.count, k + 5)).contains { undoing.containsExact(t[$0]) || notAnAct.contains(t[$0]) }
    }

    /// The speaker's own people as casualties: "إصابة 4 من جنوده"، "مقتل أحد عناصرها".
    static let lossNouns = WordSet(["إصابة", "مقتل", "جرح", "استشهاد", "مصرع", "إصابات", "سقوط"])
    static let ownMembers = WordSet(["جنوده", "جنودها", "عناصره", "عناصرها", "أفراده", "أفرادها", "منتسبيه", "منتسبيها",
                                     "ضباطه", "ضباطها", "جنديين", "جندييه"])
    /// True when the words after the speaker report its own losses rather than an act of its own.
    public static func reportsOwnLosses(_ t: [ArabicToken], from: Int) -> Bool {
        guard let k = (from..<min(t.count, from + 4)).first(where: { lossNouns.containsExact(t[$0]) }) else { return false }
        return ((k + 1)..<min(t.count, k + 5)).contains { ownMembers.contains(t[$0]) }
    }

    /// "أعلنت السعودية عن هوية الانتحاري الذي نفذ تفجيرا": a verb right after a relative pronoun
    /// has its doer named just before it, not the speaker.
    static let relativePronouns = WordSet(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان"])
    static func relativeSubject(_ t: [ArabicToken], verb k: Int) -> Bool {
        k > 0 && relativePronouns.containsExact(t[k - 1])
    }

    /// "إنها قامت بـ30 غارة"، "إنه قام بتنفيذ ضربات": "قام ب" with a strike or attack noun.
    static let carryVerbs = WordSet(["قام", "قامت", "قاموا"])
    static func carriedOut(_ t: [ArabicToken], _ k: Int) -> Bool {
        carryVerbs.containsExact(t[k])
            && ((k + 1)..<min(t.count, k + 4)).contains { strikeNouns.contains(t[$0]) || attackNouns.contains(t[$0]) }
    }

    /// True when the words after the speaker (ending at `from`) announce the speaker's own act.
    public static func announces(_ t: [ArabicToken], from: Int) -> Bool {
        var sawThat = false
        for k in from..<min(t.count, from + 8) {
            if notAnAct.contains(t[k]) { return false }
            if ownForces.contains(t[k]) || firstPerson.contains(t[k]) { return !undone(t, after: k) }
            if selfThat.containsExact(t[k]) {
                return !undone(t, after: k) && ((k + 1)..<min(t.count, k + 4)).contains { attackVerbs.contains(t[$0]) || carriedOut(t, $0) }
            }
            if bareThat.containsExact(t[k]) { sawThat = true; continue }
            // a verbal noun as the object of the speech verb, not a noun inside the reported content
            if !sawThat && attackNouns.containsExact(t[k]) { return true }
            if !sawThat && confirmNouns.containsExact(t[k]) && k + 1 < t.count && strikeNouns.containsExact(t[k + 1]) { return true }
        }
        return false
    }

    /// "أعلن الجيش أن القبة الحديدية أسقطت وابلا من الصواريخ أطلق من غزة"، "إعلان التحالف اعتراض
    /// الدفاعات الجوية 7 صواريخ": the speaker's words tell first of an interception — a defence
    /// against someone else's attack, no claim of one (a strike told before it, "أنه ضرب ثلاثة
    /// مواقع ردا على تسلل طائرة تم اعتراضها", is still the speaker's own act).
    public static func tellsInterception(_ t: [ArabicToken], from: Int) -> Bool {
        for k in from..<min(t.count, from + 12) {
            if ClaimRules.interceptVerbs.contains(t[k]) { return true }
            if attackVerbs.contains(t[k]) || attackNouns.containsExact(t[k]) || strikeNouns.contains(t[k]) || ownForces.contains(t[k]) { return false }
        }
        return false
    }

    /// "وقال الجيش إن الضربة الجوية التي نفذت الثلاثاء استهدفت …"، "وقال الجيش الإسرائيلي إن الغارة
    /// كانت ردا على …": the reported clause opens on the air strike itself, told as a known thing —
    /// the force's account of a strike of its own (a doer named there, "إن الغارة الإسرائيلية"، or
    /// a strike by someone else, "إن غارة للتحالف", is not).
    static let airStrikeNouns = WordSet(["الغارة", "الغارات", "الضربة", "الضربات"])
    public static func accountOfAirStrike(_ t: [ArabicToken], from: Int) -> Bool {
        guard let k = (from..<min(t.count, from + 5)).first(where: { bareThat.containsExact(t[$0]) }),
              k + 1 < t.count, airStrikeNouns.containsExact(t[k + 1]) else { return false }
        // the word after it is no nisba naming a doer ("الغارة الإسرائيلية")
        let next = k + 2 < t.count ? t[k + 2] : nil
        guard next.map({ !ActorLexicon.nisbaForms.contains($0.norm) && !$0.norm.hasBytePrefix("لل") && !$0.matches("ل") }) ?? true else { return false }
        // "إن الغارات العنيفة والمعارك الميدانية …": a front's report of strikes and battles, which
        // tells of an ally's aircraft as much as its own
        return !((k + 2)..<min(t.count, k + 6)).contains { battleNouns.contains(t[$0]) }
    }
    static let battleNouns = WordSet(["المعارك", "معارك", "الاشتباكات", "اشتباكات", "المواجهات", "مواجهات", "القتال"])

    /// "أعلنت حركة الجهاد الإسلامي مساء السبت التوصل إلى وقف لإطلاق النار"، "أعلنت الفصائل عن قرارها
    /// وقف …": the object of the speech verb is a truce, a halt or a decision (a day or a time of day
    /// may stand before it) — the speaker tells of no act.
    static let decisionNouns = WordSet(["التوصل", "توصل", "اتفاق", "الاتفاق", "وقف", "توقف", "إيقاف", "هدنة", "التهدئة", "تهدئة",
                                        "قرار", "قرارها", "قراره", "تعليق", "انتهاء", "إنهاء"])
    static let timesOfDay = WordSet(["مساء", "صباح", "ليل", "ليلة", "فجر", "ظهر", "عصر", "يوم", "عن"])
    public static func announcesDecision(_ t: [ArabicToken], from: Int) -> Bool {
        var k = from
        while k < min(t.count, from + 3), timesOfDay.containsExact(t[k]) || ClaimRules.speakerTitles.containsExact(t[k]) { k += 1 }
        guard k < t.count else { return false }
        return decisionNouns.containsExact(t[k])
    }
}
