/// An updated toll: "قتل 3 … وارتفعت حصيلة القتلى إلى 7"، "ارتفع عدد القتلى إلى 9". Wire copy
/// reports a first figure, then raises it as the wounded die or bodies are found. A raised figure
/// is this incident's toll however far above the first one, so the merge never sets it aside as
/// "another toll"; close figures still read as disagreeing sources (min/max) ("قال الدفاع المدني
/// إن 17 قتلوا، وقال المرصد إن الحصيلة ارتفعت إلى 19" is 17–19), unless the raise is told as
/// later ("وارتفعت الحصيلة لاحقا إلى 15"): then the lower figures were the same source's first count.
public enum CasualtyTollUpdate {
    /// Verbs that raise a toll to a new figure.
    static let raiseVerbs = ["ارتفع", "ارتفعت", "يرتفع", "ترتفع"]

    /// The position of a raising verb up to three words before a toll noun ("وارتفعت حصيلة القتلى").
    static func raiseVerb(_ t: [ArabicToken], before start: Int) -> Int? {
        (max(0, start - 3)..<start).reversed().first { i in raiseVerbs.contains { t[i].matches($0) } }
    }

    /// True when the statement's quote opens with a raising verb, or names the toll and raises it
    /// ("عدد القتلى ارتفع إلى 9").
    static func isUpdate(_ c: Count) -> Bool {
        guard let text = c.text else { return false }
        let t = ArabicTokenizer.tokenize(text)
        guard let first = t.first else { return false }
        if raiseVerbs.contains(where: { first.matches($0) }) { return true }
        return tollHeads.contains(first) && t.dropFirst().contains { w in raiseVerbs.contains { w.matches($0) } }
    }

    /// Words that tell a raise came later than the first count: "لاحقا"، "في وقت لاحق"، "مجددا".
    static let laterWords = WordSet(["لاحقا", "لاحق", "مجددا", "مجدداً", "تاليا"])

    /// True when the statement raises the toll and says the raise came later ("وارتفعت الحصيلة
    /// لاحقا إلى 15"، "ارتفع عدد القتلى في وقت لاحق إلى 9").
    static func isLaterUpdate(_ c: Count) -> Bool {
        guard isUpdate(c), let text = c.text else { return false }
        return ArabicTokenizer.tokenize(text).contains { laterWords.contains($0) }
    }

    /// True when the statement raises the toll as the consequence of a death just told ("توفي جريح
    /// متأثرا بجروحه، ليرتفع عدد القتلى إلى أربعة"، "وبذلك يرتفع عدد القتلى إلى 5"): the raised figure
    /// counts the earlier ones, so they give way to it instead of standing as another source's reading.
    static func isConsequentUpdate(_ c: Count) -> Bool {
        guard let text = c.text, let first = ArabicTokenizer.tokenize(text).first, raiseVerbs.contains(where: { first.matches($0) }) else { return false }
        let w = first.norm
        return w.hasBytePrefix("ل") || w.hasBytePrefix("وي") || w.hasBytePrefix("وت") || w.hasBytePrefix("ي") || w.hasBytePrefix("ت")
    }

    /// How far after the toll noun its figure may stand. A raising verb before the toll may name
    /// one act at length before its "إلى" ("ارتفع عدد القتلى في الغارة الجوية على مدينة حلب إلى
    /// 12"): twelve words then; otherwise six. A toll raised over attacks in the plural ("حصيلة
    /// قتلى قوات النظام في سوريا جراء هجمات التنظيم إلى 209") is a running total, so the long
    /// reach needs the act named in the singular.
    static func reach(_ t: [ArabicToken], head: Int) -> Int {
        guard raiseVerb(t, before: head) != nil else { return 6 }
        let words = (head + 1)..<min(t.count, head + 10)
        return words.contains { oneAct.contains(t[$0]) } && !words.contains { manyActs.contains(t[$0]) } ? 12 : 6
    }

    /// One act named in the singular (or dual) with its article.
    static let oneAct = WordSet(["الهجوم", "الغارة", "التفجير", "الانفجار", "القصف", "الاعتداء", "الحادث", "الهجومين", "الغارتين",
                                 "التفجيرين", "الانفجارين"])
    /// Acts in the plural, or a campaign: a toll raised over them is a running total.
    static let manyActs = WordSet(["هجمات", "الهجمات", "غارات", "الغارات", "معارك", "المعارك", "اشتباكات", "الاشتباكات",
                                   "عمليات", "العمليات", "حملة", "الحملة", "الحرب", "النزاع"])

    /// Words that name a toll before its noun: "عدد القتلى"، "حصيلة قتلى الهجوم".
    static let tollHeads = WordSet(["عدد", "حصيلة", "الحصيلة", "تعداد"])

    /// "وارتفع عدد القتلى لاحقا إلى 9"، "إن عدد القتلى ارتفع إلى 9"، "ارتفعت حصيلة قتلى التفجير
    /// الانتحاري في كابول إلى 57 شخصا": a toll noun after "عدد"/"حصيلة", then within six words
    /// "إلى"/"بلغ" and its figure. The running totals ("لترتفع بذلك حصيلة القتلى منذ …") are left
    /// out: a "منذ" stops the scan, and a toll the day's figure joins ("لترتفع") is not read here.
    /// Returns the figure; the statement starts at "عدد"/"حصيلة".
    static func namedTollFigure(_ t: [ArabicToken], noun: Int, end: Int) -> NumberPhrase? {
        guard noun > 0, tollHeads.contains(t[noun - 1]) else { return nil }
        if (max(0, noun - 4)..<(noun - 1)).contains(where: { CumulativeTollRules.bringsTotal.contains(t[$0]) }) { return nil }
        guard let n = CasualtyRules.tollFigure(t, after: end, reach: reach(t, head: noun - 1)) ?? reachedFigure(t, head: noun - 1, end: end) else { return nil }
        // "عدد القتلى بين 22 إلى 33 قتيلا": a figure before "إلى" makes it a range, not a raise
        if (end..<max(end, n.start - 1)).contains(where: { ArabicNumbers.phrase(t, at: $0) != nil }) { return nil }
        return n
    }

    /// "بلغ عدد قتلى الغارة على دوما 12 شخصا": "بلغ"/"وصل" before the head, the act named after the
    /// noun, then the figure (within six words, no other toll word or "منذ" between).
    static func reachedFigure(_ t: [ArabicToken], head: Int, end: Int) -> NumberPhrase? {
        guard head > 0, t[head - 1].matches(prefix: "بلغ") || t[head - 1].matches(prefix: "وصل") else { return nil }
        var j = end
        while j < min(t.count, end + 7) {
            if CasualtyRules.cues.match(t, at: j) != nil || CumulativeTollRules.since.contains(t[j]) { return nil }
            if let n = ArabicNumbers.phrase(t, at: j) {
                guard !n.vague, !CasualtyRules.notPeople(t, n.end) else { return nil }
                return n
            }
            j += 1
        }
        return nil
    }
}
