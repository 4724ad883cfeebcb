/// One act told twice: wire copy leads with the day a body spoke ("فتح التحالف تحقيقا الجمعة في
/// القصف … الذي أسفر عن مقتل 51 شخصا") and later retells the act on its own day ("وقتل 51 شخصا …
/// في قصف جوي استهدف الحافلة الخميس في سوق ضحيان"). Two incidents at the same place (or a place
/// and its governorate, or two places of one governorate on the same day: "سوق شعبية بحي الكشكول في ريف دمشق"
/// and "سوق شعبية في ضواحي دمشق"), of the same kind, with the same stated toll of three or more are that one
/// act: the second is folded into the first, its casualties, the earlier day and a claim the first lacks kept.
///
/// Remote violence is often told twice with two act words ("القصف المتواصل … بدعم جوي روسي … مقتل 29"
/// and "قتل 29 مدنيا في قصف روسي وسوري استهدف مدينة دوما"): two incidents of that family in one
/// governorate on one day with the same toll of three or more are that one act too, kept under the
/// sub-type (and weapons) of the telling that names its weapon and at the more specific place.
enum DuplicateIncidents {
    /// The smallest toll that identifies an act (two dead recur too often by chance).
    static let identifyingToll = 3

    static func merged(_ xs: [IncidentFacts]) -> [IncidentFacts] {
        var out: [IncidentFacts] = []
        for f in xs {
            if let k = out.firstIndex(where: { isSameAct($0, f) }) { out[k] = folding(f, into: out[k]) } else { out.append(f) }
        }
        return out
    }

    static func isSameAct(_ a: IncidentFacts, _ b: IncidentFacts) -> Bool {
        if isSamePlaceDayAndKind(a, b) { return true }
        // (two kinds of act with one toll are more often a toll read twice than one act told twice)
        guard a.subEventType == b.subEventType || bothRemoteViolence(a, b), let p = a.location, let q = b.location, p.country == q.country,
              samePlace(p, q) || sameGovernorateAndDay(a, b)
        else { return false }
        func sameToll(_ x: Count, _ y: Count) -> Bool {
            x.status == .reported && y.status == .reported && (x.min ?? 0) >= identifyingToll && x.min == y.min
        }
        return sameToll(a.casualties.killed, b.casualties.killed) || sameToll(a.casualties.injured, b.casualties.injured)
            || sameSalvo(a, b)
    }

    /// "سقطت ثلاثة صواريخ على قاعدة عين الأسد" then "أعلنت خلية الإعلام الأمني سقوط ثلاثة صواريخ في
    /// قضاء هيت": the same number (three or more) of one kind of weapon, told of one governorate on one
    /// day, is one salvo told twice, unless the two tellings state different tolls.
    static func sameSalvo(_ a: IncidentFacts, _ b: IncidentFacts) -> Bool {
        func exact(_ c: Count) -> Int? { c.status == .reported && c.min == c.max ? c.min : nil }
        let salvo = a.weapons.contains { w in
            guard let n = exact(w.count), n >= identifyingToll else { return false }
            return b.weapons.contains { $0.kind == w.kind && exact($0.count) == n }
        }
        guard salvo else { return false }
        func differ(_ x: Count, _ y: Count) -> Bool { x.status == .reported && y.status == .reported && x.min != y.min }
        return !differ(a.casualties.killed, b.casualties.killed) && !differ(a.casualties.injured, b.casualties.injured)
    }

    /// "اعترضت الدفاعات صاروخا باتجاه نجران" then the spokesman's "رصدت … إطلاق صاروخ باليستي …
    /// وأضاف أن الصاروخ كان باتجاه نجران": one act of one kind told again, at the same named place on
    /// the same day, is that one act (ACLED codes one event per kind, place and day), unless one
    /// telling states a toll the other does not.
    static func isSamePlaceDayAndKind(_ a: IncidentFacts, _ b: IncidentFacts) -> Bool {
        guard a.subEventType == b.subEventType, let p = a.location, let q = b.location, p.country == q.country,
              ArabicNormalizer.normalize(p.nameAr) == ArabicNormalizer.normalize(q.nameAr),
              let d = a.eventDate, let e = b.eventDate, d.date == e.date else { return false }
        // a toll told with one telling only may be another act's ("… وكان الانفجار قد خلف أربعة جرحى")
        func differ(_ x: Count, _ y: Count) -> Bool {
            let stated: Set<Count.Status> = [.reported, .vague]
            guard stated.contains(x.status) || stated.contains(y.status) else { return false }
            return x.status != y.status || x.min != y.min
        }
        return !differ(a.casualties.killed, b.casualties.killed) && !differ(a.casualties.injured, b.casualties.injured)
    }

    /// Two remote-violence incidents may be one act under different sub-types, when they share the
    /// place test of `isSameAct` ("قصف … في محافظة صعدة" dated by the day a body spoke, "غارة جوية …
    /// في سوق ضحيان" by its own). (Only then may two kinds of act with one toll be one act: elsewhere
    /// a toll read twice is likelier.)
    static func bothRemoteViolence(_ a: IncidentFacts, _ b: IncidentFacts) -> Bool {
        a.eventType == remoteViolence && b.eventType == remoteViolence
    }

    static let remoteViolence = "Explosions/Remote violence"

    /// The incident's sentences name a weapon of its act (not just "قصف").
    static func namesWeapon(_ f: IncidentFacts) -> Bool { f.weapons.contains { $0.kind != .unknown } }

    static func samePlace(_ p: Location, _ q: Location) -> Bool {
        let pn = ArabicNormalizer.normalize(p.nameAr), qn = ArabicNormalizer.normalize(q.nameAr)
        if pn == qn { return true }
        return p.admin1Ar.map(ArabicNormalizer.normalize) == qn || q.admin1Ar.map(ArabicNormalizer.normalize) == pn
    }

    /// Two places of one governorate on one day (a district and the city's outskirts it lies in).
    static func sameGovernorateAndDay(_ a: IncidentFacts, _ b: IncidentFacts) -> Bool {
        guard let g = a.location?.admin1Ar, let h = b.location?.admin1Ar, let d = a.eventDate, let e = b.eventDate else { return false }
        return ArabicNormalizer.normalize(g) == ArabicNormalizer.normalize(h) && d.date == e.date
    }

    static func folding(_ b: IncidentFacts, into a: IncidentFacts) -> IncidentFacts {
        var m = a
        if a.subEventType != b.subEventType {
            // the telling that names its weapon tells the act's kind ("قصف روسي" after "غارات روسية")
            if !namesWeapon(a), namesWeapon(b) {
                m.eventType = b.eventType; m.subEventType = b.subEventType; m.weapons = b.weapons; m.outcome = b.outcome
                m.evidence = m.evidence.filter { $0.field != "event_type" && $0.field != "weapons" }
                    + b.evidence.filter { $0.field == "event_type" || $0.field == "weapons" }
            }
            // the more specific place of one governorate ("دوما" over "الغوطة الشرقية")
            if let p = a.location, let q = b.location, q.precision < p.precision {
                m.location = q
                m.evidence = m.evidence.filter { $0.field != "location" } + b.evidence.filter { $0.field == "location" }
            }
        }
        m.casualties.killed = CasualtyRules.merge([a.casualties.killed, b.casualties.killed])
        m.casualties.injured = CasualtyRules.merge([a.casualties.injured, b.casualties.injured])
        if m.casualties.killed.status == .reported { m.fatalities = m.casualties.killed.min }
        // the more specific place of the two ("سوق ضحيان" over "صعدة")
        if let q = b.location, let p = a.location, q.admin1Ar.map(ArabicNormalizer.normalize) == ArabicNormalizer.normalize(p.nameAr) {
            m.location = q
        }
        // the act came before the reports of it
        if let d = b.eventDate, let e = a.eventDate, d.date < e.date { m.eventDate = d }
        // a source that names the doer in one telling names it for the act
        if a.claim.status == .notMentioned, b.claim.status != .notMentioned { m.claim = b.claim; m.perpetrator = m.perpetrator ?? b.perpetrator }
        for e in b.evidence where !m.evidence.contains(where: { $0.field == e.field }) { m.evidence.append(e) }
        return m
    }
}
