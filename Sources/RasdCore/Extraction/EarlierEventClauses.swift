/// "غداة تفجير … أسفر عن جرح 4"، "ردا على إصابة 4 جنود"، "بعد شهر من حادثة دهس أسفرت عن مقتل 10"،
/// "ويأتي الهجوم بعد جولة التصعيد التي أدت إلى مقتل 3": the clause after such a marker tells an
/// earlier event, so the toll and the weapon in it are that event's, not the ones this sentence reports.
public enum EarlierEventClauses {
    static let earlierLead = PhraseLexicon<Bool>([("غداة", true), ("ردا على", true), ("رداً على", true), ("انتقاما ل*", true),
                                                  ("في أعقاب", true)])
    static let spanAfter = WordSet(["شهر", "أسبوع", "أسابيع", "أيام", "يومين", "عام", "أشهر", "شهرين", "أسبوعين", "سنة", "عامين"])
    static let comesAfter = WordSet(["يأتي", "تأتي", "ويأتي", "وتأتي", "جاء", "جاءت", "وجاء", "وجاءت"])

    /// Token positions where a clause about an earlier event starts.
    public static func markers(_ t: [ArabicToken]) -> [Int] {
        var out: [Int] = []
        for m in earlierLead.matches(in: t) { out.append(m.start) }
        for i in t.indices where t[i].matches("بعد") {
            // "بعد شهر من"، "بعد ثلاثة أيام من"
            let span = (i + 1..<min(t.count, i + 3)).first { spanAfter.contains(t[$0]) }
            if let s = span, s + 1 < t.count, t[s + 1].matches("من") { out.append(i); continue }
            // "ويأتي الهجوم … بعد …"
            if (max(0, i - 5)..<i).contains(where: { comesAfter.contains(t[$0]) }) { out.append(i) }
        }
        return out.sorted()
    }

    /// Words that bring a sentence back from the earlier event to its own ("…، مشيرة إلى وقوع إصابات").
    static let backToMain = WordSet(["مشيرة", "مشيرا", "مضيفا", "مضيفة", "وأضاف", "وأضافت", "موضحا", "موضحة", "لافتا",
                                     "لافتة", "وقال", "وقالت", "مؤكدا", "مؤكدة"])

    /// True when the statement (a toll, a weapon) at `start` lies in an earlier event's clause: at most
    /// fifteen words after the marker, with no word between that returns to the main clause.
    public static func contains(_ t: [ArabicToken], at start: Int, markers: [Int]) -> Bool {
        markers.contains { m in
            m < start && start - m <= 15 && !((m + 1)..<start).contains { backToMain.contains(t[$0]) }
        }
    }
}
