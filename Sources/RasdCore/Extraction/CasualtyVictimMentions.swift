/// A victims noun that counts nothing of this act: the victims' kin ("عائلات الضحايا"، "ذوي
/// القتلى"، "أهالي الشهداء" — the subject of a demand or a visit, not a toll) or the victims of
/// acts before it ("ضحايا الهجمات السابقة"). Read as a vague toll, either gave a story silent on
/// its own dead "dead of unknown number".
extension CasualtyRules {
    static let kinOfVictims = WordSet(["عائلات", "عائلة", "أهالي", "أهل", "ذوي", "ذوو", "أسر", "أسرة", "عوائل", "أقارب", "لعائلات", "لأهالي", "لذوي", "لأسر"])
    static let earlierAdjectives = WordSet(["السابقة", "السابق", "الماضية", "الماضي", "سابقة", "سابق", "الأخيرة", "السالفة"])

    /// The nominal victims cue at `start` names the kin's dead or an earlier act's.
    static func victimsOfNoToll(_ t: [ArabicToken], start: Int, end: Int) -> Bool {
        if start > 0, kinOfVictims.contains(t[start - 1]) { return true }
        // "ضحايا الهجمات السابقة": the noun, an event noun, a "former" adjective
        return (end + 1 < t.count) && t[end].norm.hasBytePrefix("ال") && earlierAdjectives.contains(t[end + 1])
    }
}
