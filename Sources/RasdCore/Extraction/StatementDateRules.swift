/// Wire copy dates the statement as well as the act: "وقال الجيش في بيان، الخميس، إنه …"،
/// "وفق ما أفاد المرصد الخميس". A day named inside the attribution (after a speech verb, before
/// the reported content starts with أن / إن) is when the source spoke; it neither dates the act
/// nor makes the sentence another day's incident, and serves only when nothing else dates it.
public enum StatementDateRules {
    static let speech = WordSet(["قال", "قالت", "أفاد", "أفادت", "أعلن", "أعلنت", "ذكر", "ذكرت", "أكد", "أكدت", "أوضح", "أوضحت",
                                 "صرح", "صرحت", "نقلت", "نقل", "بيان", "بيانا", "وفق", "وفقا", "بحسب", "حسب", "أضاف", "أضافت",
                                 "تصريح", "تصريحات", "أشار", "أشارت",
                                 // the medium it spoke through: "في تغريدة على تويتر الأحد"، "في مؤتمر صحفي الأحد"
                                 "تغريدة", "تغريدات", "تويتر", "مؤتمر", "صحفي"])
    /// The reported content begins: a day after these is inside what was said.
    static let complementizer = WordSet(["أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم"])
    static let window = 6

    /// `dates` with the statement days marked.
    public static func marking(_ t: [ArabicToken], _ dates: [DateMention]) -> [DateMention] {
        if dates.isEmpty { return dates }
        return dates.map { d in
            var d = d
            d.ofStatement = isStatementDay(t, at: d.start)
            return d
        }
    }

    static func isStatementDay(_ t: [ArabicToken], at start: Int) -> Bool {
        var k = start - 1
        while k >= max(0, start - window) {
            if complementizer.contains(t[k]) { return false }
            if speech.contains(t[k]) { return true }
            k -= 1
        }
        return false
    }
}
