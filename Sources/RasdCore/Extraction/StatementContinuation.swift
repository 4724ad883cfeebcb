/// Wire copy quotes a statement across sentences: "وقال الجيش التركي في بيان إن …" and then
/// "وأضاف البيان أن طائراته استهدفت مخازن أسلحة" or "وأوضح أن …". The second sentence names no
/// speaker, or only "البيان"، "المتحدث"، "المصدر"; its speaker is the one who spoke in the sentence
/// just before. Without it, a force's own strike told in the continued quote is no one's claim.
public enum StatementContinuation {
    /// Verbs that go on with a statement, written first in their sentence.
    static let continuingVerbs = WordSet(["أضاف", "أضافت", "تابع", "تابعت", "أوضح", "أوضحت", "أشار", "أشارت", "أكد", "أكدت",
                                          "ذكر", "ذكرت", "مضيفا", "مضيفة"])
    /// Words standing for the speaker already named: the statement, its spokesman, its source.
    static let statementWords = WordSet(["البيان", "المتحدث", "الناطق", "المصدر", "المسؤول"])
    /// Verbs that open a statement in the sentence before.
    static let openingVerbs = WordSet(["قال", "قالت", "أعلن", "أعلنت", "ذكر", "ذكرت", "أفاد", "أفادت", "أكد", "أكدت", "أوضح",
                                       "أوضحت", "صرح", "صرحت", "أضاف", "أضافت", "يقول", "تقول"])

    /// Where the continuing sentence's speaker stands: the statement word after the verb
    /// ("وأضاف البيان أن") or, with none ("وأوضح أن"), a zero-width place right after the verb.
    /// Nil when the sentence does not open by going on with a statement.
    static func speakerSlot(_ t: [ArabicToken]) -> Range<Int>? {
        guard t.count >= 3, continuingVerbs.contains(t[0]) else { return nil }
        if statementWords.containsExact(t[1]) { return 1..<2 }
        return SpeakerOwnAct.bareThat.containsExact(t[1]) || SpeakerOwnAct.selfThat.containsExact(t[1])
            || t[1].matches("في") || t[1].matches("إلى") ? 1..<1 : nil
    }

    /// The voice that opened the statement in `previous`: right after an opening verb (titles such
    /// as "المتحدث باسم" between) or right before it, within the sentence's first words.
    static func opener(_ previous: [ArabicToken], lexicon: ActorLexicon) -> ActorMention? {
        let window = min(previous.count, 14)
        guard let v = (0..<window).first(where: { openingVerbs.contains(previous[$0]) }) else { return nil }
        let voices = lexicon.speakerMentions(previous)
        if let a = voices.first(where: { a in
            a.start > v && a.start <= v + 4 && (v + 1..<a.start).allSatisfy { ClaimRules.speakerTitles.contains(previous[$0]) }
        }) { return a }
        return voices.last { $0.end == v }
    }

    /// The speaker a statement-continuing sentence stands for, placed where its subject stands, or
    /// nil. Only the sentence right before counts — a quote runs on, it does not jump — though that
    /// one may itself go on with the statement ("وأضاف … . وتابع أن …"), up to three in a row.
    public static func speaker(of s: ArabicSentence, in story: [ArabicSentence], lexicon: ActorLexicon) -> ActorMention? {
        guard !s.isTitle, let slot = speakerSlot(s.tokens), let k = story.firstIndex(where: { $0.index == s.index }) else { return nil }
        var j = k - 1
        while j >= 0, j >= k - 3, !story[j].isTitle {
            if var a = opener(story[j].tokens, lexicon: lexicon) {
                a.start = slot.lowerBound; a.end = slot.upperBound
                return a
            }
            // a sentence that goes on with the statement hands it further back; any other ends it
            guard speakerSlot(story[j].tokens) != nil else { return nil }
            j -= 1
        }
        return nil
    }
}
