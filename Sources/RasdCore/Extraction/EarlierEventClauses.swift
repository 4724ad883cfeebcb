/// "غداة تفجير … أسفر عن جرح 4"، "ردا على إصابة 4 جنود"، "بعد شهر من حادثة دهس أسفرت عن مقتل 10"،
/// "ويأتي الهجوم بعد جولة التصعيد التي أدت إلى مقتل 3": the clause after such a marker tells an
/// earlier event, so the toll and the weapon in it are that event's, not the ones this sentence reports.
public enum EarlierEventClauses {
    static let earlierLead = PhraseLexicon<Bool>([("غداة", true), ("ردا على", true), ("رداً على", true), ("انتقاما ل*", true),
                                                  ("في أعقاب", true),
                                                  // "عشية الاعتداء بالسكين الذي …": the eve of another act, not this one
                                                  ("عشية", true)])
    static let eveOfDay = WordSet(["الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "يوم",
                                   "اليوم", "أمس", "الأمس", "ليلة", "رأس", "عيد"])
    static let spanAfter = WordSet(["ساعات", "ساعة", "ساعتين", "شهر", "أسبوع", "أسابيع", "أيام", "يومين", "عام", "أشهر", "شهرين", "أسبوعين", "سنة", "عامين"])
    static let comesAfter = WordSet(["يأتي", "تأتي", "ويأتي", "وتأتي", "جاء", "جاءت", "وجاء", "وجاءت"])
    /// Past result verbs: "تفجير أسفر عن …"، "هجوم أدى إلى …"، "قصف خلف …".
    static let pastResult = WordSet(["أسفر", "أسفرت", "أدى", "أدت", "خلف", "خلفت", "أوقع", "أوقعت", "تسبب", "تسببت"])

    /// Token positions where a clause about an earlier event starts.
    public static func markers(_ t: [ArabicToken]) -> [Int] {
        var out: [Int] = []
        for m in earlierLead.matches(in: t) {
            // "عشية الخميس" is Thursday evening, a time of this act
            if t[m.start].matches("عشيه"), m.end < t.count, eveOfDay.contains(t[m.end]) { continue }
            out.append(m.start)
        }
        for i in t.indices where t[i].matches("بعد") {
            // "بعد شهر من"، "بعد ثلاثة أيام من"
            let span = (i + 1..<min(t.count, i + 3)).first { spanAfter.contains(t[$0]) }
            if let s = span, s + 1 < t.count, t[s + 1].matches("من") { out.append(i); continue }
            // "ويأتي الهجوم … بعد …"
            if (max(0, i - 5)..<i).contains(where: { comesAfter.contains(t[$0]) }) { out.append(i); continue }
            // "وذلك بعد تفجير أسفر عن إصابة 4": an act before this one, told with its own result
            if resultOfEarlierAct(t, after: i) { out.append(i) }
        }
        out.append(contentsOf: wholeActRelatives(t))
        return out.sorted()
    }

    static let during = WordSet(["خلال", "أثناء", "إبان", "خلال", "اثناء"])
    static let wholeActs = WordSet(["هجوم", "هجومه", "هجومها", "هجومهم", "الهجوم", "هجمات", "الهجمات", "حملة", "الحملة",
                                    "معارك", "المعارك", "اجتياح", "الاجتياح", "غزو", "الغزو", "حرب", "الحرب"])
    static let relatives = WordSet(["الذي", "التي", "والذي", "والتي", "الذين"])

    /// "خطف 36 مدنيا أثناء هجومه على المحافظة، والذي أوقع أكثر من 250 قتيلا": the relative clause
    /// after "during the attack" tells the toll of the whole attack, not of the act done during it.
    /// Returns the positions of such relative pronouns.
    static func wholeActRelatives(_ t: [ArabicToken]) -> [Int] {
        var out: [Int] = []
        for i in t.indices where during.contains(t[i]) {
            guard i + 1 < t.count, wholeActs.contains(t[i + 1]) else { continue }
            if let r = (i + 2..<min(t.count, i + 12)).first(where: { relatives.contains(t[$0]) }) { out.append(r) }
        }
        return out
    }

    /// "بعد تفجير أسفر"، "بعد هجوم انتحاري أدى": an indefinite act noun right after "بعد", then a
    /// past result verb. ("بعد أن أسفر القصف عن …" tells this act's own result, so not after "أن".)
    static func resultOfEarlierAct(_ t: [ArabicToken], after i: Int) -> Bool {
        guard i + 2 < t.count, !t[i + 1].matches("ان"), !NewsFraming.isDefinite(t[i + 1]),
              ArabicNumbers.phrase(t, at: i + 1) == nil else { return false }
        return (i + 2..<min(t.count, i + 4)).contains { pastResult.contains(t[$0]) }
    }

    /// Words that bring a sentence back from the earlier event to its own ("…، مشيرة إلى وقوع إصابات").
    static let backToMain = WordSet(["مشيرة", "مشيرا", "مضيفا", "مضيفة", "وأضاف", "وأضافت", "موضحا", "موضحة", "لافتا",
                                     "لافتة", "وقال", "وقالت", "مؤكدا", "مؤكدة"])

    /// True when the statement (a toll, a weapon) at `start` lies in an earlier event's clause: at most
    /// fifteen words after the marker (or anywhere after it when the sentence frames the act just told
    /// as coming after what follows: "وتأتي الغارة بعد أسابيع من … بلغت ذروتها الاثنين مع مقتل 60"),
    /// with no word between that returns to the main clause.
    public static func contains(_ t: [ArabicToken], at start: Int, markers: [Int]) -> Bool {
        markers.contains { m in
            m < start && (start - m <= 15 || framesRestAsEarlier(t, marker: m))
                && !((m + 1)..<start).contains { backToMain.contains(t[$0]) }
        }
    }

    /// "ويأتي الهجوم … بعد …": everything after "بعد" is the earlier event, to the sentence's end.
    static func framesRestAsEarlier(_ t: [ArabicToken], marker m: Int) -> Bool {
        t[m].matches("بعد") && (max(0, m - 5)..<m).contains { comesAfter.contains(t[$0]) }
    }
}
