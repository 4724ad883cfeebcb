/// Running totals that are not one incident's toll: "منذ بدء الحملة"، "منذ مطلع العام"،
/// "خلال الأسابيع الماضية"، "ضحايا ثلاثة أسابيع من القصف". Wire copy adds such a figure next to the
/// day's toll; it belongs to a campaign, so its dead and wounded are not this incident's.
/// A figure joined to the marker by "ليرتفع / لترتفع / ليصل" ("قتل 5، لترتفع الحصيلة منذ … إلى 500")
/// is the day's toll and stays.
public enum CumulativeTollRules {
    /// "منذ" + the start of a campaign or a long span.
    static let sinceStart = WordSet(["بدء", "بداية", "بدأت", "بدأ", "انطلاق", "مطلع", "اندلاع", "أن", "تأسيس", "العام", "عام",
                                     "سنوات", "أعوام", "أشهر", "شهور", "أسابيع", "مارس", "آذار"])
    /// A span of weeks, months or years: "خلال الأسابيع الماضية"، "ثلاثة أسابيع من القصف".
    static let longSpan = WordSet(["أسابيع", "الأسابيع", "أشهر", "الأشهر", "شهور", "الشهور", "سنوات", "السنوات", "أعوام", "الأعوام"])
    static let spanLead = WordSet(["خلال", "طيلة", "طوال", "مدى", "في"])
    static let campaignTotal = PhraseLexicon<Bool>([("الحصيلة الإجمالية", true), ("حصيلة إجمالية", true), ("في المجمل", true),
                                                     ("إجمالي عدد", true), ("العدد الإجمالي", true)])
    /// "… لترتفع الحصيلة": what comes before is the day's toll.
    static let bringsTotal = WordSet(["ليرتفع", "لترتفع", "ليصل", "لتصل", "يرفع", "ترفع", "ليبلغ", "لتبلغ", "رافعا", "رافعة"])
    static let since = WordSet(["منذ"])

    /// Token positions where a cumulative-total marker starts.
    public static func markers(_ t: [ArabicToken]) -> [Int] {
        var out: [Int] = []
        for i in t.indices {
            if since.contains(t[i]), i + 1 < t.count, sinceStart.contains(t[i + 1]) { out.append(i); continue }
            if longSpan.contains(t[i]) {
                let after = i + 1 < t.count && (t[i + 1].matches("من") || t[i + 1].matches("الماضيه") || t[i + 1].matches("الاخيره"))
                let before = i > 0 && (spanLead.contains(t[i - 1]) || ArabicNumbers.phrase(t, at: i - 1) != nil)
                if after && before { out.append(i) }
            }
        }
        for m in campaignTotal.matches(in: t) { out.append(m.start) }
        return out.sorted()
    }

    /// True when the casualty statement at `start` is a campaign total: a marker within twelve
    /// words after it (no "لترتفع" between) or within eight words before it.
    public static func isCumulative(_ t: [ArabicToken], at start: Int, markers: [Int]) -> Bool {
        markers.contains { m in
            if m >= start {
                return m - start <= 12 && !(start..<m).contains { bringsTotal.contains(t[$0]) }
            }
            return start - m <= 8
        }
    }

    /// "غداة تفجير … أسفر عن جرح 4"، "ردا على إصابة 4 جنود"، "بعد شهر من حادثة دهس أسفرت عن مقتل 10"،
    /// "ويأتي الهجوم بعد جولة التصعيد التي أدت إلى مقتل 3": the clause after such a marker tells an
    /// earlier event, so the toll in it is that event's, not the one this sentence reports.
    static let earlierLead = PhraseLexicon<Bool>([("غداة", true), ("ردا على", true), ("رداً على", true), ("انتقاما ل*", true),
                                                  ("في أعقاب", true)])
    static let spanAfter = WordSet(["شهر", "أسبوع", "أسابيع", "أيام", "يومين", "عام", "أشهر", "شهرين", "أسبوعين", "سنة", "عامين"])
    static let comesAfter = WordSet(["يأتي", "تأتي", "ويأتي", "وتأتي", "جاء", "جاءت", "وجاء", "وجاءت"])

    /// Token positions where a clause about an earlier event starts.
    public static func earlierEventMarkers(_ t: [ArabicToken]) -> [Int] {
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

    /// True when the casualty statement at `start` lies in an earlier event's clause: at most
    /// fifteen words after the marker, with no word between that returns to the main clause.
    public static func isEarlierEvent(_ t: [ArabicToken], at start: Int, markers: [Int]) -> Bool {
        markers.contains { m in
            m < start && start - m <= 15 && !((m + 1)..<start).contains { backToMain.contains(t[$0]) }
        }
    }
}
