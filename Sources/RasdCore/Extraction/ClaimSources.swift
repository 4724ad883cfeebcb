/// Where a cited source's words start and end in wire copy, and who they name as the doer:
/// a trailing "وفق ما أعلن الجيش" sources the clause before it like "وفق الجيش" does; a source
/// put inside a result clause ("ما أسفر، وفق سانا، عن مقتل أربعة") vouches only for the toll; the
/// subject of "شنت روسيا غارات" is the doer the source names; a rocket "launched by" a group
/// ("رصدت إطلاق صاروخ باليستي من قبل الميليشيا") names its launcher; and a charge of supplying
/// or backing ("تتهم المملكة إيران بتزويد الحوثيين بالصواريخ") blames no one for the act itself.
extension ClaimRules {
    /// "وفق ما"، "بحسب ما"، "وفقا لما"، "حسبما": the speech verb after them reports the clause
    /// before ("… غارة على غزة، وفق ما أعلن الجيش في بيان"). ("كما أعلن" may start a statement of
    /// its own: see `asReported`.)
    static let sourcingWords = WordSet(["وفق", "وفقا", "بحسب", "حسب", "طبقا", "تبعا"])
    static let whatWords = WordSet(["ما", "لما"])
    static let sourcingAsWhat = WordSet(["حسبما", "وفقما", "بحسبما"])
    static func sourcesBefore(_ t: [ArabicToken], verb k: Int) -> Bool {
        guard k > 0 else { return false }
        if sourcingAsWhat.containsExact(t[k - 1]) { return true }
        return k > 1 && whatWords.containsExact(t[k - 1]) && sourcingWords.contains(t[k - 2])
    }

    /// "ما أسفر، وفق وكالة الأنباء، عن مقتل أربعة"، "أدى بحسب مسعفين إلى مقتل العشرات": a source
    /// placed inside the result clause vouches for the toll, not for who did it.
    static let resultVerbs = WordSet(["أسفر", "أسفرت", "أدى", "أدت", "أوقع", "أوقعت", "خلف", "خلفت", "تسبب", "تسببت", "أودى", "أودت",
                                      "مسفرا", "مسفرة", "مخلفا", "مخلفة", "موقعا", "موقعة"])
    static func sourcesOnlyToll(_ t: [ArabicToken], cue m: PhraseMatch<Cue>) -> Bool {
        // the sourcing words themselves: "وفق"، "حسبما"، or "وفق ما" before a speech verb
        var src = m.start
        if src > 0 && sourcingAsWhat.containsExact(t[src - 1]) { src -= 1 }
        else if src > 1 && whatWords.containsExact(t[src - 1]) && sourcingWords.contains(t[src - 2]) { src -= 2 }
        return (max(0, src - 2)..<src).contains { resultVerbs.contains(t[$0]) }
    }

    /// "شنت روسيا غارات"، "نفذ التحالف ضربات"، "أطلقت إسرائيل صاروخا": the subject right after a
    /// verb of launching an attack, the act named after it — the doer as the clause tells it
    /// (verb–subject–object order hides it from a search after the act's noun).
    static let doerVerbs = WordSet(["شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا", "أطلق", "أطلقت", "أطلقوا", "أغار", "أغارت",
                                    "هاجم", "هاجمت", "هاجموا", "قصف", "قصفت", "استهدف", "استهدفت", "استهدفوا", "دمر", "دمرت",
                                    "فجر", "فجرت", "فجروا"])
    static func subjectDoer(_ t: [ArabicToken], _ actors: [ActorMention], eventStarts: [Int]?) -> ActorMention? {
        guard let starts = eventStarts, !starts.isEmpty else { return nil }
        for a in actors where a.start > 0 {
            // "نفذت طائرات التحالف غارات"، "أطلقت ميليشيات التمرد الحوثي": the force's arm between
            // the verb and its name
            var v = a.start - 1
            // ("فجر مقاتلو حركة الشباب عبوة": the group's members between the verb and its name)
            while v > 0 && a.start - v <= 2 && (forceArms.contains(t[v]) || memberNouns.contains(t[v])) { v -= 1 }
            guard doerVerbs.contains(t[v]) else { continue }
            if a.canonical.hasBytePrefix("Unidentified") || isMemberOf(t, a) || isPlaceOrVictim(t, a) || isTargetOfAct(t, a) { continue }
            // the verb opens its clause: not "غارة استهدفت الحوثيين" (the object of a relative clause)
            if v >= 1 && actNouns.contains(t[v - 1]) { continue }
            if starts.contains(where: { $0 == v || ($0 >= a.end && $0 <= a.end + 8) }) { return a }
        }
        return nil
    }
    static let forceArms = WordSet(["طائرات", "مقاتلات", "طيران", "قوات", "مدفعية", "دبابات", "بوارج", "وحدات", "ميليشيات", "مليشيات",
                                    "ميليشيا", "مليشيا", "جماعة", "التمرد", "الانقلاب", "سلاح", "الجو"])

    /// "رصدت إطلاق صاروخ باليستي من قبل الميليشيا الحوثية": the one a launch is "by", a few words
    /// after the verbal noun of launching.
    static let launchNouns = WordSet(["إطلاق", "إطلاقه", "إطلاقها"])
    static let byWords = WordSet(["قبل", "جانب", "طرف"])
    static func launchedBy(_ t: [ArabicToken], _ actors: [ActorMention]) -> ActorMention? {
        for k in t.indices where launchNouns.contains(t[k]) || launchVerbs.containsExact(t[k]) {
            for i in (k + 1)..<max(k + 1, min(t.count - 1, k + 7)) where t[i].matches("من") && byWords.containsExact(t[i + 1]) {
                if let a = actors.first(where: { $0.start == i + 2 }) { return a }
                break
            }
        }
        return nil
    }

    /// "تتهم المملكة إيران بتزويد الحوثيين بالصواريخ"، "اتهم روسيا بالتصعيد"، "اتهم عباس حماس
    /// بأنها ليس لديها النية": a charge of arming, backing, a policy or a stance, not of carrying
    /// out the act. The charge is the first "ب" word after the accused; none ("اتهم الحوثيون
    /// التحالف") leaves the blame standing.
    static let actCharges = ["استهداف", "قصف", "اطلاق", "شن", "هجوم", "الهجوم", "مهاجمه", "تفجير", "اعتداء", "الاعتداء", "الوقوف",
                             "وقوف", "المسوول", "مسوول", "ارتكاب", "تنفيذ", "تدبير", "التخطيط", "قتل", "استخدام", "ضلوع", "الضلوع",
                             "تورط", "التورط", "العدوان", "عدوان", "مجزره", "المجزره", "اغتيال", "خطف", "اختطاف", "القصف", "الاستهداف"]
    static let thatWords = WordSet(["بأن", "بأنه", "بأنها", "بأنهم"])
    static let accusedDescriptions = WordSet(["بقيادة", "بزعامة", "برئاسة"])
    static let behindWords = WordSet(["وراء", "خلف", "المسؤول", "المسؤولة", "مسؤول", "مسؤولة", "المسؤولون"])
    static func chargedWithOther(_ t: [ArabicToken], accused a: ActorMention) -> Bool {
        // ("التحالف العسكري بقيادة السعودية بشن الهجوم": "بقيادة" describes the accused)
        guard let j = (a.end..<min(t.count, a.end + 5)).first(where: {
            t[$0].norm.hasBytePrefix("ب") && t[$0].norm.count > 2 && !accusedDescriptions.containsExact(t[$0]) }) else { return false }
        func isAct(_ k: Int) -> Bool { t[k].forms.contains { f in actCharges.contains { f.hasBytePrefix($0) } } }
        if thatWords.containsExact(t[j]) {
            return !((j + 1)..<min(t.count, j + 6)).contains { isAct($0) || behindWords.contains(t[$0]) }
        }
        return !isAct(j)
    }

    /// "طائرة بدون طيار معادية حوثية"، "صاروخ حوثي": a group named by an adjective on the weapon
    /// or act, inside what a source said (the state nisbas are found with the act itself).
    static let weaponNouns = WordSet(["طيار", "طائرة", "طائرات", "الطائرة", "مسيرة", "مسيرات"])
    static func weaponAdjective(_ t: [ArabicToken], _ actors: [ActorMention], after k: Int) -> ActorMention? {
        actors.first { a in
            guard a.start >= k, a.end - a.start == 1, a.kind == .nonState, a.start > 0, !t[a.start].norm.hasBytePrefix("ال") else { return false }
            let w = t[a.start].norm
            guard w.hasByteSuffix("يه") || w.hasByteSuffix("ي") || w.hasByteSuffix("يين") || w.hasByteSuffix("يون") else { return false }
            return (max(0, a.start - 3)..<a.start).contains { actNouns.contains(t[$0]) || weaponNouns.contains(t[$0]) }
        }
    }

    /// "ونقلت الوكالة على لسان المالكي قوله إن …": the verb cites a person's words even when the
    /// person is no body the lexicon knows, so what follows is a source's account.
    static let citedWords = WordSet(["لسان", "قوله", "قولها", "قولهم"])
    static func quotesSomeone(_ t: [ArabicToken], after k: Int) -> Bool {
        (k..<min(t.count, k + 6)).contains { citedWords.contains(t[$0]) }
    }

    /// The party warned over an act of its own: the object of "حذر" (not its subject, the
    /// speaker), with "ب" and an attack noun after it ("باستهدافها"، "بقصف").
    static let attackStems = ["استهداف", "قصف", "اطلاق", "شن", "هجوم", "الهجوم", "مهاجمه", "تفجير", "اعتداء", "الاعتداء"]
    static func warned(_ t: [ArabicToken], _ actors: [ActorMention], verb m: PhraseMatch<Cue>, voices: [ActorMention]) -> ActorMention? {
        let after = actors.filter { $0.start >= m.end && $0.start <= m.end + 8 && !isMemberOf(t, $0) }
        let warner = after.first.flatMap { a in (m.end..<a.start).allSatisfy { speakerTitles.contains(t[$0]) } ? a : nil }
        guard let a = after.first(where: { $0 != warner }) ?? (voices.contains { $0.end == m.start } ? after.first : nil) else { return nil }
        let over = (a.end..<min(t.count, a.end + 8)).contains { j in
            t[j].norm.hasBytePrefix("ب") && t[j].forms.contains { f in attackStems.contains { f.hasBytePrefix($0) } }
        }
        return over ? a : nil
    }

    /// "أعلن الجيش أن دبابة أطلقت النار على مركز مراقبة، ردا على تفجير عبوة": every act the
    /// sentence tells sits after "ردا على" past the speaker, and is of a kind no army answers with
    /// (a bomb, a shooting, a clash) — the act is the one answered, and the speaker's own act is
    /// the answer. (An answered rocket or shell leaves it open: "أعلن الجيش أنه استهدف موقعا ردا
    /// على إطلاق قذيفة هاون" is typed from the shell and is the army's strike.)
    static let answeringKinds: Set<EventKind.Family> = [.air, .fire, .disrupted]
    static func answersTheActs(_ t: [ArabicToken], after k: Int, eventStarts: [Int]?) -> Bool {
        guard let starts = eventStarts, !starts.isEmpty, let mk = NewsFraming.answerMarker(t), mk > k,
              starts.allSatisfy({ $0 > mk }) else { return false }
        // ("تفجير عبوة ناسفة استهدفت الدبابة": the act's own verb of targeting says nothing of its kind)
        let kinds = Set(EventLexicon.cues.matches(in: t).filter { $0.start > mk }.map(\.payload.family)).subtracting([.generic])
        return !kinds.isEmpty && kinds.isDisjoint(with: answeringKinds)
    }

    /// A noun of responsibility ("مسؤوليتها عن") after a denial in the same sentence, with no verb
    /// of announcing between: what is denied, not claimed.
    static func deniedBefore(_ t: [ArabicToken], _ ms: [PhraseMatch<Cue>], noun m: PhraseMatch<Cue>) -> Bool {
        guard responsibility.match(t, at: m.start) != nil,
              let d = ms.last(where: { $0.payload == .deny && $0.end <= m.start }) else { return false }
        return !(d.end..<m.start).contains { announceVerbs.contains(t[$0]) }
    }

    /// "أعلن تنظيم داعش الإرهابي في بيان نشر على موقع تويتر اليوم الخميس مسؤوليته عن التفجير":
    /// the claimant of a noun of responsibility is the subject of the verb of announcing before it,
    /// however many words of where and when stand between.
    static func announcer(_ t: [ArabicToken], _ actors: [ActorMention], noun m: PhraseMatch<Cue>) -> ActorMention? {
        guard responsibility.match(t, at: m.start) != nil else { return nil }
        for v in stride(from: m.start - 1, through: max(0, m.start - 14), by: -1) where announceVerbs.contains(t[v]) {
            return actors.first { $0.start == v + 1 || $0.start == v + 2 }
        }
        return nil
    }

    /// The words from a speech verb to `end` are the speaker's report: a "أن/إن" opens it and no
    /// clause of the writer's own ("هذا فيما"، "في حين"، "حيث") starts before `end`.
    static let writerClauses = WordSet(["فيما", "بينما", "حيث", "هذا", "وذلك", "يأتي", "ويأتي", "وتأتي", "تأتي", "حين"])
    static func insideReport(_ t: [ArabicToken], from k: Int, to end: Int) -> Bool {
        guard end > k, (k..<end).contains(where: { SpeakerOwnAct.bareThat.containsExact(t[$0]) || SpeakerOwnAct.selfThat.containsExact(t[$0]) })
        else { return false }
        return !(k..<end).contains { writerClauses.containsExact(t[$0]) || writerClauses.contains(t[$0]) }
    }

    /// "أفاد مراسل العربية"، "أكد مراسل لوكالة الأنباء الفرنسية"، "وفق ما ذكره مراسلنا": a
    /// correspondent is the news outlet telling the story, not a party cited on who did it.
    static let correspondents = WordSet(["مراسل", "مراسلة", "مراسلنا", "مراسلتنا", "مراسلو", "مراسلون", "مراسلي", "مراسلين"])
    static func byCorrespondent(_ t: [ArabicToken], verb m: PhraseMatch<Cue>) -> Bool {
        (m.end..<min(t.count, m.end + 2)).contains { correspondents.contains(t[$0]) }
    }

    /// Air defences ("الدفاعات الجوية السعودية"، "قوات الدفاع الجوي"): the side that intercepts.
    static func isDefender(_ m: ClaimMention) -> Bool {
        m.canonical == "Air defence" || (m.actor.map { ArabicNormalizer.normalize($0).contains("دفاع") } ?? false)
    }

    static let announcingNouns = WordSet(["إعلان"])

    /// "على يد رجل مسلح بسكين قامت الشرطة بقتله"، "أردي قتيلا برصاص الشرطة": the police or
    /// security forces who stopped the attacker answered the act, they did not do it.
    static let policeForces: Set<String> = ["Police", "Security forces"]
    static let stoppedAttacker = WordSet(["بقتله", "قتلته", "قتلوه", "أردته", "أرداه", "أردي", "أردوه", "تحييده", "تحييد", "اعتقلته",
                                          "اعتقاله", "القبض", "بالقبض", "توقيفه", "أوقفته", "أصابته", "قتله"])
    static func isResponder(_ t: [ArabicToken], _ p: ActorMention) -> Bool {
        policeForces.contains(p.canonical) && t.contains { stoppedAttacker.contains($0) }
    }
}
