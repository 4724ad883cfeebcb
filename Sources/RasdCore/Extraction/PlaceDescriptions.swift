/// Places a sentence names to describe someone rather than to say where the act happened: the
/// seat of a body or a reporter ("وزارة الصحة في غزة"، "مراسل الجزيرة في غزة"، "خلية الإعلام الأمني
/// في العراق"; not an embassy, which is attacked as often as it speaks), a dateline ("بيروت (رويترز) -"، "سبق- الرياض:"), a person's home ("من سكان مدينة
/// جنين"، "ابن مدينة X"), and the town of the hospital the wounded were taken to ("نقلوا إلى مستشفى
/// في X"). Wire copy names these beside the act's own place, so another place of the sentence
/// comes first; alone, such a place is kept (the authorities of a town often tell of an act in it).
extension PlaceRules {
    static func describingPlacesLast(_ mentions: [PlaceMention], _ t: [ArabicToken], text: String? = nil) -> [PlaceMention] {
        guard !mentions.isEmpty else { return mentions }
        let filed = text.map { datelineEnd(t, text: $0) } ?? 0
        var describing = mentions.map { $0.end <= filed || isDescribingPlace(t, at: $0.start) }
        // "ناشطون في منطقة الغوطة الشرقية بالقرب من دمشق": the landmark that places a seat describes it too
        for j in mentions.indices.dropFirst() where !describing[j] && describing[j - 1]
            && mentions[j].start - mentions[j - 1].end <= 3 && isLandmark(t, at: mentions[j].start) {
            describing[j] = true
        }
        guard describing.contains(true) else { return mentions }
        let marked = zip(mentions, describing).map { m, d in var m = m; m.describing = d; return m }
        guard describing.contains(false) else { return marked }
        return marked.filter { !$0.describing } + marked.filter(\.describing)
    }

    static func isDescribingPlace(_ t: [ArabicToken], at i: Int) -> Bool {
        isSeatOfBody(t, at: i) || isDateline(t, at: i) || isResidence(t, at: i) || isHospitalTown(t, at: i)
    }

    /// Nouns heading the name of a body, a post or an outlet placed by "في/ب/لدى + place".
    static let seatedBodyWords = WordSet(["مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "شهود", "ناشطون", "ناشطين", "نشطاء", "ناشط",
                                          "مصدرا", "مسؤولا",
                                          "ممثل", "ممثلية", "سفير", "مندوب", "مبعوث", "بعثة", "مفوضية",
                                          "مراسل", "مراسلة", "مراسلنا", "مراسلو", "المتحدث", "متحدث", "الناطق", "ناطق",
                                          "وزارة", "الوزارة", "مديرية", "مكتب", "المكتب", "هيئة", "لجنة", "منظمة", "خلية",
                                          "قيادة", "قائد", "الدفاع", "الإعلام", "مستشار", "رئيس", "مدير", "منسق"])
    /// "المقاومة الإسلامية في العراق" is a group's name; "فصائل المقاومة في غزة" are fighters there.
    static func isGroupName(_ t: [ArabicToken], at k: Int) -> Bool {
        t[k].matches(resistance) && k + 1 < t.count && t[k + 1].norm == islamic
    }
    /// "أعلنت المقاومة الإسلامية في العراق استهداف إيلات": the country in a group's name, which
    /// acts abroad as often as at home, does not make the story about that country (an envoy's or
    /// a ministry's country usually does).
    public static func isGroupsSeat(_ t: [ArabicToken], at i: Int) -> Bool {
        guard i >= 3, ["في", "لدي"].contains(t[i - 1].norm) else { return false }
        return isGroupName(t, at: i - 3)
    }
    static let resistance = ArabicNormalizer.normalize("المقاومة")
    static let islamic = ArabicNormalizer.normalize("الإسلامية")
    /// Who told the news from a place: "مصدر أمني في بغداد"، "مصادر طبية في غزة"، "شهود عيان في درعا".
    static let sourceWords = WordSet(["مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "شهود", "ناشطون", "ناشطين", "نشطاء", "ناشط",
                                      "مصدرا", "مسؤولا"])
    /// Nouns a body takes the name of the place it serves from: "صحة عسير"، "محافظ نينوى"، "بلدية الخليل"
    /// ("عمليات بغداد"، "شرطة كركوك" are left out: a command is named after the front it fights on).
    static let servedWords = WordSet(["صحة", "محافظ", "أمانة", "بلدية"])
    /// Words that may stand inside such a name without being definite ("المتحدث باسم الجيش"، "مراسل قناة العربية").
    static let nameLinkWords = WordSet(["باسم", "قناة", "وكالة", "صحيفة", "موقع", "شبكة", "لحقوق", "لتنسيق", "لشؤون", "لدى", "عام"])
    /// How many words a body's name may run to before its seat ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في").
    static let bodyNameWindow = 6

    /// "وزارة الصحة في غزة"، "مراسل الجزيرة في غزة"، "قائد القوات الأمريكية في العراق"، "الدفاع المدني
    /// بمدينة نجران": a body word, then only the words of its name (definite words and a few links),
    /// then "في"/"لدى" or a ب before the place (an admin word may stand between).
    static func isSeatOfBody(_ t: [ArabicToken], at i: Int) -> Bool {
        // "صحة عسير"، "محافظ نينوى": a body named after the place it serves
        if i >= 1, servedWords.containsExact(t[i - 1]) { return true }
        var k = i - 1
        while k >= 0, adminWords.contains(t[k]) { k -= 1 }
        if k >= 0, ["في", "لدي", "الي"].contains(t[k].norm) {
            k -= 1
        } else {
            // "بمدينة نجران"، "بغزة": the ب is on the place or on its admin word
            let first = t[k + 1]
            guard first.norm.hasBytePrefix("ب") || first.norm.hasBytePrefix("وب"), first.forms.count > 1 else { return false }
        }
        let stop = max(0, k - bodyNameWindow + 1)
        while k >= stop {
            if seatedBodyWords.contains(t[k]) { return true }
            if isGroupName(t, at: k) { return true }
            let n = t[k].norm
            // "سفير روسيا لدى لبنان"، "مصدر أمني في بغداد": an envoy's country or a source's kind may
            // stand between ("مكتب حزب في أربيل" is a target)
            guard n.hasBytePrefix("ال") || n.hasBytePrefix("لل") || nameLinkWords.contains(t[k])
                    || k >= 1 && (envoyWords.contains(t[k - 1]) || sourceWords.contains(t[k - 1])) else { return false }
            k -= 1
        }
        return false
    }

    /// News agencies and outlets whose name stands beside the dateline's city.
    static let agencyWords = WordSet(["رويترز", "الأناضول", "الاناضول", "واس", "سبق", "سانا", "شينخوا", "كونا", "وام", "قنا", "بترا",
                                      "سبوتنيك", "فرانس", "برس", "أ.ف.ب", "د.ب.أ", "اليوم", "الأناضول»", "يو", "قدس", "معا", "وفا"])
    /// "بيروت (رويترز) -"، "(الأناضول) - دمشق:"، "سبق- الرياض:": a city within the first words of a
    /// sentence right next to an agency's name is where the copy was filed.
    static func isDateline(_ t: [ArabicToken], at i: Int) -> Bool {
        guard i < datelineReach else { return false }
        let near = max(0, i - 2)..<min(t.count, i + 3)
        return near.contains { $0 != i && agencyWords.containsExact(t[$0]) }
    }
    static let datelineReach = 6

    /// "دمشق: قتل ثلاثة مدنيين …"، "الرياض - محمد الحيدر"، "بغداد/ الأناضول": a sentence opening on a
    /// word set off by a dash, colon or slash opens on its dateline; the words before the mark.
    static func datelineEnd(_ t: [ArabicToken], text: String) -> Int {
        guard let first = t.first else { return 0 }
        var rest = Substring(text).drop { $0.isWhitespace || $0 == "(" || $0 == "\"" || $0 == "«" }
        guard rest.hasBytePrefix(first.original) else { return 0 }
        rest = rest.dropFirst(first.original.count)
        // a city of two words ("مكة المكرمة -")
        var end = 1
        if t.count > 1, let r = Optional(rest.drop { $0 == " " }), r.hasBytePrefix(t[1].original),
           datelineMarks.contains(r.dropFirst(t[1].original.count).drop { $0 == " " }.first ?? " ") {
            rest = r.dropFirst(t[1].original.count)
            end = 2
        }
        guard let mark = rest.drop(while: { $0 == " " }).first, datelineMarks.contains(mark) else { return 0 }
        return end
    }
    static let datelineMarks: Set<Character> = ["-", "–", "—", ":", "/", "("]

    /// "من سكان مدينة جنين"، "من أهالي"، "ابن مدينة"، "من أبناء"، "من مواليد"، "ينحدر من"، "المقيم في":
    /// where a person lives or comes from.
    static func isResidence(_ t: [ArabicToken], at i: Int) -> Bool {
        var k = i - 1
        while k >= 0, adminWords.containsExact(t[k]) { k -= 1 }
        if k >= 0, ["في", "من"].contains(t[k].norm) { k -= 1 }
        guard k >= 0 else { return false }
        if residenceWords.contains(t[k]) { return true }
        // "قتل شاب من بلدة بيت أمر": a person "from" a town named with its admin word
        if t[k + 1].norm == "من", k + 2 < i, personWords.contains(t[k]) { return true }
        return k >= 1 && ["من"].contains(t[k - 1].norm) && residentNouns.contains(t[k])
    }
    static let residenceWords = WordSet(["ابن", "ابنة", "ينحدر", "ينحدرون", "تنحدر", "المنحدر", "المنحدرين", "يقطن", "يقطنون", "تقطن",
                                         "المقيم", "المقيمين", "المقيمة", "يقيم", "يقيمون", "أبناء", "سكان", "أهالي", "مواليد"])
    /// People a story says are "from" a town ("شاب من بلدة X"، "فتى من مخيم Y").
    static let personWords = WordSet(["شاب", "شابا", "شابان", "شبان", "فتى", "فتاة", "طفل", "طفلا", "طفلة", "رجل", "رجلا", "امرأة",
                                      "مواطن", "مواطنا", "مواطنة", "شخص", "شخصا", "أسير", "أسيرا", "معتقل", "معتقلا"])
    /// "من سكان"، "من أهالي": the noun after "من" that makes the place a home.
    static let residentNouns = WordSet(["سكان", "أهالي", "أبناء", "مواليد"])

    /// "نقل إلى مستشفى في الخليل"، "أسعفوا إلى مستشفيات مدينة غزة"، "إلى المستشفى الأهلي في الخليل".
    static func isHospitalTown(_ t: [ArabicToken], at i: Int) -> Bool {
        var k = i - 1
        while k >= 0, adminWords.containsExact(t[k]) { k -= 1 }
        if k >= 0, t[k].norm == "في" { k -= 1 }
        // the hospital's own name ("مستشفى الشفاء في غزة")
        var steps = 0
        while k >= 0, steps < 2, !hospitalWords.contains(t[k]), t[k].norm.hasBytePrefix("ال") { k -= 1; steps += 1 }
        guard k >= 1, hospitalWords.contains(t[k]) else { return false }
        return t[max(0, k - 2)..<k].contains { $0.norm == "الي" } || t[k].norm.hasBytePrefix("لل")
    }
    static let hospitalWords = WordSet(["مستشفى", "مستشفيات", "المستشفى", "مشفى", "المشفى", "مشافي"])
}
