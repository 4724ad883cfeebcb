/// A source that denies harm ("نفت وزارة الصحة وقوع أي إصابات") says nobody was hurt, as a
/// negation does; a denial of something else near a toll word ("نفى التحالف استهداف المدنيين
/// وقال إن القتلى مسلحون") says nothing of the toll. So a denial counts only when the harm is
/// named as an occurrence: "وقوع"، "سقوط"، "وجود" or "أي" right before it.
extension CasualtyRules {
    static let denials = WordSet(["نفى", "نفت", "ينفي", "تنفي", "نافيا", "نافية"])
    static let occurrence = WordSet(["وقوع", "سقوط", "وجود", "حدوث", "أي"])

    static func deniedOccurrence(_ t: [ArabicToken], harm h: Int) -> Bool {
        (h > 0 && occurrence.contains(t[h - 1])) || t[h].matches("اي")
    }

    /// "… و3 مجندين" after a person noun: a figure glued to و that counts people.
    static func joinedFigure(_ t: [ArabicToken], at i: Int) -> (value: Int, end: Int)? {
        // "شخص واحد" is one person, not "و" + a figure
        guard i < t.count, t[i].norm.hasPrefix("\u{0648}"), !t[i].norm.hasPrefix("واحد"), let n = ArabicNumbers.phrase(t, at: i), n.start == i, !n.vague,
              let v = n.min, n.max == v, n.end < t.count, !notPeople(t, n.end), cues.match(t, at: n.end) == nil else { return nil }
        return (v, n.end + 1)
    }
}
