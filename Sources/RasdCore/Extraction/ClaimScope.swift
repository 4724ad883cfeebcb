/// How far a claim statement reaches: the readings of claim words that are no claim of this act
/// — adopting an idea or a plan ("تبني إستراتيجية")، attacks in general ("هجمات تبنى التنظيم عددا
/// منها")، many acts at once ("مسؤوليتها عن غالبية الهجمات")، a toll denied ("نفت وقوع إصابات") —
/// and the word shapes that decide who is named: "أعلن X المسؤولية عن" with the claimant between,
/// and the target of "غارة استهدفت X" that is no doer.
extension ClaimRules {
    static let negations = WordSet(["لم", "لا", "لن", "ولم", "ولا", "ولن"])
    static let ideas = WordSet(["فكرا", "نهجا", "منهجا", "موقفا", "خطابا", "أسلوبا", "مشروعا", "قرارا", "برنامجا", "العنف",
                                "فكر", "أفكار", "نهج", "منهج", "أيديولوجية", "عقيدة", "مواقف", "موقف", "رؤية", "سياسة",
                                "استراتيجية", "إستراتيجية", "استراتيجيات", "خطة", "خطط", "حملة", "حملات", "مبادرة", "مبادرات",
                                "مشروع", "مشاريع", "قرار", "قرارات", "برنامج", "برامج", "خطاب", "أسلوب", "منهجية", "فكرة",
                                "مقترح", "اقتراح", "قضية", "قضايا", "مطالب", "دعوة", "دعوات", "توجه", "توجهات", "مفهوم"])

    /// "تعرضت لهجمات أعلن تنظيم داعش المسؤولية عنها"، "تشهد هجمات تبنى التنظيم عددا منها": a claim
    /// in a relative clause on indefinite plural acts is about attacks in general, not this one.
    static let pluralActs = ["هجمات", "تفجيرات", "عمليات", "اعتداءات", "غارات", "هجمات إرهابية"].map { ArabicNormalizer.normalize($0) }
    /// "ضربة جوية استهدفت الحوثيين"، "غارة طالت مواقع حزب الله": an actor right after a verb of
    /// targeting that follows the act's noun (a relative clause) is its object, not its subject as
    /// in "استهدفت إسرائيل مواقع".
    static let targetVerbs = WordSet(["استهدف", "استهدفت", "استهدفا", "استهدفتا", "استهدفوا", "طال", "طالت", "طاول", "طاولت",
                                      "ضرب", "ضربت", "أصاب", "أصابت"])
    static let actNouns = WordSet(["غارة", "غارات", "ضربة", "ضربات", "قصف", "هجوم", "هجمات", "صاروخ", "صواريخ", "قذيفة", "قذائف",
                                   "انفجار", "تفجير", "عبوة", "جوية", "صاروخية", "مدفعي", "مدفعية", "عملية", "الغارة", "الضربة",
                                   "القصف", "الهجوم", "الصاروخ", "القذيفة", "الانفجار", "التفجير", "العبوة", "العملية", "مسيرة",
                                   "تفجيرا", "هجوما", "قصفا", "انفجارا", "صاروخا", "هجوم", "ناسفة", "مفخخة", "انتحاري", "انتحارية"])
    /// … and a nisba on that object: "تفجيرا استهدف دبابة إسرائيلية" names the victim's side.
    static func isTargetOfAct(_ t: [ArabicToken], _ a: ActorMention) -> Bool {
        let nisba = a.end - a.start == 1 && ActorLexicon.nisbaForms.contains(t[a.start].norm)
        for v in [a.start - 1, nisba ? a.start - 2 : -1] where v >= 1 {
            if targetVerbs.containsExact(t[v]) && actNouns.contains(t[v - 1]) { return true }
        }
        return false
    }

    /// Talks and deals: what a party denies taking part in is no act ("نفت الفصائل مشاركتها في أي مفاوضات").
    static let talks = WordSet(["مفاوضات", "المفاوضات", "محادثات", "المحادثات", "تفاوض", "التفاوض", "اتفاق", "الاتفاق",
                                "هدنة", "الهدنة", "مصالحة", "المصالحة", "وساطة", "الوساطة", "اجتماع", "اجتماعات", "لقاء", "لقاءات"])

    static let asReported = WordSet(["كما", "وكما"])
    static let tollNouns = WordSet(["إصابات", "إصابة", "ضحايا", "قتلى", "جرحى", "خسائر", "مصابين", "وفيات", "أضرار", "مقتل"])
    static let manyActs = WordSet(["غالبية", "معظم", "أغلب", "أغلبية", "عدد", "عددا", "بعض", "سلسلة", "كثير", "العديد", "مئات", "عشرات"])
    static func aboutOtherActs(_ t: [ArabicToken], verb: Int) -> Bool {
        guard verb > 0 else { return false }
        let w = t[verb - 1].norm
        return pluralActs.contains { p in w == p || (w.count == p.count + 1 && w.hasByteSuffix(p) && "ولبف".contains(w.first!)) }
    }

    /// "أعلن … المسؤولية": a verb of announcing a few words before "المسؤولية" (its subject
    /// between), with nothing that makes it a charge ("تتحمل المسؤولية"، "حمّل … المسؤولية"), a
    /// denial or a negation in the span. Returns the verb's index.
    static let announceVerbs = WordSet(["أعلن", "أعلنت", "يعلن", "تعلن", "أعلنوا", "يعلنون", "أعلنا"])
    static let responsibilityCharges = WordSet(["تحمل", "يتحمل", "تتحمل", "يحمل", "حمل", "حملت", "حملوا", "تحميل", "نفى", "نفت",
                                                "ينفي", "تنفي", "نفي", "نفيه", "نفيها", "عدم", "لم", "لن", "لا", "رفض", "رفضت"])
    static func announcedResponsibility(_ t: [ArabicToken], at k: Int) -> Int? {
        // (the claimant with its description may stand between: "وأعلنت وزارة الدفاع التي يسيطر عليها
        // الحوثيون في صنعاء، بعد ذلك بوقت قصير المسؤولية")
        for j in stride(from: k - 1, through: max(0, k - 14), by: -1) {
            if responsibilityCharges.containsExact(t[j]) || responsibilityCharges.contains(t[j]) { return nil }
            if announceVerbs.contains(t[j]) { return j }
        }
        return nil
    }

    /// "وحملت الحكومة التي يقودها الحمدالله، ومقرها الضفة الغربية، حماس المسؤولية عن الهجوم"،
    /// "وحمل عباس في بيان حركة حماس مسؤولية الهجوم": the party held responsible stands right
    /// before the word of responsibility (or before a relative clause on it that ends there),
    /// however many words name the accuser after the verb.
    static func heldResponsible(_ t: [ArabicToken], _ actors: [ActorMention], verbEnd: Int) -> ActorMention? {
        guard let r = (verbEnd..<min(t.count, verbEnd + 16)).first(where: { responsibility.match(t, at: $0) != nil }) else { return nil }
        let before = { (k: Int) in actors.last { $0.start >= verbEnd && $0.end <= k && $0.end >= k - 1 && !isMemberOf(t, $0) } }
        if let a = before(r) { return a }
        // "حركة حماس، التي تسيطر على قطاع غزة منذ 2007، المسؤولية"
        guard let rel = (max(verbEnd, r - 8)..<r).last(where: { relativePronouns.containsExact(t[$0]) }) else { return nil }
        return before(rel)
    }

    /// "ويأتي الهجوم بعد أسبوع من تفجير تبناه تنظيم داعش في بغداد": a claim in a relative clause
    /// ("تبناه"، "تبنته"، "أعلن مسؤوليته عنه") on an act noun that a time word puts before or after
    /// this one ("بعد"، "قبل"، "منذ") is the claim of that other act.
    static let relativeClaims = WordSet(["تبناه", "تبنته", "تبناها", "تبنتها", "تبنوه", "تبنوها"])
    static let sequenceWords = WordSet(["بعد", "قبل", "منذ", "عقب", "إثر"])
    static func claimOfOtherTimedAct(_ t: [ArabicToken], cue m: PhraseMatch<Cue>) -> Bool {
        guard relativeClaims.containsExact(t[m.start]) || relativeClaims.contains(t[m.start]) else { return false }
        guard let noun = stride(from: m.start - 1, through: max(0, m.start - 3), by: -1).first(where: { actNouns.contains(t[$0]) })
        else { return false }
        return (max(0, noun - 4)..<noun).contains { sequenceWords.containsExact(t[$0]) || sequenceWords.contains(t[$0]) }
    }
}
