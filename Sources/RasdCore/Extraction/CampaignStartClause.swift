/// "… وذلك ضمن فعاليات مسيرة العودة التي انطلقت في 30 مارس الماضي"، "… في إطار عملية غصن
/// الزيتون التي بدأتها تركيا في يناير"، "تصدت للهجوم … مقر قيادة عملية شاملة بدأتها السلطات في
/// وقت سابق من الشهر": wire copy closes a sentence about today's act with when the wider campaign
/// began. That date belongs to the campaign, so it does not make the act told before it background.
enum CampaignStartClause {
    static let startVerbs = WordSet(["بدأت", "بدأ", "بدأتها", "بدأها", "بدأته", "بدأه", "انطلقت", "انطلق", "اندلعت", "اندلع"])
    /// Words that frame the act as part of a campaign ("ضمن"، "في إطار").
    static let framing = WordSet(["ضمن", "إطار", "اطار", "فعاليات"])
    /// Campaign nouns a start clause can qualify without a frame word, when indefinite ("عملية
    /// شاملة بدأتها السلطات"): the definite "الحملة العسكرية التي بدأها الجيش" is usually the
    /// campaign a trend sentence is about ("تكثف القصف بالتزامن مع الحملة …").
    static let campaigns = WordSet(["عملية", "حملة"])
    /// Words a start clause runs over at most.
    static let reach = 10

    /// The token ranges of campaign-start clauses in the sentence.
    static func ranges(_ t: [ArabicToken], eventCues: PhraseLexicon<EventKind> = EventLexicon.cues) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for v in t.indices where v > 0 && startVerbs.containsExact(t[v]) {
            let framed = (max(0, v - 6)..<v).contains { framing.contains(t[$0]) }
            let ofCampaign = (max(0, v - 3)..<v).contains { campaigns.containsExact(t[$0]) }
                && eventCues.matches(in: Array(t[..<max(0, v - 3)])).isEmpty == false
            if framed || ofCampaign { out.append(v..<min(t.count, v + reach)) }
        }
        return out
    }

    /// The sentence's tokens and dates without its campaign-start clauses (for the background test).
    static func withoutClauses(_ t: [ArabicToken], dates: [DateMention], eventCues: PhraseLexicon<EventKind> = EventLexicon.cues)
        -> ([ArabicToken], [DateMention]) {
        let rs = ranges(t, eventCues: eventCues)
        if rs.isEmpty { return (t, dates) }
        let kept = t.indices.filter { i in !rs.contains { $0.contains(i) } }.map { t[$0] }
        return (kept, dates.filter { d in !rs.contains { $0.contains(d.start) } })
    }
}
