/// "The number of" a weapon, told as a predicate: "وبلغ عدد الصواريخ التي أطلقت 30 صاروخا"،
/// "وعدد القذائف التي أطلقت اليوم أكثر من 120"، "ووصل عدد الغارات إلى 40". The definite plural
/// after "عدد" counts nothing itself; the first figure later in the clause is its count.
enum WeaponNumberOf {
    static let numberOf = WordSet(["عدد", "وعدد", "إجمالي"])
    /// Words after a figure that make it count something else: time, distance, people, money.
    static let otherUnits = WordSet(["ساعة", "ساعات", "يوم", "أيام", "يوما", "عام", "أعوام", "عاما", "سنوات", "شهر", "أشهر",
                                     "كيلومتر", "كيلومترا", "كلم", "كم", "متر", "مترا", "أمتار", "دقيقة", "دقائق", "شخص", "شخصا",
                                     "أشخاص", "مدنيا", "مدنيين", "دولار", "ألف", "مليون", "بالمئة", "بالمائة", "موقعا", "هدفا"])
    /// Words that end the clause the count is looked for in.
    static let clauseEnd = WordSet(["وقال", "وأضاف", "فيما", "بينما", "لكن", "قال", "أضاف"])

    /// The first figure within twelve words after a definite plural weapon noun that "عدد" names,
    /// when it counts no other unit and no other weapon noun stands between.
    static func figure(_ t: [ArabicToken], noun m: PhraseMatch<(WeaponRules.Noun, Int?)>) -> NumberPhrase? {
        guard m.start > 0, numberOf.contains(t[m.start - 1]), WeaponContext.isDefinite(t[m.start]), m.payload.1 == nil else { return nil }
        var j = m.end
        while j < min(t.count, m.end + 12) {
            if clauseEnd.contains(t[j]) || CasualtyRules.cues.match(t, at: j) != nil { return nil }
            // another weapon between ("الطيران" names the raids' own aircraft and may stand there)
            if j > m.end, let other = WeaponRules.nouns.match(t, at: j), other.payload.0 != m.payload.0,
               ArabicNumbers.phrase(t, at: j - 1) == nil { return nil }
            if let n = ArabicNumbers.phrase(t, at: j), !n.vague, let lo = n.min, lo > 1 {
                if n.end < t.count, otherUnits.contains(t[n.end]) { return nil }
                return n
            }
            j += 1
        }
        return nil
    }
}
