/// "دهس شرطيا مما أسفر عن إصابته"، "أطلق النار على الشاب ما أدى إلى مقتله": the act's result told of
/// the person just named, as a pronoun on the verbal noun. After a result verb ("أسفر عن"، "أدى
/// إلى"، "تسبب في") the pronoun is the victim: one person (ـه، ـها), two (ـهما), or a group
/// without a number (ـهم، ـهن). Elsewhere ("بالانتقام لمقتله") it is left to the story's own toll.
extension CasualtyRules {
    static let pronounResults = PhraseLexicon<(CasualtyMention.Who, Int?)>([
        ("مقتله", (.killed, 1)), ("مقتلها", (.killed, 1)), ("مقتلهما", (.killed, 2)), ("مقتلهم", (.killed, nil)), ("مقتلهن", (.killed, nil)),
        ("استشهاده", (.killed, 1)), ("استشهادها", (.killed, 1)), ("مصرعه", (.killed, 1)), ("مصرعها", (.killed, 1)),
        ("وفاته", (.killed, 1)), ("وفاتها", (.killed, 1)),
        ("إصابته", (.injured, 1)), ("إصابتها", (.injured, 1)), ("إصابتهما", (.injured, 2)), ("إصابتهم", (.injured, nil)),
        ("إصابتهن", (.injured, nil)), ("جرحه", (.injured, 1)),
        // after "تم": "الإرهابيين الذين تم قتلهم"
        ("قتلهم", (.killed, nil)), ("قتله", (.killed, 1)), ("قتلها", (.killed, 1)), ("قتلهما", (.killed, 2)),
    ])
    /// Verbal nouns that are a victim's pronoun only after the passive "تم" ("تم قتلهم"); after a
    /// preposition they are the killer's ("لقتله عبد الفتاح الشريف").
    static let passiveOnly = WordSet(["قتلهم", "قتله", "قتلها", "قتلهما"])
    static let resultHeads = WordSet(["أسفر", "أسفرت", "يسفر", "تسفر", "أدى", "أدت", "يؤدي", "تؤدي", "تسبب", "تسببت", "ما", "مما"])
    static let resultLinks = WordSet(["عن", "إلى", "الى", "في", "ب"])

    /// Mentions for pronoun results right after a result verb and its preposition.
    static func pronounResultMentions(_ t: [ArabicToken], _ out: [CasualtyMention], negated: [Range<Int>]) -> [CasualtyMention] {
        var more: [CasualtyMention] = []
        for m in pronounResults.matches(in: t) where !negated.contains(where: { $0.contains(m.start) }) {
            let before = (max(0, m.start - 3)..<m.start)
            let passive = m.start > 0 && t[m.start - 1].matches("تم")
            if passiveOnly.containsExact(t[m.start]) && !passive { continue }
            // ("لم يسفر عن إصابته": one person spared says nothing of the toll)
            guard passive || before.contains(where: { resultHeads.contains(t[$0]) }),
                  !(max(0, m.start - 5)..<m.start).contains(where: { negators.contains(t[$0]) }),
                  m.start > 0, passive || resultLinks.contains(t[m.start - 1]) || t[m.start].norm.hasBytePrefix("ب") else { continue }
            let (who, n) = m.payload
            if (out + more).contains(where: { $0.who == who && abs($0.start - m.start) <= 4 }) { continue }
            // "مقتله ومرافقيه": more dead with him, so a floor
            let withOthers = m.end < t.count && t[m.end].norm.hasBytePrefix("و") && cues.match(t, at: m.end) == nil
            let count = n.map { Count(status: .reported, min: $0, max: withOthers ? nil : $0, text: t.text(m.start..<m.end)) }
                ?? Count(status: .vague, text: t.text(m.start..<m.end))
            more.append(CasualtyMention(who: who, count: count, start: m.start))
        }
        return more
    }
}
