/// How a story's several statements about one incident's dead, wounded or weapons become one
/// count: wire copy repeats a toll, rounds it, updates it and quotes sources that disagree.
extension CasualtyRules {
    static let roundingWords = WordSet(["نحو", "حوالي", "قرابة", "زهاء", "يقارب", "أكثر", "يزيد", "تتخطى", "يتخطى", "تخطت",
                                        "تجاوزت", "تتجاوز", "يتجاوز", "تفوق", "يفوق", "فاقت", "عتبة",
                                        "أزيد", "يربو", "ينيف", "يناهز"])

    /// Nouns that count anyone, dead or wounded, without naming a group.
    static let anyoneNouns = WordSet(["شخص", "شخصا", "أشخاص", "الأشخاص", "قتيل", "قتيلا", "قتلى", "القتلى", "ضحية", "ضحايا",
                                      "جثة", "جثث", "جريح", "جريحا", "جرحى", "الجرحى", "مصاب", "مصابا", "مصابين", "إصابة", "إصابات"])

    /// The statement counts people as anyone ("عشرون شخصا"، "30 قتيلا"), not as a named group.
    static func countsAnyone(_ c: Count) -> Bool {
        guard let text = c.text else { return false }
        let t = ArabicTokenizer.tokenize(text)
        return t.contains { anyoneNouns.containsExact($0) || anyoneNouns.contains($0) && !$0.norm.hasBytePrefix("\u{0648}") }
    }

    /// True when the statement's own words round its figure ("نحو"، "أكثر من").
    static func isRounded(_ c: Count) -> Bool {
        guard let text = c.text else { return false }
        return ArabicTokenizer.tokenize(text).contains { roundingWords.contains($0) }
    }

    /// Folds a story's statements about one incident into one count: figures that disagree
    /// become min/max; reported beats vague beats none beats unknown.
    public static func merge(_ counts: [Count]) -> Count {
        var reported = counts.filter { $0.status == .reported && $0.min != nil }
        // an earlier or preliminary reading gives way to any other ("حصيلة سابقة"، "حصيلة أولية")
        if reported.contains(where: { !EarlierTolls.isEarlier($0) }) { reported = reported.filter { !EarlierTolls.isEarlier($0) } }
        // a toll raised later ("وارتفعت الحصيلة لاحقا إلى 15") or as the consequence of a death ("… ليرتفع
        // عدد القتلى إلى أربعة") counts the lower figures told before it
        if let raised = reported.filter({ CasualtyTollUpdate.isConsequentUpdate($0) || CasualtyTollUpdate.isLaterUpdate($0) }).compactMap(\.min).max() {
            reported = reported.filter { $0.min! >= raised }
        }
        // a figure told again as one group of a larger toll ("مقتل 16 طفلا" … "قتل 16 طفلا وأربع نساء") is that part
        reported = reported.filter { c in !reported.contains { d in d.min! > c.min! && (CountParts.isGroup(c, of: d) || CoordinatedPersons.isGroup(c, of: d)) } }
        if let first = reported.first?.min {
            // Sources that disagree give close figures; a far larger or smaller one is another toll,
            // unless the text raises the toll to it ("وارتفعت حصيلة القتلى إلى 7").
            reported = reported.filter { c in
                let v = c.min!; return (v * 2 >= first && v <= first * 2) || CasualtyTollUpdate.isUpdate(c)
            }
        }
        // A rounded figure ("نحو 250"، "أكثر من 250") gives way to the exact one it rounds (246, 252).
        // (a floor the text states plainly, "215 على الأقل", is exact enough to replace "أكثر من 200")
        let exact = reported.filter { !isRounded($0) }
        if !exact.isEmpty, exact.count < reported.count {
            reported = reported.filter { c in
                guard isRounded(c) else { return true }
                // ("أكثر من 30 غارة" in a title and "30 غارة" in the body: the exact figure is the one it rounds up from)
                return !exact.contains { e in c.max == nil ? e.min! >= c.min! - 1 : (e.min! * 10 >= c.min! * 8 && e.min! * 10 <= c.min! * 12) }
            }
        }
        // Sources that disagree give close figures (3 and 4, 36 and 39); a figure well below the
        // largest counts a part of the dead ("شرطيتين" … "ثلاثة قتلى"), not another source's toll.
        if let top = reported.compactMap(\.min).max() {
            // (a stated range, "بين 40 و50", is judged by its upper figure)
            // A floor and a higher figure that both count anyone ("قتل عشرون شخصا على الأقل" … "بلغ عدد
            // القتلى 30 شخصا") are two sources' readings of one toll, however far apart; a part names a
            // group ("شرطيتين"، "16 طفلا") and an updated toll replaces the earlier one.
            let topGeneral = reported.contains { $0.min == top && countsAnyone($0) && !CasualtyTollUpdate.isUpdate($0) }
            // Two exact figures that both count anyone, the lower at least two thirds of the higher ("قتل 5
            // أشخاص … بينما قال المرصد إن 7 أشخاص قتلوا"), are two sources' readings too: min and max (SCHEMA);
            // a half is a part ("ثمانية أشخاص، بالإضافة لمقتل 8 مهاجمين" sums to 16).
            reported = reported.filter {
                ($0.max ?? $0.min!) * 4 >= top * 3 || (topGeneral && countsAnyone($0) && ($0.max == nil || $0.min! * 3 >= top * 2))
            }
        }
        if !reported.isEmpty {
            let mins = reported.compactMap(\.min)
            let lo = mins.min()!, hiStated = reported.map { $0.max ?? $0.min! }.max()!
            let anyOpen = reported.contains { $0.max == nil }
            let hi: Int? = hiStated != lo ? hiStated : (anyOpen ? nil : lo)
            return Count(status: .reported, min: lo, max: hi, text: reported.first!.text)
        }
        // a vague amount with its convention figure ("العشرات" = 10) says more than a bare "قتلى"
        if let c = counts.first(where: { $0.status == .vague && $0.min != nil }) ?? counts.first(where: { $0.status == .vague }) { return c }
        for s in [Count.Status.none, .unknown] {
            if let c = counts.first(where: { $0.status == s }) { return c }
        }
        return Count()
    }
}
