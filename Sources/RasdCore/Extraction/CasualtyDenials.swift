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
}
