/// "شن الجيش الإسرائيلي غارات على قطاع غزة … وأصيب ثلاثة جنود إسرائيليين بجروح": an air strike or
/// shelling does not hit the force that fired it. Soldiers or fighters named by the side's nisba
/// ("جنود إسرائيليين"، "جنديان تركيان") or force ("عناصر من الحشد"، "مسلحي الحوثي") are another
/// act's victims (the rockets answered, an ambush told beside it), not the strike's — unless the
/// story says the fire was their own ("بنيران صديقة"، "عن طريق الخطأ"). Civilians are not a side:
/// "مدنيين سوريين" killed by a Syrian strike are its victims.
enum OwnSideVictims {
    /// Combatant nouns whose nisba or force name tells their side.
    static let combatants = WordSet(["جنود", "جندي", "جنديا", "جنديان", "جنديين", "عسكري", "عسكريا", "عسكريان", "عسكريين",
                                     "عسكريون", "عناصر", "عنصرا", "عنصر", "عنصران", "عنصرين", "مقاتلين", "مقاتلا", "مقاتلون",
                                     "مقاتلي", "مقاتلان", "مسلحي", "ضباط", "ضابط", "ضابطا", "ضابطين", "جنودا", "أفراد", "منتسبي",
                                     "طيار", "طيارا", "طياران", "جنديين", "الجنود", "العسكريين"])
    static let ofWord = WordSet(["من"])
    static let otherWords = WordSet(["آخرون", "آخرين", "آخران", "آخر", "آخرا", "اخرون", "اخرين", "اخران"])
    /// "بنيران صديقة"، "عن طريق الخطأ"، "بالخطأ": the side's own fire, said outright.
    static let ownFire = WordSet(["صديقة", "الصديقة", "الخطأ", "بالخطأ", "خطأ"])
    /// Forces on one side: a strike by one does not hit the others.
    static let sides: [Set<String>] = [["Israel"], ["Iraq", "PMF"], ["Turkey"], ["Russia"], ["Iran", "IRGC"], ["Syria"],
                                       ["Saudi Arabia", "Saudi-led coalition", "Coalition", "UAE", "Yemen"],
                                       ["USA", "International coalition", "Coalition"], ["Houthis"], ["SDF", "YPG"], ["PKK"],
                                       ["Hamas", "Qassam"], ["PIJ", "Saraya al-Quds"], ["Hezbollah"], ["ISIS"]]
    static let nisbaSide: [String: String] = {
        var out: [String: String] = [:]
        for (w, c) in ActorLexicon.nisbaRows {
            for form in [w, w + "ة", w + "ين", w + "ون", w + "ان", w + "ا", "ال" + w, "ال" + w + "ة", w + "تين", "ال" + w + "ين",
                         "ال" + w + "ون", "ال" + w + "ان"] {
                out[ArabicNormalizer.normalize(form)] = c
            }
        }
        // broken plurals: "الجنود الأتراك"، "جنود روس"
        for (w, c) in [("أتراك", "Turkey"), ("الأتراك", "Turkey"), ("روس", "Russia"), ("الروس", "Russia"), ("الأمريكان", "USA"),
                       ("أمريكان", "USA"), ("الأميركان", "USA"), ("أميركان", "USA")] {
            out[ArabicNormalizer.normalize(w)] = c
        }
        return out
    }()

    /// The side that fired: the act's perpetrator, or a force named as the subject just before
    /// its act word ("شن الجيش الإسرائيلي غارات").
    static func firingSide(_ events: [SentenceAnalysis]) -> String? {
        if let p = events.lazy.compactMap(\.perpetrator).first { return p.canonical }
        guard let a = events.first, let e = a.events.first else { return nil }
        // (the force may be the act word itself: "شن طيران التحالف غارات"; "جنود إسرائيليين بقذيفة" names the victims)
        let t = a.sentence.tokens
        return a.actors.first { f in
            f.end <= e.end && e.start - f.end <= 1 && !f.ofPlace && !f.insideVoice && !(f.start > 0 && combatants.contains(t[f.start - 1]))
                && !(f.start > 1 && ofWord.contains(t[f.start - 1]) && combatants.contains(t[f.start - 2]))
        }?.canonical
    }

    static func sameSide(_ x: String, _ y: String) -> Bool {
        x == y || sides.contains { $0.contains(x) && $0.contains(y) }
    }

    /// The side of the combatants a toll at `start` names, from the words just after its cue.
    static func victimSide(_ a: SentenceAnalysis, at start: Int) -> String? {
        let t = a.sentence.tokens
        // (up to the next toll: "مقتل فلسطينيين اثنين، وأصيب جندي إسرائيلي" names two groups)
        let next = a.casualties.map(\.start).filter { $0 > start }.min() ?? t.count
        var j = start
        while j < min(t.count, start + 5, next) {
            if j > start, CasualtyRules.stopScan.contains(t[j]) { return nil }
            // "وقتل جندي إسرائيلي وأصيب اثنان آخران": the others are of the side told before them
            if otherWords.contains(t[j]), let before = a.casualties.map(\.start).filter({ $0 < start }).max() {
                return victimSide(a, at: before)
            }
            if combatants.contains(t[j]), j + 1 < t.count {
                if let c = nisbaSide[t[j + 1].norm] { return c }
                if let f = a.actors.first(where: { $0.start == j + 1 && !nisbaSide.keys.contains(t[j + 1].norm) }) { return f.canonical }
                if ofWord.contains(t[j + 1]), let f = a.actors.first(where: { $0.start == j + 2 }) { return f.canonical }
                return nil
            }
            j += 1
        }
        return nil
    }

    /// The tolls of a sentence that are not the act's own: its side's combatants, when the act
    /// is fire from afar and the sentence does not say the fire was their own.
    static func keeps(_ c: CasualtyMention, in a: SentenceAnalysis, firing side: String?, subEvent: String) -> Bool {
        guard let side, subEvent == SubEventType.airDroneStrike || subEvent == SubEventType.shellingArtilleryMissile,
              let victims = victimSide(a, at: c.start), sameSide(side, victims) else { return true }
        return a.sentence.tokens.contains { ownFire.contains($0) }
    }
}

/// "سقطت قذيفة صاروخية على سديروت. وردت طائرات إسرائيلية بغارة على رفح. وأصيب جنديان
/// إسرائيليان": the soldiers a strike does not take are the other act's, when the story tells
/// exactly one other act in their own country by a force not theirs.
extension OwnSideVictims {
    /// The country whose soldiers a side's are (where another act could have hit them).
    static let homeCountry: [String: String] = ["Israel": "IL", "Turkey": "TR", "Saudi Arabia": "SA", "Saudi-led coalition": "SA",
                                                "Iraq": "IQ", "PMF": "IQ", "Syria": "SY", "Yemen": "YE", "Houthis": "YE"]

    /// By draft: the sentences and tolls of other drafts' own-side soldiers it takes.
    static func adoptions(_ drafts: [IncidentDraft], _ all: [SentenceAnalysis], titles: [Int: SentenceAnalysis]) -> [Int: [(Int, CasualtyMention)]] {
        guard drafts.count >= 2 else { return [:] }
        let firing = drafts.map { d in firingSide(d.eventSentences.map { all[$0] }) }
        var out: [Int: [(Int, CasualtyMention)]] = [:]
        for (n, d) in drafts.enumerated() {
            guard let side = firing[n] else { continue }
            let events = d.eventSentences.map { all[$0] }
            let sub = SubEventRules.subEventType(lead: events[0], events: events, title: titles[n])
            // (only a sentence the act reads its toll from: its own or one of the two after it)
            for s in d.sentences where d.eventSentences.contains(where: { s >= $0 && s <= $0 + 2 }) {
                for c in CasualtyRules.folded(all[s].casualties) where !keeps(c, in: all[s], firing: side, subEvent: sub) {
                    guard let victims = victimSide(all[s], at: c.start), let home = homeCountry[victims] else { continue }
                    let others = drafts.indices.filter { o in
                        o != n && drafts[o].country == home && !(firing[o].map { sameSide($0, victims) } ?? false)
                    }
                    guard others.count == 1, !drafts[others[0]].sentences.contains(s) else { continue }
                    out[others[0], default: []].append((s, c))
                }
            }
        }
        return out
    }
}
