/// "أصيب ثلاثة جنود بقذيفة سقطت في سديروت، بينما شنت طائرات غارات على رفح دون وقوع إصابات":
/// wire copy joins two acts in one sentence with a contrast or co-ordination word (بينما، فيما،
/// في حين، كما، or و opening a clause with its own act or toll). Each clause tells its own act at
/// its own place, and the casualties (or their absence) told in a clause are that act's, not the
/// sum of both. The split is made only when the later clause names an act of its own and a place
/// that is neither the earlier clause's place nor its governorate: "قتل 3 فيما أصيب 5 في البلدة"
/// is one act told in two clauses.
extension NewsFraming {
    /// Words that open a clause of its own in mid-sentence.
    static let clauseOpeners = WordSet(["بينما", "وبينما", "فيما", "وفيما", "كما"])
    /// "فضلا عن"، "إضافة إلى"، "بالإضافة إلى"، "علاوة على" (two words).
    static let besidesFirst = WordSet(["فضلا", "فضلاً", "إضافة", "بالإضافة", "علاوة"])
    static let besidesSecond = WordSet(["عن", "إلى", "الى", "على"])
    /// "ردا على ذلك"، "ردا على هذا".
    static let thatWords = WordSet(["ذلك", "هذا", "ذلك،", "هذه"])
    /// Finite casualty verbs that open a clause after و ("، وأصيب ثلاثة …"), unlike their verbal nouns ("وإصابة").
    static let clauseVerbs = WordSet(["قتل", "قتلت", "قتلوا", "أصيب", "أصيبت", "أصيبوا", "جرح", "جرحت", "قضى", "لقي", "لقوا",
                                      "استشهد", "سقط"])
    /// "في حين" / "وفي حين" (two words).
    static let whileFirst = WordSet(["في", "وفي"])
    static let whileSecond = WordSet(["حين"])
    /// "فيما يتعلق"، "فيما بعد"، "كما هو": the word does not open a clause there.
    static let notClause = WordSet(["يتعلق", "يخص", "بعد", "يبدو", "بينها", "بينهم", "هو", "هي", "يلي", "وصفه", "وصفته", "سبق"])

    /// The position of the word opening a second clause that tells an act of its own, or nil.
    static func contrastBoundary(_ a: SentenceAnalysis, needsAct: Bool = true) -> Int? {
        a.sentence.tokens.indices.dropFirst(3).first { b in clauseOpens(a, at: b) && opensOtherAct(a, from: b, needsAct: needsAct) }
    }

    /// A word at `b` opens a clause of its own (a contrast or co-ordination word, or و glued to a
    /// verb of its own act or toll).
    static func clauseOpens(_ a: SentenceAnalysis, at b: Int) -> Bool {
        let t = a.sentence.tokens
        let opens: Bool
        if clauseOpeners.contains(t[b]) {
            opens = b + 1 < t.count && !notClause.contains(t[b + 1])
        } else if whileFirst.contains(t[b]), b + 1 < t.count, whileSecond.contains(t[b + 1]) {
            opens = true
        } else if besidesFirst.contains(t[b]), b + 1 < t.count, besidesSecond.contains(t[b + 1]) {
            // "غارتين على X، فضلا عن مقتل امرأة … جراء قصف استهدف Y": one more act besides
            opens = true
        } else if SentenceAnalyzer.answerWords.contains(t[b]), b + 2 < t.count, SentenceAnalyzer.onWord.contains(t[b + 1]),
                  thatWords.contains(t[b + 2]) {
            // "، وردا على ذلك قصفت دبابات …": the answer to the act just told ("ردا على قصف" names the act answered instead)
            opens = true
        } else if t[b].norm == "وفي" {
            // "، وفي مدينة حلب قتل ثلاثة …": a clause opening on its own place
            opens = a.places.contains { $0.start > b && $0.start <= b + 2 }
        } else if t[b].norm.hasBytePrefix("\u{0648}"), t[b].norm.count > 3 {
            // "، وقتل ثلاثة آخرون في قصف …"، "وشنت طائرات …": a clause glued to و that opens on its own act or
            // toll; a finite verb always opens one, a verbal noun only after the act and place of the toll before it
            opens = a.events.contains { $0.start == b && !$0.payload.isWeak }
                || (a.casualties.contains { $0.start == b } && (clauseVerbs.contains(t[b]) || !continuesToll(a, at: b)))
        } else {
            opens = false
        }
        return opens
    }

    /// The clause from `b` tells an act of its own (or, without `needsAct`, a toll of its own) at
    /// another place or on another day than the words before it, which tell an act.
    static func opensOtherAct(_ a: SentenceAnalysis, from b: Int, needsAct: Bool) -> Bool {
        guard a.events.contains(where: { $0.start < b && isSpecific($0) }) else { return false }
        if needsAct ? laterActs(a, from: b).isEmpty : !a.casualties.contains(where: { $0.start >= b && $0.count.status == .reported }) {
            return false
        }
        return tellsOtherPlace(a, from: b) || (needsAct && tellsOtherDay(a, from: b))
    }

    /// "قتل خمسة الخميس في غارة على كفرنبل، فيما قتل ثلاثة الأربعاء في قصف على البلدة نفسها":
    /// each clause names a day of its act, and the days differ.
    static func tellsOtherDay(_ a: SentenceAnalysis, from b: Int) -> Bool {
        let acts = a.dates.filter { !$0.ofStatement }
        guard let d = acts.first(where: { $0.start < b }), let e = acts.first(where: { $0.start >= b }) else { return false }
        return d.date != e.date
    }

    /// "مناطق أخرى"، "بلدات أخرى": where other acts were.
    static let areaNouns = WordSet(["مناطق", "بلدات", "قرى", "أحياء", "أماكن", "مدن", "محافظات", "مواقع"])
    static let otherWords = WordSet(["أخرى", "اخرى"])

    /// "قتل خمسة في غارة على كفرنبل، وقتل ثلاثة آخرون في مناطق أخرى من المحافظة": dead "besides"
    /// told of other areas are other acts' (SCHEMA: different places are different incidents), not
    /// this act's; the sentence without them, kept apart in `otherAreaTolls`. ("في مناطق متفرقة من
    /// رفح" is the act's own spread.)
    static func droppingTollsInOtherAreas(_ a: SentenceAnalysis) -> SentenceAnalysis {
        let t = a.sentence.tokens
        guard t.contains(where: { otherWords.contains($0) }) else { return a }
        var out = a
        out.casualties = []
        for m in a.casualties {
            if let w = otherAreaWord(a, after: m) { out.otherAreaTolls.append((m, w)) } else { out.casualties.append(m) }
        }
        return out
    }

    /// "مقتل امرأة وإصابة 7 مدنيين جراء قصف …": a toll glued to the toll before it (no act word or
    /// place between them) is the same act's dead and wounded, not a clause of its own.
    static func continuesToll(_ a: SentenceAnalysis, at b: Int) -> Bool {
        guard let last = a.casualties.filter({ $0.start < b }).map(\.start).max() else { return false }
        return !a.events.contains { $0.start > last && $0.start < b } && !a.places.contains { $0.start > last && $0.start < b }
    }

    /// The clause from `b` tells a specific act, at a pinpoint or governorate place that the words
    /// before `b` (which tell an act at a place of their own) do not name.
    static func tellsOtherPlace(_ a: SentenceAnalysis, from b: Int) -> Bool {
        func actPlaces(_ r: Range<Int>) -> [PlaceMention] { Self.actPlaces(a, r) }
        let before = actPlaces(0..<b), after = actPlaces(b..<a.sentence.tokens.count)
        guard let there = after.first, !before.isEmpty else { return false }
        return !isSameScene(before.map(\.place), there.place)
    }

    static func isSpecific(_ e: PhraseMatch<EventKind>) -> Bool { !e.payload.isWeak || e.payload == .projectile || e.payload == .bombardment }

    /// The act words of the clause from `b`. A bare "قصفت" the sentence did not corroborate stands
    /// when its own clause names a doer or a toll ("وردا على ذلك قصفت دبابات إسرائيلية … دون وقوع إصابات").
    static func laterActs(_ a: SentenceAnalysis, from b: Int) -> [PhraseMatch<EventKind>] {
        let told = a.events.filter { $0.start >= b && isSpecific($0) }
        if !told.isEmpty { return told }
        // (any act word, "هجوم" too, with a doer or a toll of its own: "بينما قتل ثلاثة جنود في هجوم … على سراقب";
        // a specific one at a place of its own: "وردا على ذلك سقطت قذيفة صاروخية على سديروت")
        if a.actors.contains(where: { $0.start > b }) || a.casualties.contains(where: { $0.start >= b }) {
            return a.rawEvents.filter { $0.start >= b }
        }
        guard !actPlaces(a, b..<a.sentence.tokens.count).isEmpty else { return [] }
        return a.rawEvents.filter { $0.start >= b && isSpecific($0) }
    }

    /// Words after which a place is where the wounded were taken or someone spoke, not where an act was.
    static let notActPlaceBefore = WordSet(["مستشفى", "مستشفيات", "مشفى", "المستشفى", "بمستشفى", "لمستشفى", "مشافي", "مستشفيات"])

    /// The places in `r` named as where something happened: not countries, launch sites or the
    /// town of a hospital the wounded were taken to.
    static func actPlaces(_ a: SentenceAnalysis, _ r: Range<Int>) -> [PlaceMention] {
        let t = a.sentence.tokens
        return a.places.filter { p in
            r.contains(p.start) && p.place.kind != "country" && !a.originStarts.contains(p.start)
                && !(max(0, p.start - 3)..<p.start).contains { notActPlaceBefore.contains(t[$0]) }
        }
    }

    /// A place named again, or told at another precision: a governorate holding a place named
    /// before, or a town of the only governorate named before. ("غارة على كفرنبل في ريف إدلب …
    /// بينما لم تسفر غارة أخرى على سراقب": another town of the governorate is another place.)
    static func isSameScene(_ before: [PlaceCandidate], _ there: PlaceCandidate) -> Bool {
        let name = ArabicNormalizer.normalize(there.nameAr)
        // (a name within the other: "شمال غزة" and "غزة")
        if before.contains(where: { b in
            let other = ArabicNormalizer.normalize(b.nameAr)
            return other == name || other.contains(name) || name.contains(other)
        }) { return true }
        let pinpoints = before.filter { $0.kind != "region" }
        if there.kind == "region" { return before.contains { within($0, there) } }
        return pinpoints.isEmpty && before.contains { within($0, there) }
    }

    /// One of the two places lies in the other (a region and a place of it; the town of a base).
    static func within(_ p: PlaceCandidate, _ q: PlaceCandidate) -> Bool {
        let pn = ArabicNormalizer.normalize(p.nameAr), qn = ArabicNormalizer.normalize(q.nameAr)
        return p.admin1Ar.map(ArabicNormalizer.normalize) == qn || q.admin1Ar.map(ArabicNormalizer.normalize) == pn
    }

    /// The sentence as told of its first clause's act and as told of the later clause's, each
    /// with the places, tolls, weapons and act words of its own words; the claims stay with the first.
    static func splitByContrast(_ a: SentenceAnalysis) -> (SentenceAnalysis, SentenceAnalysis)? {
        guard let b = contrastBoundary(a) else { return nil }
        var here = a, there = a
        here.events = a.events.filter { $0.start < b }
        there.events = laterActs(a, from: b)
        here.places = a.places.filter { $0.start < b }
        there.places = a.places.filter { $0.start >= b }
        here.casualties = a.casualties.filter { $0.start < b }
        there.casualties = a.casualties.filter { $0.start >= b }.map { var m = $0; m.adds = false; return m }
        // each clause's day, where it names one
        if a.dates.contains(where: { $0.start < b }) && a.dates.contains(where: { $0.start >= b }) {
            here.dates = a.dates.filter { $0.start < b }
            there.dates = a.dates.filter { $0.start >= b }
        }
        // "في قصف على البلدة نفسها": a clause naming no place of its own is at the first clause's
        if there.places.allSatisfy({ $0.place.kind == "country" }) { there.places = a.places }
        here.weapons = a.weapons.filter { $0.start < b }
        there.weapons = a.weapons.filter { $0.start >= b }
        there.claims = []
        there.actors = a.actors.filter { $0.start >= b }
        if let p = a.perpetrator, p.start < b { there.perpetrator = nil } else { here.perpetrator = nil }
        return (here, there)
    }
}
