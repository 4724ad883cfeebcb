/// How a story frames its acts: as its own news, or as the occasion of something said.
///
/// Two habits of wire copy decide it. A definite noun ("الهجوم"، "الانفجار") points back at an
/// act already told; right after a background sentence it is that earlier act, not a new one.
/// And a story that opens on a statement (a speech verb, a condemnation, allegations) is news
/// about what was said: an act it goes on to mention is this story's incident only when the
/// text dates it to the last few days, and not when it is told in the pluperfect ("وكان … قد").
enum NewsFraming {
    /// Cue kinds that a definite article can turn into a back-reference.
    /// (Not projectiles: "أطلقت الفصائل القذائف" launches new ones.)
    static let referable: Set<EventKind> = [.genericAttack, .explosion, .bombardment, .airStrike, .shelling, .clash]
    static let statementContexts: Set<SentenceContext> = [.discussion, .condemnation, .protest, .threat]
    /// Verbs opening a statement lead ("قال"، "أعلنت"، "استعرض"، "وصف").
    static let statementOpeners = WordSet(["قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "صرح", "صرحت", "ذكر", "ذكرت",
                                           "أوضح", "أوضحت", "وصف", "وصفت", "استعرض", "استعرضت", "عرض", "عرضت", "دعا", "دعت",
                                           "حذر", "حذرت", "طالب", "طالبت", "نفى", "نفت", "اتهم", "اتهمت", "رفض", "رفضت",
                                           "وعد", "وعدت", "كشف", "كشفت", "تتصدر", "يتصدر"])
    static let pluperfectAux = WordSet(["كان", "كانت", "كانوا", "كانا"])
    /// "ويأتي الهجوم بعد …"، "وجاء القصف عقب …": openers that place the act just told in time.
    static let framingVerbs = WordSet(["جاء", "جاءت", "يأتي", "تأتي", "أتى", "أتت"])

    /// A sentence telling a battle and air strikes together ("مواجهات … وغارات لمقاتلات التحالف"):
    /// the battle (with the toll) and the air strikes alone, or nil. The air strikes keep the claims and
    /// sources ("… وفق المرصد"، "غارات مقاتلات التحالف") named with their own word rather than the battle's:
    /// "أطلقت القوات الحكومية عملية … تحت غطاء جوي أمنته غارات التحالف" names the ground force for the battle.
    static func splitByType(_ a: SentenceAnalysis) -> (SentenceAnalysis, SentenceAnalysis)? {
        guard a.events.contains(where: { $0.payload == .clash }), a.events.contains(where: { $0.payload == .airStrike }) else { return nil }
        var ground = a, air = a
        ground.events = a.events.filter { $0.payload != .airStrike }
        air.events = a.events.filter { $0.payload == .airStrike }
        air.casualties = []
        air.claims = a.claims.filter { isNearer(actor: $0.actor, to: .airStrike, than: .clash, in: a) }
        air.weapons = a.weapons.filter { $0.kind == .aircraft || $0.kind == .drone }
        return (ground, air)
    }

    /// Whether the actor is named with a word of one act kind rather than of the other (an actor not
    /// found in the sentence, or none, is the whole sentence's).
    static func isNearer(actor: String?, to kind: EventKind, than other: EventKind, in a: SentenceAnalysis) -> Bool {
        guard let actor, let head = actor.split(separator: " ").first.map({ ArabicNormalizer.normalize(String($0)) }), !head.isEmpty
        else { return true }
        let t = a.sentence.tokens
        guard let at = t.indices.first(where: { t[$0].norm == head || (t[$0].norm.hasByteSuffix(head) && t[$0].norm.count <= head.count + 2) })
        else { return true }
        // the doer follows its act word ("غارات لمقاتلات التحالف"، "مواجهات مع القوات الحكومية"):
        // the nearest of the two words before it, else the nearest after it
        let acts = a.events.filter { $0.payload == kind || $0.payload == other }
        if let before = acts.filter({ $0.start < at }).max(by: { $0.start < $1.start }) { return before.payload == kind }
        return acts.filter { $0.start > at }.min(by: { $0.start < $1.start })?.payload != other
    }

    static let alsoIn = WordSet(["وفي"])

    /// "معارك في مديرية التحيتا بالحديدة، وفي جبهة صرواح بمأرب": one act told at two places in
    /// different provinces is two incidents. Returns the sentence as told of its first place
    /// (with the toll) and as told of the second, or nil.
    static func splitByPlace(_ a: SentenceAnalysis) -> (SentenceAnalysis, SentenceAnalysis)? {
        let t = a.sentence.tokens
        let named = a.places.filter { $0.place.kind != "country" && $0.place.kind != "region" && $0.place.admin1Ar != nil }
        guard let first = named.first,
              let second = named.first(where: { p in
                  p.place.admin1Ar != first.place.admin1Ar && p.start > first.end
                      && (max(0, p.start - 3)..<p.start).contains { alsoIn.containsExact(t[$0]) }
              }) else { return nil }
        var here = a, there = a
        here.places = a.places.filter { $0.start < second.start }
        there.places = a.places.filter { $0.start >= second.start }
        there.casualties = []; there.claims = []
        // "قتل 4 في التحيتا، وفي صرواح قتل 3": each place keeps the toll told with it
        let later = a.casualties.filter { $0.start >= second.start }
        if later.contains(where: { $0.count.status == .reported }) {
            here.casualties = a.casualties.filter { $0.start < second.start }
            there.casualties = later.map { var m = $0; m.adds = false; return m }
        }
        there.events = a.events.filter { !$0.payload.isWeak }
        if there.events.isEmpty { return nil }
        return (here, there)
    }

    /// "قتل 64 مدنيا في كفربطنا و11 في سقبا": a toll told town by town is one incident per town
    /// (the second figure glued to و, its town right after). Returns the sentence as told of the
    /// first town and as told of the second, each with its own toll, or nil.
    /// A source going on with more: "مضيفا أن"، "وأضاف أن".
    static let addingWords = WordSet(["مضيفا", "مضيفة", "أضاف", "أضافت", "مضيفاً"])

    static func splitByTownToll(_ a: SentenceAnalysis) -> (SentenceAnalysis, SentenceAnalysis)? {
        let t = a.sentence.tokens
        let named = a.places.filter { $0.place.kind != "country" && $0.place.kind != "region" }
        // "وقتل 5 في بلدة X"، or a source going on with a toll of its own for a town after it:
        // "… في كفربطنا" مضيفا أن 11 مدنيا قتلوا صباح الجمعة جراء الغارات في بلدة سقبا"
        func added(_ c: CasualtyMention) -> Bool { c.adds && t[c.start].norm.hasBytePrefix("\u{0648}") }
        func toldOn(_ c: CasualtyMention) -> Bool {
            c.count.status == .reported && c.start >= 2 && addingWords.contains(t[c.start - 2]) && SpeakerOwnAct.bareThat.containsExact(t[c.start - 1])
        }
        guard let m = a.casualties.first(where: { added($0) || toldOn($0) }),
              let second = named.first(where: { $0.start > m.start && $0.start <= m.start + (added(m) ? 4 : 10) }),
              !a.casualties.contains(where: { $0.start > m.start && $0.start < second.start }),
              let first = named.last(where: { $0.end <= m.start }), first.place.nameAr != second.place.nameAr,
              a.casualties.contains(where: { $0.who == m.who && $0.start < m.start && $0.count.status == .reported })
        else { return nil }
        var here = a, there = a
        here.places = a.places.filter { $0.start < m.start }
        there.places = a.places.filter { $0.start >= m.start }
        here.casualties = a.casualties.filter { $0.start < m.start }
        there.casualties = a.casualties.filter { $0.start >= m.start }.map { var c = $0; c.adds = false; return c }
        there.claims = []
        there.events = a.events.filter { !$0.payload.isWeak }
        if there.events.isEmpty { return nil }
        return (here, there)
    }

    /// "وجاء القصف هذا المساء بعد …": more about the act being told, never another incident.
    static func isFramingSequel(_ a: SentenceAnalysis) -> Bool {
        // the act words as read, corroborated or not: "الهجوم" alone is still the act just told
        let t = a.sentence.tokens
        // what comes after "بعد"/"إثر" is the earlier event this act follows ("وجاء القصف بعد إعلان
        // الجيش … الملاجئ المضادة للصواريخ"), not the act framed
        let cut = t.indices.first { $0 > 0 && SentenceAnalyzer.sequelWords.contains(t[$0]) } ?? t.count
        let acts = (a.events.isEmpty ? a.rawEvents : a.events).filter { $0.start < cut }
        guard let first = t.first, framingVerbs.contains(first), !acts.isEmpty else { return false }
        return acts.allSatisfy { e in e.payload != .projectile && e.payload != .disrupted && isDefinite(a.sentence.tokens[e.start]) }
    }

    /// Result verbs that open a sentence about the act just told: "وأسفر الهجوم عن …"،
    /// "ولم تسفر القذيفة عن أضرار"، "وأدى القصف إلى …".
    static let resultVerbs = WordSet(["أسفر", "أسفرت", "وأسفر", "وأسفرت", "تسفر", "يسفر", "أدى", "أدت", "وأدى", "وأدت",
                                      "تؤد", "يؤد", "خلف", "خلفت", "وخلف", "وخلفت", "أوقع", "أوقعت", "وأوقع", "وأوقعت"])
    static let resultLead = WordSet(["لم", "ولم", "وقد", "قد", "كما", "فيما", "حيث"])

    /// "ولم تسفر القذيفة عن أضرار أو ضحايا"، "وأسفر القصف عن مقتل 5": the sentence opens on the
    /// result of an act named by a definite noun, so it tells the outcome of the act just told,
    /// whatever other place it names in passing.
    static func isResultSequel(_ a: SentenceAnalysis) -> Bool {
        let t = a.sentence.tokens
        var v = 0
        while v < min(t.count, 2), resultLead.contains(t[v]) { v += 1 }
        guard v < t.count, resultVerbs.contains(t[v]), let first = a.events.min(by: { $0.start < $1.start }),
              first.start == v + 1, isDefinite(t[first.start]) else { return false }
        return IncidentDraft.primaryDate(a) == nil
    }

    /// The token is written with the definite article (after و/ف, or fused with ب/ل/ك).
    static func isDefinite(_ tok: ArabicToken) -> Bool {
        var w = Substring(tok.norm)
        if w.hasBytePrefix("و") || w.hasBytePrefix("ف") { w = w.dropFirst() }
        return w.hasBytePrefix("ال") || w.hasBytePrefix("بال") || w.hasBytePrefix("لل") || w.hasBytePrefix("كال")
    }

    /// Every act cue of the sentence is a definite, weak noun and no day of an act is named:
    /// the sentence tells more about an act already introduced.
    static func isAnaphoric(_ a: SentenceAnalysis) -> Bool {
        guard !a.events.isEmpty else { return false }
        if IncidentDraft.primaryDate(a) != nil { return false }
        return a.events.allSatisfy { e in referable.contains(e.payload) && isDefinite(a.sentence.tokens[e.start]) }
    }

    /// The sentence opens on a statement or is talk about acts (discussion, condemnation, protest).
    static func isStatement(_ a: SentenceAnalysis) -> Bool {
        if a.contexts.contains(where: statementContexts.contains) { return true }
        return a.sentence.tokens.prefix(3).contains { statementOpeners.contains($0) }
    }

    /// "وكان عيد العمال يوم الثلاثاء قد شهد …": a pluperfect opening, dated or not.
    static func isPluperfect(_ t: [ArabicToken]) -> Bool {
        guard let k = t.prefix(2).firstIndex(where: { pluperfectAux.contains($0) }) else { return false }
        return t[k...].prefix(8).contains { $0.norm == "قد" }
    }

    /// Whether the story's acts are news only when dated: a story opening on a statement reports
    /// what was said; one whose lead tells the headline's kind of act as past (last week, last
    /// month) is about that past act (analysis, aftermath).
    static func needsDatedActs(_ analyses: [SentenceAnalysis], title: Int?) -> Bool {
        guard let b = analyses.firstIndex(where: { !$0.sentence.isTitle }) else { return false }
        let lead = analyses[b]
        if !lead.isEvent && isStatement(lead) && !(title.map { analyses[$0].isEvent } ?? false) { return true }
        guard lead.background != nil, let t = title else { return false }
        let headline = Set(analyses[t].rawEvents.map(\.payload.family))
        return lead.rawEvents.contains { headline.contains($0.payload.family) }
    }

    /// An act met in a statement story is news only when its sentence names a day of the last
    /// week (the act's or the day its source told of it) and does not tell it in the pluperfect.
    static func standsInStatementStory(_ a: SentenceAnalysis) -> Bool {
        if isPluperfect(a.sentence.tokens) { return false }
        guard let d = IncidentDraft.primaryDate(a, statements: true) else { return false }
        return d.daysBefore <= 6
    }

    /// Openers that add one more act to those told: "كما نفذت المقاتلات …"، "فيما استهدفت …"، "وكذلك …".
    static let additiveOpeners = WordSet(["كما", "فيما", "وكذلك", "كذلك"])

    /// The sentence opens on an additive word: one more act of the news just told, not background.
    static func addsAct(_ t: [ArabicToken]) -> Bool {
        t.first.map { additiveOpeners.contains($0) } ?? false
    }
}
