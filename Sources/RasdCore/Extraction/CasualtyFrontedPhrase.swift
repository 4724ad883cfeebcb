/// The toll told verb first with the act or place fronted before the figure: "وقتل في الاعتداء
/// 14 شخصا"، "وأصيب في الانفجار ثلاثة أشخاص"، "قتل خلال الاشتباكات خمسة من عناصر الشرطة"،
/// "مواجهات قتل فيها فلسطينيان". Arabic puts the prepositional phrase between the passive verb
/// and its subject as often as after it; without this reading the toll is not mentioned at all.
extension CasualtyRules {
    /// Prepositions that open the fronted phrase.
    static let frontedPrepositions = WordSet(["في", "خلال", "جراء", "إثر", "اثر", "بنيران", "برصاص", "على", "من", "بين", "داخل", "قرب"])
    /// "قتل فيها فلسطينيان"، "أصيب فيه ثلاثة": the act told before, as a pronoun.
    static let frontedPronouns = WordSet(["فيه", "فيها", "فيهما", "فيهم", "خلاله", "خلالها", "جراءه", "جراءها"])
    static let recentSpans = WordSet(["الأيام", "الساعات", "اليومين"])
    /// Words that make the phrase a time or a clause, not an act or a place: "قتل في العام الماضي
    /// 500"، "أصيب في الانفجار الذي وقع …".
    static let frontedStops = WordSet(["الذي", "التي", "الذين", "اللذين", "اللتين", "العام", "الشهر", "الأسبوع", "السنوات",
                                       "الأعوام", "الأيام", "الأشهر", "الماضي", "الماضية", "المنصرم", "الحرب", "النزاع", "منذ"])

    /// Words that name a place's kind before its name: "مدينة حلب"، "بلدة دوما"، "مخيم جنين".
    static let adminWords = WordSet(["مدينة", "بلدة", "قرية", "محافظة", "مخيم", "حي", "منطقة", "ولاية", "إقليم", "قضاء", "ناحية", "مديرية"])

    /// Verbal nouns ("مقتل 5"، "إصابة 3"): the figure follows them directly, never a fronted phrase.
    static let verbalNouns = WordSet(["مقتل", "استشهاد", "مصرع", "وفاة", "إصابة", "اغتيال", "تصفية", "هلاك", "ارتقاء", "القضاء"])

    static func frontedCount(_ f: (min: Int?, max: Int?, vague: Bool, end: Int), _ text: String) -> Count {
        f.vague ? Count(status: .vague, min: f.min, text: text) : Count(status: .reported, min: f.min, max: f.max, text: text)
    }

    /// The count after a fronted phrase that starts right after the verb cue ending at `i`:
    /// a figure ("14 شخصا") or a counted person noun ("فلسطينيان"، "شخص").
    static func figureAfterFrontedPhrase(_ t: [ArabicToken], after i: Int) -> (min: Int?, max: Int?, vague: Bool, end: Int)? {
        guard var j = frontedPhraseEnd(t, from: i), j < t.count else { return nil }
        // "قتل على الأقل 12 مدنيا"، "قتل خلاله على الأقل 26 مقاتلا": the floor fronted before the figure
        var floor = j >= 2 && ArabicNumbers.isAtLeast(t, at: j - 2)
        if j + 2 < t.count, ArabicNumbers.isAtLeast(t, at: j) { j += 2; floor = true }
        if let n = figureAfter(t, j, limit: 1), n.start == j, !n.vague || n.min != nil {
            return (n.min, floor ? nil : n.max, n.vague, n.end)
        }
        if let p = persons.match(t, at: j), p.payload <= 2, !t[j].matches("اخر"), !t[j].matches("اخري") {
            return (p.payload, atLeast(t, after: p.end) ? nil : p.payload, false, p.end)
        }
        return nil
    }

    /// The end of a fronted phrase starting at `i`: a pronoun "فيها", or a preposition and one to
    /// three words (definite nouns and adjectives, or one place name), possibly a second such phrase.
    static func frontedPhraseEnd(_ t: [ArabicToken], from i: Int) -> Int? {
        guard i < t.count else { return nil }
        if frontedPronouns.containsExact(t[i]) { return i + 1 }
        // "وقتل خلال الأيام الماضية 39 شخصا": the running toll of clashes still going on (days, not
        // weeks or months: those are a campaign's)
        if i + 2 < t.count, t[i].matches("خلال"), recentSpans.containsExact(t[i + 1]), t[i + 2].matches("الماضيه") || t[i + 2].matches("الاخيره") {
            return i + 3
        }
        var j = i, phrases = 0
        while j < t.count, phrases < 2, frontedPrepositions.containsExact(t[j]) {
            var k = j + 1, words = 0
            while k < t.count, words < 3 {
                let w = t[k]
                if frontedStops.contains(w) || frontedPrepositions.containsExact(w) || cues.match(t, at: k) != nil
                    || ArabicNumbers.phrase(t, at: k) != nil || w.norm.hasBytePrefix("و") { break }
                if NewsFraming.isDefinite(w) { words += 1; k += 1; continue }
                // one name right after the preposition: "قتل في درعا 5 مدنيين"; an admin word and its
                // name ("على مدينة حلب"، "في بلدة دوما") are one place
                if words == 0 {
                    words = 1; k += 1
                    if adminWords.contains(w), k < t.count, !frontedStops.contains(t[k]), !frontedPrepositions.containsExact(t[k]),
                       cues.match(t, at: k) == nil, ArabicNumbers.phrase(t, at: k) == nil, !t[k].norm.hasBytePrefix("و") { k += 1 }
                }
                break
            }
            if words == 0 { return nil }
            j = k; phrases += 1
        }
        return phrases > 0 ? j : nil
    }
}
