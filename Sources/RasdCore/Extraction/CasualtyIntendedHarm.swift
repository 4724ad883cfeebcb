/// Killing or wounding that did not happen in this story: threatened ("توعدت الفصائل بقتل الجنود"،
/// "هدد بقتل الرهائن")، planned ("خطط لقتل مشجعين"، "مؤامرة لاغتيال")، intended ("تهدف إلى إيقاع
/// إصابات"، "بهدف قتل")، called for ("دعا إلى قتل") or judged ("جندي أدين بقتل فلسطيني"، "المدان
/// بقتل"). Read as a toll, each would give an incident dead or wounded it never had.
/// (Accusations, "اتهم الجيش بقتل مدنيين", are left alone: they mostly tell a real toll.)
extension CasualtyRules {
    static let intentWords = WordSet(["توعد", "توعدت", "يتوعد", "تتوعد", "هدد", "هددت", "يهدد", "تهدد", "تهديد", "تهديدات",
                                      "خطط", "خططت", "يخطط", "تخطط", "التخطيط", "مخطط", "مخططا", "مؤامرة",
                                      "ينوي", "تنوي", "نية", "يهدف", "تهدف", "بهدف", "تهدفان", "يسعى", "تسعى", "سعيا",
                                      "دعا", "دعت", "يدعو", "تدعو", "أدين", "أدينت", "أدينوا", "المدان", "مدان", "المدانين",
                                      "محاولته", "محاولتها", "حاول", "حاولت", "يحاول", "تحاول"])
    /// Words that may stand between the intent word and the harm: "تهدف إلى إيقاع إصابات".
    static let intentLinks = WordSet(["الي", "ايقاع", "إيقاع", "إلحاق", "الحاق", "إسقاط", "اسقاط", "عمدا"])

    /// The casualty cue at `i` names a harm someone threatened, planned, intended, called for or
    /// was judged for: an intent word up to three words before, with only linking words between.
    static func isIntendedHarm(_ t: [ArabicToken], at i: Int) -> Bool {
        // "توعدت الفصائل بقتل الجنود": a harm noun with ب/ل governed by an intent verb, its subject between
        if preposedHarm(t[i]), ((max(0, i - 3))..<i).contains(where: { intentWords.contains(t[$0]) }) { return true }
        var k = i - 1
        while k >= max(0, i - 3) {
            if intentWords.contains(t[k]) { return true }
            if !intentLinks.contains(t[k]) { return false }
            k -= 1
        }
        return false
    }

    /// Verbal nouns of harm as the object of "ب"/"ل": "بقتل"، "لقتل"، "باغتيال"، "لاغتيال"، "بإصابة".
    static let preposedHarms: Set<String> = {
        var forms = Set<String>()
        for w in ["قتل", "اغتيال", "تصفية", "إصابة", "جرح", "تفجير"] {
            let n = ArabicNormalizer.normalize(w)
            forms.insert("ب" + n); forms.insert("ل" + n)
        }
        return forms
    }()

    static func preposedHarm(_ tok: ArabicToken) -> Bool { preposedHarms.contains(tok.norm) }
}
