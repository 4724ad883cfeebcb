/// A killing verb with its subject between it and the figure: "قتل انفجار سيارة مفخخة 20 شخصا"،
/// "قتلت غارة جوية روسية خمسة مدنيين"، "أصاب القصف المدفعي العنيف 12 مدنيا". The figure stands
/// further from the verb than a plain toll's, so it is read only when a people noun follows it.
enum CasualtySubjects {
    static let verbs = WordSet(["قتل", "قتلت", "أصاب", "أصابت", "جرح", "جرحت"])
    static let people = WordSet(["شخصا", "أشخاص", "مدنيا", "مدنيين", "طفلا", "أطفال", "جنديا", "جنود", "عنصرا", "عناصر",
                                 "مسلحا", "مسلحين", "فلسطينيا", "فلسطينيين", "مواطنا", "مواطنين", "شرطيا", "شرطيين",
                                 "مقاتلا", "مقاتلين", "امرأة", "نساء", "رجلا", "رجال", "عسكريا", "عسكريين"])

    /// The figure within six words after a killing or wounding verb, past its subject, when a
    /// people noun follows it and no stop word, other cue or figure stands before it.
    static func figureAfterSubject(_ t: [ArabicToken], verb m: PhraseMatch<(CasualtyMention.Who, CasualtyRules.Form)>) -> NumberPhrase? {
        guard verbs.containsExact(t[m.start]) || verbs.contains(t[m.start]) && t[m.start].norm.hasBytePrefix("\u{0648}") else { return nil }
        var j = m.end
        while j < min(t.count, m.end + 6) {
            if CasualtyRules.stopScan.contains(t[j]) || (j > m.end && CasualtyRules.cues.match(t, at: j) != nil) { return nil }
            if let n = ArabicNumbers.phrase(t, at: j) {
                guard j > m.end, !n.vague, n.end < t.count, people.contains(t[n.end]), !CasualtyRules.excluded(t, n.start) else { return nil }
                return n
            }
            j += 1
        }
        return nil
    }
}
