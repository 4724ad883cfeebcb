/// Running totals that are not one incident's toll: "منذ بدء الحملة"، "منذ مطلع العام"،
/// "خلال الأسابيع الماضية"، "ضحايا ثلاثة أسابيع من القصف". Wire copy adds such a figure next to the
/// day's toll; it belongs to a campaign, so its dead and wounded are not this incident's.
/// A figure joined to the marker by "ليرتفع / لترتفع / ليصل" ("قتل 5، لترتفع الحصيلة منذ … إلى 500")
/// is the day's toll and stays.
public enum CumulativeTollRules {
    /// "منذ" + the start of a campaign or a long span.
    static let sinceStart = WordSet(["بدء", "بداية", "بدأت", "بدأ", "انطلاق", "مطلع", "اندلاع", "أن", "تأسيس", "العام", "عام",
                                     "سنوات", "أعوام", "أشهر", "شهور", "أسابيع", "مارس", "آذار",
                                     // "منذ تدخل موسكو"، "منذ إعلان ترامب": since an event that opened a campaign
                                     "تدخل", "التدخل", "إعلان", "دخول", "توقيع"])
    /// A war or conflict as the subject of a toll: "أدت الحرب في اليمن إلى مقتل أكثر من 10 آلاف"،
    /// "وأسفر النزاع عن أكثر من عشرين ألف قتيل". Its toll is the war's, never one act's.
    static let wars = WordSet(["الحرب", "النزاع", "الصراع", "حرب", "نزاع"])
    static let tollVerbs = WordSet(["أدت", "أدى", "أسفرت", "أسفر", "خلفت", "خلف", "تسببت", "تسبب", "أوقعت", "أوقع", "حصدت",
                                    "حصد", "أودت", "أودى", "قتلت"])
    /// A span of weeks, months or years: "خلال الأسابيع الماضية"، "ثلاثة أسابيع من القصف".
    static let longSpan = WordSet(["أسابيع", "الأسابيع", "أشهر", "الأشهر", "شهور", "الشهور", "سنوات", "السنوات", "أعوام", "الأعوام"])
    static let spanLead = WordSet(["خلال", "طيلة", "طوال", "مدى", "في"])
    static let campaignTotal = PhraseLexicon<Bool>([("الحصيلة الإجمالية", true), ("حصيلة إجمالية", true), ("في المجمل", true),
                                                     ("إجمالي عدد", true), ("العدد الإجمالي", true),
                                                     // a report over half a year: "في النصف الأول من 2018"
                                                     ("النصف الأول من", true), ("النصف الثاني من", true)])
    /// "… لترتفع الحصيلة": what comes before is the day's toll.
    static let bringsTotal = WordSet(["ليرتفع", "لترتفع", "ليصل", "لتصل", "يرفع", "ترفع", "ليبلغ", "لتبلغ", "رافعا", "رافعة",
                                      "رفع", "رفعت"])
    static let since = WordSet(["منذ"])
    /// Participles of a place's state: "المحاصرة منذ"، "المحتلة منذ"، "الخاضعة لسيطرتهم منذ".
    static let heldSince = WordSet(["المحاصرة", "المحاصر", "محاصرة", "المحتلة", "المحتل", "الخاضعة", "الخاضع", "المغلقة",
                                    "المغلق", "المعزولة", "لسيطرتها", "لسيطرته", "لسيطرتهم", "عليها", "عليه"])
    static let shortSpan = WordSet(["ساعة", "ساعات", "ساعتين", "يوم", "أيام", "يومين", "دقيقة", "دقائق", "أسبوع", "أسبوعين"])

    /// Token positions where a cumulative-total marker starts.
    public static func markers(_ t: [ArabicToken]) -> [Int] {
        var out: [Int] = []
        for i in t.indices {
            // "الغوطة الشرقية المحاصرة منذ عام 2013": how long a place has been besieged or held, not a toll's span
            if since.contains(t[i]), i > 0, heldSince.contains(t[i - 1]) { continue }
            // "في أعنف هجوم منذ 3 أشهر"، "الأكثر دموية منذ 2016": the act compared with others since then, not a total
            if since.contains(t[i]), comparesAct(t, since: i) { continue }
            if since.contains(t[i]), i + 1 < t.count, sinceStart.contains(t[i + 1]) { out.append(i); continue }
            // "منذ 18 فبراير"، "منذ 2014": since a date, not since a few hours or days
            if since.contains(t[i]), let f = ArabicNumbers.figure(t, at: i + 1), f.end >= t.count || !shortSpan.contains(t[f.end]) {
                out.append(i); continue
            }
            if longSpan.contains(t[i]) {
                let after = i + 1 < t.count && (t[i + 1].matches("من") || t[i + 1].matches("الماضيه") || t[i + 1].matches("الاخيره"))
                let before = i > 0 && (spanLead.contains(t[i - 1]) || ArabicNumbers.phrase(t, at: i - 1) != nil)
                if after && before { out.append(i) }
            }
        }
        for m in campaignTotal.matches(in: t) { out.append(m.start) }
        return out.sorted()
    }

    /// Superlatives that rank an act against those since a date: "أعنف"، "الأسوأ"، "الأدمى"، "الأول".
    static let superlatives = WordSet(["أعنف", "الأعنف", "الأسوأ", "أسوأ", "الأدمى", "أدمى", "الأول", "الأولى"])

    /// A superlative up to five words before "منذ" ("الأكثر دموية" counts as one): the sentence
    /// compares the act with those since then; the span is no toll's.
    static func comparesAct(_ t: [ArabicToken], since i: Int) -> Bool {
        (max(0, i - 5)..<i).contains { j in
            superlatives.contains(t[j]) || (t[j].matches("الاكثر") && j + 1 < i && t[j + 1].matches(prefix: "دموي"))
        }
    }

    /// Positions of a war named as the subject of a toll verb (the verb up to two words before it
    /// or five after it).
    public static func warSubjects(_ t: [ArabicToken]) -> [Int] {
        t.indices.filter { i in
            wars.contains(t[i]) && (max(0, i - 2)..<min(t.count, i + 6)).contains { tollVerbs.contains(t[$0]) }
        }
    }

    /// "وقتل نحو 10 آلاف شخص … في القتال"، "قتل الآلاف في الحرب": thousands dead "in the war" are
    /// the war's toll, never one act's.
    static let warWords = WordSet(["الحرب", "النزاع", "الصراع", "القتال", "الحرب الأهلية"])
    public static func tellsWarThousands(_ t: [ArabicToken]) -> Bool {
        t.indices.contains { i in i > 0 && warWords.contains(t[i]) && t[i - 1].matches("في") }
    }

    /// True when a war named as a toll's subject stands up to twelve words before the statement.
    public static func isWarToll(_ t: [ArabicToken], at start: Int, wars: [Int]) -> Bool {
        wars.contains { $0 < start && start - $0 <= 12 }
    }

    /// "مع دخول الحملة أسبوعها الرابع"، "في يومها العاشر": a sentence telling a campaign's age
    /// sums up the campaign, so every toll in it is a running total.
    static let campaignAge = WordSet(["أسبوعها", "أسبوعه", "شهرها", "شهره", "عامها", "عامه", "يومها", "يومه", "سنتها"])
    static let ordinalWords = WordSet(["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
                                       "العاشر", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
                                       "الثامنة", "التاسعة", "العاشرة"])

    public static func tellsCampaignAge(_ t: [ArabicToken]) -> Bool {
        t.indices.contains { i in campaignAge.contains(t[i]) && i + 1 < t.count && ordinalWords.contains(t[i + 1]) }
    }

    /// True when the casualty statement at `start` is a campaign total: a marker within twelve
    /// words after it (no "لترتفع" between) or within eight words before it.
    public static func isCumulative(_ t: [ArabicToken], at start: Int, markers: [Int], length: Int = 1) -> Bool {
        markers.contains { m in
            if m >= start {
                // measured from the statement's last word: "118 عنصرا من مختلف القوات … قتلوا منذ 2011"
                return m - (start + max(1, length) - 1) <= 12 && !(start..<m).contains { bringsTotal.contains(t[$0]) }
            }
            return start - m <= 8
        }
    }

    /// `isCumulative` for a statement, measured from its quote's last word.
    static func isCumulative(_ t: [ArabicToken], _ m: CasualtyMention, markers: [Int]) -> Bool {
        let length = m.count.text.map { ArabicTokenizer.tokenize($0).count } ?? 1
        return isCumulative(t, at: m.start, markers: markers, length: length)
    }
}
