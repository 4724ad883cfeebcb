/// A statement about who did it: a claim, a denial, "nobody claimed", or blame by a source.
public struct ClaimMention: Sendable, Equatable {
    public var status: Claim.Status
    public var actor: String?
    public var text: String
    /// Canonical name of the actor (for matching it against the incident's perpetrator).
    public var canonical: String? = nil
    /// A party's statement that is its claim (or denial) only if that party did this incident:
    /// "وقال الجيش العراقي في بيان …" beside "دمرت طائرات عراقية …", "نفت وزارة الدفاع الروسية"
    /// beside "غارات روسية".
    public var ifPerpetrator: Bool = false
    /// The speaker announced an act of its own ("أعلن الجيش قصف …"), not just spoke.
    public var ownAct: Bool = false
    /// Told with a word of responsibility ("تبنى"، "أعلن مسؤوليته"، "نفى مسؤوليته"): a claim or
    /// denial in so many words, not read from a party's statement about an act.
    public var explicit: Bool = false
    /// The speaker announced a strike of its own in the act's sentence ("أعلن الجيش قصف موقع"):
    /// a one-sided act, whatever the words around it call a battle.
    public var ownStrike: Bool = false
    /// The actor is an armed group, not a state: a group claiming an attack in so many words
    /// claims it even where the act is typed a battle.
    public var byGroup: Bool = false
    public init(status: Claim.Status, actor: String?, text: String, canonical: String? = nil, ifPerpetrator: Bool = false) {
        self.status = status; self.actor = actor; self.text = text; self.canonical = canonical; self.ifPerpetrator = ifPerpetrator
    }
}

/// Claims of responsibility as Arabic news states them: تبنى / أعلن مسؤوليته (claimed), نفى
/// (denied), لم تعلن أي جهة (no_claim), اتهم / حمّل المسؤولية / نسب / ألقى اللوم (attributed);
/// an army's own statement about its own strike counts as a claim ("أعلن الجيش أنه استهدف").
public enum ClaimRules {
    enum Cue: Sendable { case claim, claimIfAnnounced, bears, deny, noClaim, blame, warn, suspect, suspectThat, blameIfResponsibility, blameBefore, said, saidAfter }
    static let cues = PhraseLexicon<Cue>([
        ("تبنى", .claim), ("تبنت", .claim), ("تبني", .claim), ("يتبنى", .claim), ("أعلن مسؤوليته", .claim),
        ("أعلنت مسؤوليتها", .claim), ("مسؤوليته عن", .claim), ("مسؤوليتها عن", .claim), ("تبنيه", .claim),
        ("تبناه", .claim), ("تبنته", .claim), ("تبناها", .claim), ("تبنتها", .claim), ("تبنوا", .claim),
        ("أعلنوا مسؤوليتهم", .claim), ("مسؤوليتهم عن", .claim), ("أعلن المسؤولية", .claim), ("أعلنت المسؤولية", .claim),
        ("نفى", .deny), ("نفت", .deny), ("نفاه", .deny), ("نفته", .deny), ("نفاها", .deny), ("نفتها", .deny), ("ينفيه", .deny), ("تنفيه", .deny), ("ينفي", .deny), ("تنفي", .deny), ("نفي", .deny), ("نفوا", .deny), ("تنصل", .deny), ("تنصلت", .deny), ("تبرأ", .deny), ("تبرأت", .deny),
        ("لا علاقة", .deny), ("ليس لها علاقة", .deny), ("ليس له علاقة", .deny), ("ليس لنا علاقة", .deny), ("ليست لها علاقة", .deny),
        ("ليس لهم علاقة", .deny), ("لا صلة", .deny), ("ليس لها أي علاقة", .deny), ("ليس له أي علاقة", .deny),
        ("هو المسؤول", .blameBefore), ("هي المسؤولة", .blameBefore), ("هم المسؤولون", .blameBefore), ("المسؤول عنه", .blameBefore),
        ("يقف وراء", .blameBefore), ("تقف وراء", .blameBefore), ("يقفون وراء", .blameBefore), ("وقف وراء", .blameBefore),
        ("وقفت وراء", .blameBefore), ("يقف خلف", .blameBefore), ("تقف خلف", .blameBefore),
        ("لم تعلن أي جهة", .noClaim), ("لم تتبن أي جهة", .noClaim), ("لم يتبن أحد", .noClaim), ("لم تعلن أي جماعة", .noClaim),
        ("لم تعلن أية جهة", .noClaim), ("لم تتبن أية جهة", .noClaim), ("لم يعلن أحد", .noClaim), ("لم تعلن جهة", .noClaim),
        ("لم تتبن أي جماعة", .noClaim), ("لم يعلن أي فصيل", .noClaim), ("لم يتبن أي فصيل", .noClaim),
        ("لم يعلن أي تنظيم", .noClaim), ("لم يتبن أي تنظيم", .noClaim), ("لم تتبن أي مجموعة", .noClaim),
        ("لم تعلن أي مجموعة", .noClaim), ("لم يعلن أحد مسؤوليته", .noClaim), ("لم تعلن أي جهة مسؤوليتها", .noClaim), ("لم يعلن أي طرف", .noClaim), ("لم تتبنى أي جهة", .noClaim),
        ("لم تعلن بعد أي جهة", .noClaim), ("لم تتبن بعد أي جهة", .noClaim), ("لم يتبن بعد أي", .noClaim), ("لم يعلن بعد أي", .noClaim),
        ("لم تتضح الجهة", .noClaim), ("لم يتضح من يقف", .noClaim), ("لم يعرف من يقف", .noClaim), ("لم تعرف الجهة", .noClaim),
        ("دون أن تعلن أي جهة", .noClaim), ("من دون أن تعلن أي جهة", .noClaim), ("دون أن تتبنى أي جهة", .noClaim),
        ("لم تعلن حتى الآن أي جهة", .noClaim), ("لم يعلن حتى الآن أي", .noClaim), ("لم تتبن حتى الآن أي", .noClaim),
        ("لم يتبن حتى الآن أي", .noClaim), ("لم يتبن أي طرف", .noClaim), ("لم يعلن أحد بعد", .noClaim),
        ("لم تتضح بعد الجهة", .noClaim), ("لم تتضح حتى الآن الجهة", .noClaim), ("لم يتضح بعد من يقف", .noClaim),
        ("لم تعرف بعد الجهة", .noClaim), ("لم تتضح هوية الجهة", .noClaim), ("لم تتبن بعد أية جهة", .noClaim),
        ("لم تعلن بعد أية جهة", .noClaim), ("لم يعلن أي طرف مسؤوليته", .noClaim),
        ("المسؤولية عن", .claimIfAnnounced), ("المسؤولية عنه", .claimIfAnnounced), ("المسؤولية عنها", .claimIfAnnounced),
        ("مسؤولية", .claimIfAnnounced), ("المسؤولية", .claimIfAnnounced),
        ("تتحمل", .bears), ("يتحمل", .bears), ("يتحملون", .bears), ("تتحملان", .bears),
        ("لم تعلن مسؤوليتها", .noClaim), ("لم يعلن مسؤوليته", .noClaim), ("لم يعلنوا مسؤوليتهم", .noClaim),
        ("لم يصدر أي تبن", .noClaim), ("لم يصدر أي إعلان مسؤولية", .noClaim), ("دون أن يتبنى أحد", .noClaim),
        ("اتهم", .blame), ("اتهمت", .blame), ("يتهم", .blame), ("تتهم", .blame), ("اتهموا", .blame),
        ("حمل", .blameIfResponsibility), ("حملت", .blameIfResponsibility), ("يحمل", .blameIfResponsibility),
        ("تحمل", .blameIfResponsibility), ("حملوا", .blameIfResponsibility),
        ("نسب", .blame), ("نسبت", .blame), ("ألقي اللوم", .blame), ("ألقت باللوم", .blame), ("ألقى باللوم", .blame),
        ("ألقت اللوم", .blame), ("ألقى اللوم", .blame), ("أصابع الاتهام", .blame), ("بأصابع الاتهام", .blame),
        ("حذر", .warn), ("حذرت", .warn), ("يحذر", .warn), ("تحذر", .warn),
        ("منسوبة", .suspect), ("منسوب", .suspect), ("المنسوبة", .suspect), ("يعتقد أنها", .suspect), ("يعتقد أنه", .suspect),
        ("يرجح أنها", .suspect), ("يرجح أنه", .suspect), ("يشتبه بأنها", .suspect), ("يشتبه بأنه", .suspect), ("يشتبه أنها", .suspect),
        ("باللائمة", .blame), ("اللائمة", .blame),
        // the blame verb's participle after the main clause: "…، متهما الحوثيين بالوقوف وراء الهجمات"
        ("متهما", .blame), ("متهمة", .blame), ("محملا", .blameIfResponsibility), ("محملة", .blameIfResponsibility),
        ("تتبنى", .claim), ("يتبنيان", .claim), ("تتبنيان", .claim), ("ترجح", .suspect),
        ("يرجح", .suspectThat), ("تشتبه", .suspectThat), ("يشتبهون", .suspectThat), ("رجحت", .suspectThat), ("رجح", .suspectThat),
        ("مرجحا أن", .suspect), ("مرجحة أن", .suspect), ("رجح أن", .suspect), ("رجحت أن", .suspect),
        ("يعتقد أن", .suspect), ("يعتقد أنهم", .suspect), ("يشتبه", .suspect), ("يرجح أن", .suspect), ("يشتبه في أن", .suspect),
        ("يعتقد على نطاق واسع أن", .suspect), ("تشير أصابع الاتهام إلى", .suspect),
        ("بحسب", .saidAfter), ("وفق", .saidAfter), ("وفقا", .saidAfter), ("حسب", .saidAfter), ("نقلا عن", .saidAfter),
        ("حسبما", .saidAfter), ("وفقما", .saidAfter),
        ("قال", .said), ("قالت", .said), ("أفاد", .said), ("أفادت", .said), ("ذكر", .said), ("ذكرت", .said), ("أكد", .said),
        ("أكدت", .said), ("أعلن", .said), ("أعلنت", .said), ("أوضح", .said), ("أوضحت", .said), ("نقلت", .said), ("أشار", .said),
        ("أشارت", .said), ("بيان", .said), ("اعترف", .said), ("اعترفت", .said), ("أورد", .said), ("أوردت", .said),
        ("كشف", .said), ("كشفت", .said), ("صرح", .said), ("أضاف", .said), ("أضافت", .said), ("يقول", .said), ("تقول", .said),
        ("بيانا", .said), ("بيانه", .said), ("بيانها", .said), ("أقر", .said), ("أقرت", .said), ("زعم", .said), ("زعمت", .said),
        ("يعلن", .said), ("تعلن", .said), ("يعلنون", .said), ("يؤكد", .said), ("تؤكد", .said), ("يقولون", .said),
        ("يتبنون", .claim), ("يتبنى مسؤولية", .claim), ("تتبنى مسؤولية", .claim), ("ينفون", .deny),
        ("وثق", .said), ("وثقت", .said), ("أحصى", .said), ("أحصت", .said), ("اتهامات", .said), ("روى", .said), ("أبلغ", .said),
        ("أبلغت", .said), ("إعلان", .said), ("نوه", .said), ("نوهت", .said), ("لفت", .said), ("لفتت", .said), ("تحدث", .said), ("تحدثت", .said), ("أفادت تقارير", .said), ("ذكرت تقارير", .said), ("أعلنت مصادر", .said),
    ])
    /// "صاروخ أطلق من قبل الميليشيا الحوثية"، "التي أطلقها الحوثيون": who fired what was
    /// intercepted — the attacker, whoever intercepted it.
    static let launchVerbs = WordSet(["أطلق", "أطلقت", "أطلقه", "أطلقها", "أطلقته", "أطلقتها", "أطلقوه", "أطلقوها", "أطلقوا"])
    static let agentWords = WordSet(["من", "قبل", "جانب", "طرف"])
    static func launcher(_ t: [ArabicToken], _ actors: [ActorMention]) -> ActorMention? {
        for k in t.indices where launchVerbs.containsExact(t[k]) {
            var j = k + 1
            while j < min(t.count, k + 4), agentWords.containsExact(t[j]) { j += 1 }
            if let a = actors.first(where: { $0.start == j || ($0.start == k + 1 && j == k + 1) }) { return a }
        }
        return nil
    }

    /// The actor as written minus a leading و/ب/ل/ف/ك before its article: "للجيش العراقي" → "الجيش العراقي".
    static func withoutClitic(_ s: String) -> String {
        for p in ["وبال", "ولل", "وال", "بال", "فال", "كال", "لل"] where s.hasBytePrefix(p) && s.count > p.count + 2 {
            return "ال" + s.dropFirst(p.count)
        }
        return s
    }

    /// "التحالف الذي تقوده السعودية قال"، "التحالف بقيادة السعودية أعلن": the party named in a
    /// "led by" clause describes the body before it, which is the one that speaks.
    /// A party at the end of any relative clause ("حكومة الأسد - التي تتلقى دعما عسكريا من روسيا -
    /// تنفي") is no speaker either: the body before the clause is, or nobody the lexicon knows.
    static let ledBy = WordSet(["تقوده", "يقوده", "تقودها", "يقودها", "بقيادة", "بزعامة"])
    static let relativePronouns = WordSet(["الذي", "التي", "الذين", "اللذين", "اللتين"])
    static func leader(of v: ActorMention, voices: [ActorMention], in t: [ArabicToken]) -> ActorMention? {
        if v.start >= 1, ledBy.contains(t[v.start - 1]) {
            let clause = v.start - 1 - (v.start >= 2 && relativePronouns.containsExact(t[v.start - 2]) ? 1 : 0)
            return voices.last { $0.end <= clause && $0.end >= clause - 1 } ?? v
        }
        guard let k = (max(0, v.start - 6)..<v.start).last(where: { relativePronouns.containsExact(t[$0]) }) else { return v }
        return voices.last { $0.end <= k && $0.end >= k - 1 }
    }

    static let nonExistence = WordSet(["ليس", "ليست"])
    /// The subject of a participle is the main clause's: "وقال المتحدث …، متهما إيران بإطلاقها".
    static let blameParticiples = WordSet(["متهما", "متهمة", "محملا", "محملة"])
    /// The act, as a verbal noun, that a party denies: "نفى استهداف الحافلة"، "نفى القيام بأي عمليات".
    static let deniedActNouns = WordSet(["قصف", "استهداف", "تدمير", "شن", "تنفيذ", "ضرب", "مهاجمة", "إطلاق", "القيام"])
    /// "تنصلت الحركة من الهجوم"، "تبرأت الهيئة منه": disowning is denying a part in the act.
    static let disownVerbs = WordSet(["تنصل", "تنصلت", "تبرأ", "تبرأت", "يتبرأ", "تتبرأ"])

    static let auxiliaries = WordSet(["تم", "وتم", "جرى", "وجرى"])
    static let interceptVerbs = WordSet(["اعترض", "اعترضت", "اعتراض", "تصدت", "تصدى", "تتصدى", "يتصدى", "أسقطت", "أسقط", "إسقاط",
                                         "أحبطت", "أحبط", "تعترض", "يعترض", "التصدي", "تصديها", "تصديه"])

    /// "مقاتلين في هيئة تحرير الشام"، "عناصر من حزب الله": members of a group, named as victims
    /// or as who they are, not as the attacker.
    static let memberNouns = WordSet(["مقاتلين", "مقاتلي", "مقاتلو", "عناصر", "عنصر", "عنصرا", "أعضاء", "عضو", "قيادي", "قياديين",
                                      "قادة", "قائد", "مسلحي", "عائلات", "أسر", "أنصار", "جنود", "جنديا", "ضباط", "ضابط", "منتسبي",
                                      "قيادات", "القيادات", "قياديي", "كوادر", "عناصره", "قيادييها"])
    static func isMemberOf(_ t: [ArabicToken], _ a: ActorMention) -> Bool {
        let k = a.start - 1
        guard k >= 0 else { return false }
        // "مسلحي بوكو حرام هاجموا قرية": members doing the act are the group acting
        if a.end < t.count && (SpeakerOwnAct.attackVerbs.containsExact(t[a.end]) || launchVerbs.containsExact(t[a.end])) { return false }
        // "فجر مقاتلو حركة الشباب عبوة"، "هاجم عناصر من داعش حاجزا": members as the subject of the
        // verb before them are the group acting
        let member = memberNouns.contains(t[k]) ? k : (k >= 1 && (t[k].matches("في") || t[k].matches("من")) && memberNouns.contains(t[k - 1]) ? k - 1 : -1)
        if member >= 1 && (SpeakerOwnAct.attackVerbs.containsExact(t[member - 1]) || doerVerbs.containsExact(t[member - 1])) { return false }
        if memberNouns.contains(t[k]) { return true }
        guard k >= 1, t[k].matches("في") || t[k].matches("من") else { return false }
        // "قيادات بارزة في جماعة الحوثي": one adjective may stand between the members and "في/من"
        return memberNouns.contains(t[k - 1]) || (k >= 2 && memberNouns.contains(t[k - 2]) && !t[k - 1].matches("و"))
    }

    /// Sources named before a verb of blame, its subject: "اتهمت مصادر قبلية التحالف".
    static let sourceNouns = WordSet(["مصادر", "مصدر", "مسؤولون", "مسؤول", "سكان", "شهود", "ناشطون", "ناشطين", "مسعفون", "أطباء",
                                      "منظمة", "منظمات", "وزارة", "الوزارة", "الحكومة", "حكومة", "السلطات", "سلطات", "المرصد",
                                      "أهالي", "عائلات", "قبلية", "محلية", "أمنية", "طبية", "رسمية", "عسكرية", "حقوقية"])

    /// The source does not know who did it: "من دون أن يعرف ما إذا كانت الطائرات سورية أو روسية".
    static let uncertain = PhraseLexicon<Bool>([("ما إذا", true), ("ما اذا", true), ("لم يعرف", true), ("دون أن يعرف", true),
                                                ("لم يتضح", true), ("لا يعرف", true), ("غير معروف", true), ("لم تعرف", true)])
    /// Words of a party's part in an act, with every pronoun: "ضلوعها"، "صلتهم"، "علاقتنا".
    static let responsibility = PhraseLexicon<Bool>(
        ["مسؤولية", "علاقة", "تورط", "ضلوع", "صلة"].flatMap { w -> [(String, Bool)] in
            let stem = w.hasByteSuffix("ة") ? String(w.dropLast()) + "ت" : w
            return [(w, true), ("ال" + w, true)] + ["ه", "ها", "هم", "نا", "هما"].map { (stem + $0, true) }
        })
    /// Words that may stand between a speech verb and its speaker: "قال المتحدث باسم الجيش"،
    /// "أعلنت، الجمعة، وزارة الدفاع".
    static let speakerTitles = WordSet(["صادر", "الصادر", "عن", "نشرته", "نشرتها", "نشره", "المتحدث", "الناطق", "متحدث", "ناطق", "باسم", "الرسمي", "الرسمية", "مصدر", "مصادر",
                                         "مسؤول", "مسؤولون", "في", "قائد", "قيادة", "رئيس", "أركان", "المكتب", "الإعلامي",
                                         // an office of the state: "قال السفير السعودي"، "أعلن الرئيس الأمريكي"
                                         "السفير", "سفير", "الرئيس", "الوزير", "وزير",
                                         // a state's envoy speaks for it: "واتهم مبعوث روسيا الولايات المتحدة"
                                         "مبعوث", "المبعوث", "مندوب", "المندوب", "ممثل", "الممثل", "العسكري",
                                         // the statement itself: "بحسب بيان للجيش"، "وفق تصريح للمتحدث"
                                         "بيان", "بيانا", "تصريح", "تصريحات",
                                         "الجمعة", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "اليوم", "أمس",
                                         // an outlet named by its kind: "حسبما قال موقع أعماق التابع لتنظيم الدولة"
                                         "موقع", "حساب", "قناة", "وكالة", "إذاعة"])

    /// Claim statements in one sentence. `hasEvent` tells whether the sentence also reports the
    /// attack (a source naming the attacker there is attribution; an army saying it struck is a
    /// claim); `eventStarts`, when known, where its attack words start (a statement verb reports
    /// the acts after it, "وفق/حسب" sources the acts before it). `speakers` are the actors and
    /// voices (outlets, ministries) that can make a statement, else those `lexicon` finds, else the actors.
    public static func mentions(_ t: [ArabicToken], actors: [ActorMention], hasEvent: Bool,
                                perpetrator: ActorMention? = nil, eventStarts: [Int]? = nil,
                                speakers: [ActorMention]? = nil, lexicon: ActorLexicon? = nil,
                                continued: ActorMention? = nil) -> [ClaimMention] {
        var out: [ClaimMention] = []
        let ms = cues.matches(in: t)
        // "ولم يعلن تنظيم داعش مسؤوليته": a negated verb of claiming, whatever its subject
        let negated = negatedClaim(t)
        // "الجيش الإسرائيلي: قصفنا موقعا لحماس": a party quoted in the first person, no verb of speech
        let quoted = SpeakerOwnAct.quotedInFirstPerson(t, actors)
        if ms.isEmpty && !negated && quoted == nil { return out }
        // voices are looked up only in sentences with a cue (most sentences have none); `continued`
        // is the speaker of the sentence before when this one goes on with its statement
        // ("وأضاف البيان أن …", see StatementContinuation)
        let found = (speakers ?? lexicon?.speakerMentions(t) ?? actors) + (continued.map { [$0] } ?? [])
        // … and the actors the lexicon alone does not find there ("وقال التنظيم" standing for a group named before)
        let extra = actors.filter { a in !found.contains { $0.start <= a.start && a.start < $0.end } }
        let voices = extra.isEmpty ? found : (found + extra).sorted { $0.start < $1.start }
        /// The subject of a speech or claim verb: right after it (titles between), or right before it.
        func speaker(of m: PhraseMatch<Cue>) -> ActorMention? {
            voices.first { v in
                v.start >= m.end && v.start <= m.end + 3 && (m.end..<v.start).allSatisfy { speakerTitles.contains(t[$0]) }
            } ?? (m.payload == .saidAfter ? nil : voices.last { $0.end == m.start }.flatMap { leader(of: $0, voices: voices, in: t) })
        }
        let sentence = t.text(0..<t.count)
        let fired = launcher(t, actors) ?? launchedBy(t, actors)
        // "اعترضت الدفاعات الجوية صاروخا …": the sentence's act is an interception; whoever
        // intercepted neither attacked nor claims an attack
        // ("تم اعتراض صاروخ": the verb may follow the auxiliary that starts the cue)
        let interception = eventStarts.flatMap { $0.min() }.map { k in
            interceptVerbs.contains(t[k]) || (k + 1 < t.count && auxiliaries.containsExact(t[k]) && interceptVerbs.contains(t[k + 1]))
        } ?? false
        let perpetratorGiven = perpetrator != nil || fired != nil
        let perpetrator = fired ?? perpetrator.flatMap { p in
            // the interceptor: object of the verb, or its subject ("الدفاعات الجوية السورية تتصدى")
            if (max(0, p.start - 3)..<min(t.count, p.end + 2)).contains(where: { interceptVerbs.contains(t[$0]) }) { return nil }
            // "أعلنت السلطات السعودية التصدي لقذائف": the side named before its interception defends
            if interception, let e = eventStarts?.min(), p.end <= e { return nil }
            // "مقاتلين في هيئة تحرير الشام (جبهة النصرة سابقا)": an alias right after a group is that group
            // "في ضربة جوية استهدفت الحوثيين": the object of the act's verb is its target
            if isTargetOfAct(t, p) { return nil }
            // "أشارت الشرطة إلى سقوط قذائف": the subject of a verb of speech speaks, it did not fire
            if ms.contains(where: { ($0.payload == .said || $0.payload == .saidAfter) && $0.end == p.start }) { return nil }
            let named = actors.last { $0.end == p.start } ?? p
            if isResponder(t, p) || p.canonical == "Air defence" { return nil }
            return isMemberOf(t, named) || isMemberOf(t, p) || isPlaceOrVictim(t, p) ? nil : p
        }
        let hasNoClaim = negated || ms.contains { $0.payload == .noClaim }
        // "نشر البنتاغون بيانا نفى فيه ضلوعه": a statement that denies is no claim
        let hasDenial = ms.contains { $0.payload == .deny }
        func mention(_ st: Claim.Status, _ a: ActorMention?, ifPerpetrator: Bool = false) -> ClaimMention {
            // "وأعلنت جماعة بوكو حرام": the kind of group before the name is part of it as written
            let shown = a.map { a in
                a.kind == .nonState && a.start > 0 && groupKinds.contains(t[a.start - 1]) && !groupKinds.contains(t[a.start])
                    ? t.text((a.start - 1)..<a.end) : a.text
            }
            var c = ClaimMention(status: st, actor: shown.map { ActorDisplayText.of($0) }, text: sentence, canonical: a?.canonical, ifPerpetrator: ifPerpetrator)
            c.byGroup = a?.kind == .nonState
            return c
        }
        /// "شنت روسيا غارات …، بحسب ما أفاد المرصد": the subject of the act's verb, in the clause a
        /// trailing source vouches for. (After a speech verb the clause may be the writer's own:
        /// "قالت الفصائل إنها قررت وقف …، هذا فيما نفذ الطيران الإسرائيلي غارة".)
        func doer(told m: PhraseMatch<Cue>) -> ActorMention? {
            guard !perpetratorGiven, !interception, let d = subjectDoer(t, actors, eventStarts: eventStarts) else { return nil }
            if m.payload == .saidAfter { return d.end <= m.start ? d : nil }
            // "وأوضح المتحدث أنه عند الساعة العاشرة أطلقت ميليشيات الحوثي قذائف": inside the "أن"
            // clause, with no clause of the writer's own between
            return d.start >= m.end && insideReport(t, from: m.end, to: d.start) ? d : nil
        }
        var denyEnd = -10
        if negated && !ms.contains(where: { $0.payload == .noClaim }) {
            var c = mention(.noClaim, nil); c.explicit = true
            out.append(c)
        }
        for m in ms {
            if hasNoClaim && (m.payload == .claim || m.payload == .claimIfAnnounced || m.payload == .blameBefore) { continue }
            // "نفت الحركة مسؤوليتها عن التفجير": the responsibility denied is no claim
            if m.payload == .claim && m.start - denyEnd <= 4 { continue }
            if m.payload == .deny { denyEnd = m.end }
            switch m.payload {
            case .noClaim:
                var c = mention(.noClaim, nil); c.explicit = true
                out.append(c)
            case .claimIfAnnounced:
                // "وأعلن تنظيم الدولة الإسلامية المسؤولية عنها": the claimant between the verb and the word
                guard let verb = announcedResponsibility(t, at: m.start), !aboutOtherActs(t, verb: verb) else { continue }
                let claimant = actors.first { $0.start > verb && $0.end <= m.start }
                if (m.end..<min(t.count, m.end + 3)).contains(where: { manyActs.contains(t[$0]) }) { continue }
                var c = mention(.claimed, claimant)
                c.explicit = true
                out.append(c)
            case .claim:
                // "شخص يتبنى فكر التنظيم"، "ضرورة تبني إستراتيجية": adopting ideas or plans is no claim of an attack
                // (the adopter's full name may stand between: "تبني المواطن فواز عبدالرحمن عيد الحربي لفكر داعش")
                if (m.end..<min(t.count, m.end + 7)).contains(where: { ideas.contains(t[$0]) }) { continue }
                // "نفت الوزارة الاتهامات الموجهة نحوها حول مسؤوليتها عن الهجوم": a responsibility
                // denied earlier in the sentence, with no verb of announcing between
                if deniedBefore(t, ms, noun: m) { continue }
                if aboutOtherActs(t, verb: m.start) || claimOfOtherTimedAct(t, cue: m) { continue }
                // "خلايا تتبنى عمليات اغتيال وتفجيرات": acts of a kind, indefinite and plural
                if (m.end..<min(t.count, m.end + 2)).contains(where: { pluralActs.contains(t[$0].norm) }) { continue }
                // "لم يتبنى فكرا"، "لا يتبنى العنف": a negated adoption
                if m.start > 0 && negations.containsExact(t[m.start - 1]) { continue }
                // "مسؤوليته عن عدد من هذه الهجمات": a claim of many acts is no claim of this one
                if (m.end..<min(t.count, m.end + 3)).contains(where: { manyActs.contains(t[$0]) }) { continue }
                // The claimant is the verb's subject: just before it ("وأعلنت كتائب القسام مسؤوليتها"),
                // not a speaker whose words report someone else's claim ("قال الجيش إن جماعة تبنت …").
                let before = actors.last { a in
                    a.end <= m.start && a.start >= m.start - 6
                        && !(a.end..<m.start).contains { SpeakerOwnAct.bareThat.containsExact(t[$0]) || SpeakerOwnAct.selfThat.containsExact(t[$0]) }
                }
                var c = mention(.claimed, before ?? actors.first { $0.start >= m.end && $0.start <= m.end + 4 } ?? announcer(t, actors, noun: m))
                c.explicit = true
                out.append(c)
            case .deny:
                // "نفت وزارة الصحة وقوع أي إصابات": a denial of the toll, not of the act
                if let toll = (m.end..<min(t.count, m.end + 8)).first(where: { tollNouns.contains(t[$0]) }),
                   !(m.end..<toll).contains(where: { responsibility.match(t, at: $0) != nil }) { continue }
                // "ونفت الفصائل مشاركتها في أي مفاوضات": a denial of talks, not of an act
                if (m.end..<min(t.count, m.end + 6)).contains(where: { talks.contains(t[$0]) }) { continue }
                // "لا علاقة لها بالدين": "no relation" denies a part in the act only when the act is
                // what it names ("لا علاقة لنا بهذا الهجوم")
                if negations.contains(t[m.start]) || nonExistence.contains(t[m.start]),
                   !(m.end..<min(t.count, m.end + 4)).contains(where: { actNouns.contains(t[$0]) || SpeakerOwnAct.strikeNouns.contains(t[$0]) }) { continue }
                // (the cue may itself name the part denied: "لا علاقة لنا"، and "تنصل/تبرأ" deny one)
                let window = Array(t[m.start..<min(t.count, m.end + 10)])
                // "ونفى التحالف بقيادة السعودية استهداف الحافلة": the act itself, as a verbal noun, denied
                let deniedNoun = (m.end..<min(t.count, m.end + 6)).first(where: {
                    deniedActNouns.containsExact(t[$0]) || SpeakerOwnAct.bareThat.containsExact(t[$0]) || SpeakerOwnAct.selfThat.containsExact(t[$0])
                }).flatMap { deniedActNouns.containsExact(t[$0]) ? $0 : nil }
                // "تنفي استهداف مدنيين في غاراتها": a conduct denied (targeting civilians), not the act
                if let k = deniedNoun, k + 1 < t.count, placeOrVictimNouns.contains(t[k + 1]) { continue }
                let deniesAct = deniedNoun != nil
                let disowning = disownVerbs.containsExact(t[m.start]) || disownVerbs.contains(t[m.start]) || deniesAct
                // the denier is the verb's subject, not the act it denies ("نفت دمشق وجود أي عدوان إسرائيلي")
                let a = speaker(of: m) ?? voices.last { $0.end <= m.start && $0.end >= m.start - 3 }.flatMap { leader(of: $0, voices: voices, in: t) }
                if responsibility.occurs(in: window) || hasEvent || disowning {
                    var c = mention(.denied, a); c.explicit = responsibility.occurs(in: window) || disowning
                    out.append(c)
                } else if let a {
                    // "نفت وزارة الدفاع الروسية بشكل قاطع": a denial by the party the incident names
                    out.append(mention(.denied, a, ifPerpetrator: true))
                }
            case .blame:
                // the accused is the object: "واتهم الجيش الإسرائيلي حركة حماس" blames Hamas, and
                // "واتهم الحوثيون التحالف" the coalition, whoever speaks
                // (a party inside a relative clause describes the accuser: "اتهم المتحدث باسم وزارة
                // الدفاع التي يسيطر عليها الحوثيون … التحالف العربي")
                let after = actors.filter { a in
                    a.start >= m.end && a.start <= m.end + 10 && !isMemberOf(t, a)
                        && !(max(m.end, a.start - 3)..<a.start).contains { relativePronouns.containsExact(t[$0]) }
                }
                let accuser = after.first.flatMap { a in
                    (m.end..<a.start).allSatisfy { speakerTitles.contains(t[$0]) }
                        // "وتتهم السلطات التركية حزب العمال": the nisba on the source noun is the accuser
                        || (a.start > m.end && a.end - a.start == 1 && ActorLexicon.nisbaForms.contains(t[a.start].norm)
                            && (m.end..<a.start).allSatisfy { sourceNouns.contains(t[$0]) || speakerTitles.contains(t[$0]) }
                            && after.count >= 2) ? a : nil
                }
                // "اتهمت مصادر قبلية التحالف بشن الهجوم": with one actor after the verb, it is the accused
                let subjectBefore = (max(0, m.start - 4)..<m.start).contains { sourceNouns.contains(t[$0]) }
                    || voices.contains { $0.end == m.start } || blameParticiples.containsExact(t[m.start])
                // (with the accuser before the verb, "مصادر قبلية اتهمت التحالف العسكري بقيادة السعودية",
                // the first actor after it is the accused)
                if let a = subjectBefore ? after.first : after.first(where: { $0 != accuser }),
                   !chargedWithOther(t, accused: a) {
                    out.append(mention(.attributed, a))
                }
            case .warn:
                // "حذرت قوات التحالف الميليشيا الحوثية … باستهدافها للأعيان المدنية": warning a party
                // over this act of its own blames it; "حذر ترامب الحكومة السورية من …" does not
                if let a = warned(t, actors, verb: m, voices: voices) { out.append(mention(.attributed, a)) }
            case .suspect:
                // "ويعتقد أن إسرائيل هاجمت …"، "يشتبه في أن داعش …": the one suspected follows
                if let a = actors.first(where: { $0.start >= m.end && $0.start <= m.end + 2 && !isMemberOf(t, $0) }) {
                    out.append(mention(.attributed, a))
                } else if let a = suspected(t, actors, after: m.end) {
                    out.append(mention(.attributed, a))
                }
            case .suspectThat:
                // "ويرجح مسؤولون أن تكون الجماعة وراء الهجوم": the suspected follows "أن" (the
                // words right after the verb are its subject: "رجح تقرير للشرطة أن …")
                if let a = suspected(t, actors, after: m.end) { out.append(mention(.attributed, a)) }
            case .blameBefore:
                // "ويعتقد أن تنظيم داعش يقف وراء الهجوم"
                if let a = actors.last(where: { $0.end <= m.start && $0.end >= m.start - 2 }) {
                    out.append(mention(.attributed, a))
                }
            case .bears:
                // "روسيا تتحمل مسؤولية الاستهداف"، "إن حماس تتحمل المسؤولية الكاملة": the one made to
                // bear it is named just before the verb
                let window = Array(t[m.end..<min(t.count, m.end + 5)])
                // "إن حماس لا تتحمل المسؤولية": a party said not to bear it is not blamed
                if m.start > 0 && negations.containsExact(t[m.start - 1]) { continue }
                if responsibility.occurs(in: window), let a = actors.last(where: { $0.end <= m.start && $0.end >= m.start - 1 }),
                   !isMemberOf(t, a) {
                    out.append(mention(.attributed, a))
                }
            case .blameIfResponsibility:
                let window = Array(t[m.end..<min(t.count, m.end + 8)])
                // "وحمّل الحوثيون التحالف العربي مسؤولية القصف": the subject right after the verb holds
                // the next party responsible; with one party named ("وحمّلت الرئاسة حماس المسؤولية") it is the accused
                let after = actors.filter { $0.start >= m.end && $0.start <= m.end + 8 && !isMemberOf(t, $0) }
                let accuser = after.count >= 2 && !voices.contains(where: { $0.end == m.start }) && !blameParticiples.containsExact(t[m.start])
                    ? after.first.flatMap { a in (m.end..<a.start).allSatisfy { speakerTitles.contains(t[$0]) } ? a : nil } : nil
                if let a = heldResponsible(t, actors, verbEnd: m.end) ?? (responsibility.occurs(in: window) ? after.first(where: { $0 != accuser }) : nil) {
                    out.append(mention(.attributed, a))
                }
            case .said, .saidAfter:
                // "… في غارات نفذتها قوات النظام، كما أفاد المرصد": "كما" and a speech verb after the act source it
                var m = m
                if m.payload == .said, m.start > 0, asReported.containsExact(t[m.start - 1]),
                   eventStarts.map({ !$0.contains { $0 > m.start } }) ?? false { m.payload = .saidAfter }
                // "… غارة على غزة، وفق ما أعلن الجيش في بيان": the verb after "وفق ما" sources what came before
                if m.payload == .said, sourcesBefore(t, verb: m.start) { m.payload = .saidAfter }
                // "ما أسفر، وفق وكالة الأنباء، عن مقتل أربعة": the source vouches for the toll only
                if m.payload == .saidAfter, sourcesOnlyToll(t, cue: m) { continue }
                // "وأكد مراسل لوكالة الأنباء الفرنسية أن طائرات إسرائيلية …": the outlet's own
                // correspondent tells what happened — the narrator, not a cited source
                if byCorrespondent(t, verb: m) { continue }
                let speaker = speaker(of: m)
                // "بعد إعلان الحوثيين استهداف خزانات أرامكو": the noun of announcing counts only with
                // its announcer right after it ("ويتزامن هذا الإعلان مع شن …" cites no one)
                if speaker == nil, announcingNouns.containsExact(t[m.start]) || announcingNouns.contains(t[m.start]) { continue }
                // the speaker denying, promising or investigating, or naming others as the doers, or
                // telling of an act on its own land or people, claims nothing by it
                let claimsNothing = speaker.map { s in
                    SpeakerOwnAct.disowns(t, from: s.end) || SpeakerOwnAct.reportsNoToll(t, from: s.end)
                        || SpeakerOwnAct.tellsInterception(t, from: s.end) || (!SpeakerOwnAct.announces(t, from: s.end)
                        && (SpeakerOwnAct.namesOtherDoers(t, after: max(s.end, m.end))
                            || actors.contains { isPlaceOrVictim(t, $0) && ActorLexicon.speaksFor(s, $0) }))
                } ?? false || promisesBeforeAct(t, eventStarts: eventStarts)
                let before = out.count
                defer { if claimsNothing { out = Array(out[..<before]) + out[before...].filter { $0.status != .claimed } } }
                // A statement verb reports what follows it; "وفق/حسب" sources what came before.
                let reportsAct = m.payload == .saidAfter || (eventStarts.map { es in es.contains { $0 > m.start } } ?? hasEvent)
                guard hasEvent, reportsAct else {
                    // A party announcing an act beside the incident's: its claim if the incident is its act.
                    if let s = speaker, !s.canonical.hasBytePrefix("Unidentified"), SpeakerOwnAct.announces(t, from: s.end) {
                        var c = mention(.claimed, s, ifPerpetrator: true); c.ownAct = true
                        out.append(c)
                    } else if !hasEvent, !hasDenial, m.payload == .said, let s = speaker, s.kind == .state, !interception,
                              (m.end..<min(t.count, m.end + 6)).contains(where: { statementNouns.contains(t[$0]) }),
                              // it reports something ("… في بيان إن المسلحين كانوا يخططون …"), not a bare
                              // quote that tells nothing yet ("وقال الجيش في بيان: يجري بحث التفاصيل")
                              (s.end..<min(t.count, s.end + 8)).contains(where: {
                                  SpeakerOwnAct.bareThat.containsExact(t[$0]) || SpeakerOwnAct.selfThat.containsExact(t[$0]) }) {
                        // "وقال الجيش العراقي في بيان …" beside the incident: the force's statement on it
                        out.append(mention(.claimed, s, ifPerpetrator: true))
                    } else if !hasEvent, !hasDenial, m.payload == .said, !interception, let r = doerOfToldAct(t, actors, after: m.end) {
                        // "وقالت مصادر أمنية إن عناصر من تنظيم داعش نفذوا الهجوم": the source names the doer
                        if let s = speaker, ActorLexicon.speaksFor(s, r) { out.append(mention(.claimed, s)) } else { out.append(mention(.attributed, r)) }
                    }
                    continue
                }
                // "أعلن جيش الاحتلال إصابة 4 من جنوده إثر تفجير عبوة": its own losses, not its act nor a source's blame
                if m.payload == .said, SpeakerOwnAct.reportsOwnLosses(t, from: speaker?.end ?? m.end) { continue }
                // "أعلنت حركة الجهاد التوصل إلى وقف لإطلاق النار … إثر تصعيد تخللته غارات إسرائيلية": a
                // truce or a decision announced; the acts told after it are the writer's account
                if m.payload == .said, let s = speaker, SpeakerOwnAct.announcesDecision(t, from: max(s.end, m.end)) { continue }
                // "وأعلن الجيش أن إحدى دباباته أطلقت النار …، ردا على تفجير عبوة ناسفة": the speaker's
                // own act answers the sentence's act — its claim is of the answer, not of this act
                if let s = speaker, SpeakerOwnAct.announces(t, from: s.end), answersTheActs(t, after: s.end, eventStarts: eventStarts) { continue }
                // Speaker right after the speech verb: its own act → claim; a source naming the attacker → attribution.
                if let s = speaker, SpeakerOwnAct.announces(t, from: s.end) {
                    var c = mention(.claimed, s)
                    c.ownStrike = (s.end..<min(t.count, s.end + 10)).contains {
                        SpeakerOwnAct.attackNouns.contains(t[$0]) || SpeakerOwnAct.attackVerbs.contains(t[$0]) || SpeakerOwnAct.strikeNouns.contains(t[$0])
                    }
                    out.append(c)
                } else if let s = speaker, let f = reportedForce(t, actors, speaker: s) {
                    out.append(mention(.claimed, f))
                } else if let s = speaker, s.kind == .nonState, !actors.contains(where: { $0.start == s.start && $0.end == s.end }),
                          (m.end..<t.count).contains(where: { SpeakerOwnAct.attackVerbs.contains(t[$0]) }) {
                    // a group's own outlet reporting an attack ("وذكرت وكالة أعماق أن انغماسيين هاجموا …")
                    out.append(mention(.claimed, s))
                } else if let p = perpetrator ?? doer(told: m)
                            ?? (speaker == nil && !quotesSomeone(t, after: m.end) ? nil : weaponAdjective(t, actors, after: m.end)),
                          !p.canonical.hasBytePrefix("Unidentified") {
                    if let s = speaker, ActorLexicon.speaksFor(s, p) {
                        // "قصفت مقاتلات إسرائيلية …، كما أعلن الاحتلال عن إصابة منزل": the force
                        // named before its own statement speaks there of something else.
                        if m.payload == .said && p.start < m.start { continue }
                        out.append(mention(.claimed, s))
                    } else if uncertain.occurs(in: t) {
                        continue
                    } else if m.payload == .said, p.start > m.end, (m.end..<p.start).contains(where: { narratorClause.contains(t[$0]) }) {
                        // "وتضمن بيان للتحالف أن …، حيث اعترضت الرياض صاروخا أطلقه المتمردون": the writer's own
                        // clause names the attacker as plain fact, not the source quoted before it (the
                        // source may still be the incident's perpetrator speaking)
                        if let s = speaker, !interception { out.append(mention(.claimed, s, ifPerpetrator: true)) }
                    } else {
                        out.append(mention(.attributed, p))
                        // the speaker may itself be the incident's perpetrator (named in another sentence),
                        // not when it names who fired at it ("رصدت إطلاق صاروخ من قبل الميليشيا")
                        if let s = speaker, !interception, fired == nil { out.append(mention(.claimed, s, ifPerpetrator: true)) }
                    }
                } else if !perpetratorGiven, m.payload == .said, !interception,
                          let r = reportedActor(t, actors, after: m.end, eventStarts: eventStarts), !uncertain.occurs(in: t) {
                    // (an interception's reported doer is the interceptor: it neither attacked nor claims)
                    // "قال المرصد إن تنظيم الدولة خطف 36 مدنيا": the source names who did the act it reports
                    if let s = speaker, ActorLexicon.speaksFor(s, r) { out.append(mention(.claimed, s)) } else { out.append(mention(.attributed, r)) }
                } else if !perpetratorGiven, !hasDenial, m.payload == .said, let s = speaker, s.kind == .state, !interception,
                          (m.end..<t.count).contains(where: { SpeakerOwnAct.strikeNouns.contains(t[$0])
                              || (SpeakerOwnAct.attackVerbs.contains(t[$0]) && !SpeakerOwnAct.relativeSubject(t, verb: $0)) }) {
                    // "وأعلن البنتاغون أن أربع قطع بحرية أطلقت 30 صاروخا": a state body telling
                    // of the act is its claim when its forces did it (named in another sentence)
                    var c = mention(.claimed, s, ifPerpetrator: true)
                    // "وقال الجيش إن الضربة الجوية التي نفذت الثلاثاء استهدفت …": a force giving the
                    // account of the air strike itself, no one else named as its doer — its own strike
                    c.ownAct = !policeForces.contains(s.canonical) && SpeakerOwnAct.accountOfAirStrike(t, from: s.end)
                    out.append(c)
                }
            }
        }
        if let q = quoted, !out.contains(where: { $0.status == .claimed || $0.status == .denied }) {
            var c = mention(.claimed, q); c.ownAct = true; c.ownStrike = true
            out.append(c)
        }
        // "الدفاعات الجوية رصدت صاروخا": air defences detect and intercept — never the doer blamed
        return out.filter { !($0.status == .attributed && isDefender($0)) }
    }

    /// "أكدت قوات التحالف … أنها ستجري تحقيقا … إثر قصف جوي، وفقا للمتحدث": the party's words
    /// before the act promise, deny or investigate — whoever is cited for them claims nothing.
    static func promisesBeforeAct(_ t: [ArabicToken], eventStarts: [Int]?) -> Bool {
        guard let e = eventStarts?.min() else { return false }
        return (0..<e).contains { SpeakerOwnAct.selfThat.containsExact(t[$0]) && SpeakerOwnAct.disowns(t, from: $0) }
    }

    /// The actor a statement names as the subject of its reported act: "قال مدير المرصد إن تنظيم
    /// الدولة خطف …" — the first words after "أن/إن" (a few words after the speech verb), followed
    /// at once by the act. A member or a victim named there is not the actor.
    static func reportedActor(_ t: [ArabicToken], _ actors: [ActorMention], after verbEnd: Int, eventStarts: [Int]?) -> ActorMention? {
        // ("ونقلت الوكالة الرسمية عن مصدر عسكري قوله إن …": the words cited may stand further on)
        let cited = (verbEnd..<min(t.count, verbEnd + 10)).first { citedWords.contains(t[$0]) }
        guard let starts = eventStarts,
              let that = (verbEnd..<min(t.count, verbEnd + 8)).first(where: { SpeakerOwnAct.bareThat.containsExact(t[$0]) })
                ?? cited.flatMap({ c in (c + 1..<min(t.count, c + 3)).first { SpeakerOwnAct.bareThat.containsExact(t[$0]) } }),
              // ("إن مسلحين من تنظيم داعش": the gunmen, unnamed, are from the group named after them)
              let a = actors.filter({ !$0.canonical.hasBytePrefix("Unidentified") }).first(where: { $0.start == that + 1 || ($0.start == that + 2 && memberNouns.contains(t[that + 1]))
                  // "إن مسلحين من تنظيم داعش هاجموا"، "إن عناصر من الحركة نفذوا": doers from the group
                  || ($0.start == that + 3 && (memberNouns.contains(t[that + 1]) || SpeakerOwnAct.otherDoers.contains(t[that + 1]))
                      && t[that + 2].matches("من"))
                  // "إن طائرات إسرائيلية أطلقت عدة صواريخ": a force's arm named by its nisba
                  || ($0.start == that + 2 && forceArms.contains(t[that + 1])) }),
              a.kind == .nonState || a.end - a.start > 1 || !ActorLexicon.nisbaForms.contains(t[a.start].norm)
                  || (a.start == that + 2 && forceArms.contains(t[that + 1])),
              !a.canonical.hasBytePrefix("Unidentified"), !isMemberOf(t, a)
        else { return nil }
        // the act right after the actor, or the actor named by its weapon ("المدفعية الإسرائيلية أطلقت")
        let acts = starts.contains { $0 >= a.start && $0 <= a.end + 1 }
            || (a.end < t.count && (SpeakerOwnAct.attackVerbs.containsExact(t[a.end]) || launchVerbs.containsExact(t[a.end])))
        return acts ? a : nil
    }

    /// "في بيان"، "في تصريح": a formal statement.
    static let statementNouns = WordSet(["بيان", "تصريح", "تصريحات", "بلاغ", "مؤتمر"])

    /// "حيث" opens the writer's own clause after a quoted statement ("فيما"، "بينما" often go on
    /// with the source's words, so they do not end it).
    static let narratorClause = WordSet(["حيث"])

    /// Nouns a nisba after them describes as place or victim, not attacker: "الأراضي الإسرائيلية"،
    /// "مستوطنة إسرائيلية"، "مدنيين سوريين".
    static let placeOrVictimNouns = WordSet(["الأراضي", "أراضي", "الأراضى", "الحدود", "حدود", "السياج", "مستوطنة", "المستوطنة",
                                             "مستوطنات", "المستوطنات", "بلدات", "البلدات", "مدن", "المدن", "مدنيين", "المدنيين",
                                             "مدنيا", "مواطنين", "المواطنين", "أسرى", "الأسرى", "رهائن", "الرهائن", "منشأة", "المنشأة",
                                             "السفارة", "سفارة", "الحدودية", "الجانب", "العمق"])
    static func isPlaceOrVictim(_ t: [ArabicToken], _ a: ActorMention) -> Bool {
        guard a.start > 0 else { return false }
        // "أمام سفارة الولايات المتحدة"، "مقر الحزب": the party that owns the place struck
        if ownedPlaces.containsExact(t[a.start - 1]) { return true }
        guard a.end - a.start == 1, ActorLexicon.nisbaForms.contains(t[a.start].norm) else { return false }
        // ("الحدود الجنوبية السعودية": a direction may stand between the land and its owner)
        let k = a.start >= 2 && directionAdjectives.contains(t[a.start - 1]) ? a.start - 2 : a.start - 1
        return placeOrVictimNouns.contains(t[k])
    }
    static let directionAdjectives = WordSet(["الجنوبية", "الشمالية", "الشرقية", "الغربية", "الجنوبي", "الشمالي", "الشرقي", "الغربي"])
    static let ownedPlaces = WordSet(["سفارة", "السفارة", "قنصلية", "القنصلية", "مقر", "المقر", "مبنى", "موكب", "مكاتب", "مكتب",
                                      "سفارات", "لسفارة", "بسفارة", "مقار", "مقرات"])

    /// "أفادت وكالة سانا أن الطيران السوري شن غارات": a voice reporting that a force it speaks for
    /// struck — the force's claim through its state's media.
    static func reportedForce(_ t: [ArabicToken], _ actors: [ActorMention], speaker: ActorMention) -> ActorMention? {
        guard let that = (speaker.end..<min(t.count, speaker.end + 5)).first(where: { SpeakerOwnAct.bareThat.containsExact(t[$0]) })
        else { return nil }
        guard let force = actors.first(where: { $0.start > that && $0.start <= that + 2 }), ActorLexicon.speaksFor(speaker, force)
        else { return nil }
        let acts = (force.end..<min(t.count, force.end + 3)).contains { SpeakerOwnAct.attackVerbs.contains(t[$0]) }
        return acts ? force : nil
    }
}
