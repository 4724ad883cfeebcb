/// Toll nouns that count no one of their own. Wire copy names the dead again when it describes
/// them ("وكان بين القتلى تسعة من عناصر الشرطة"، "وتتراوح أعمار القتلى بين 14 و30 عاما"): the
/// definite noun after "بين" or a noun of their ages, names or bodies refers back to a toll told
/// before, and says nothing about how many died. And "ضحايا" are victims: "أربعة ضحايا نقلوا إلى
/// المستشفى مصابين بجروح" counts the wounded, not the dead.
enum CasualtyReferences {
    static let definiteTolls = WordSet(["القتلى", "الضحايا", "الجرحى", "المصابين", "الشهداء", "القتيلين", "المصابون"])
    static let before = WordSet(["بين", "ضمن", "عداد", "أعمار", "أسماء", "هويات", "هوية", "جثامين", "صور", "ذوي", "عائلات",
                                 "أهالي", "أقارب", "جنسيات", "غالبية", "معظم", "أغلب", "بعض"])

    /// The definite toll noun at `i` follows "بين"، "أعمار"، "أسماء" (one of them up to two words before).
    static func refersBack(_ t: [ArabicToken], at i: Int) -> Bool {
        guard definiteTolls.contains(t[i]) else { return false }
        return (max(0, i - 2)..<i).contains { before.contains(t[$0]) }
    }

    static let wounded = WordSet(["مصابين", "مصابون", "بجروح", "بجراح", "جرحى", "إصابات", "إصابة"])
    static let victims = WordSet(["ضحايا", "ضحية", "الضحايا"])

    /// "ضحايا" with a wound word within six words after it and no killing word between.
    static func woundedVictims(_ t: [ArabicToken], _ m: PhraseMatch<(CasualtyMention.Who, CasualtyRules.Form)>) -> Bool {
        guard victims.contains(t[m.start]) else { return false }
        for j in m.end..<min(t.count, m.end + 7) {
            if wounded.contains(t[j]) { return true }
            if let c = CasualtyRules.cues.match(t, at: j), c.payload.0 == .killed { return false }
        }
        return false
    }

    /// Evacuation nouns: "إجلاء الجرحى"، "بإخلاء عدد من الجرحى"، "وإجلاء طبي للمرضى والمصابين".
    static let evacuations = WordSet(["إجلاء", "إخلاء", "اجلاء", "اخلاء"])
    static let evacuationFillers = WordSet(["طبي", "عدد", "من", "المرضى", "للمرضى", "والمرضى"])

    /// The toll noun at `i` is what is evacuated: an evacuation noun up to four words before, with
    /// only "طبي"، "عدد من" or the sick between. Beside a sentence's own "no casualties", the
    /// wounded an ambulance was clearing are an earlier strike's, not this act's.
    static func evacuated(_ t: [ArabicToken], at i: Int) -> Bool {
        var k = i - 1
        while k >= max(0, i - 4) {
            if evacuations.contains(t[k]) { return true }
            if !evacuationFillers.contains(t[k]) && !(k + 1 == i && CasualtyRules.cues.match(t, at: k) != nil) { return false }
            k -= 1
        }
        return false
    }

    /// Singular adjectives of a wounded person ("شخص ثالث مصاب"، "امرأة مصابة").
    static let adjectives = WordSet(["مصاب", "مصابة"])

    /// A person noun stands right before `i`, or two words before with an ordinal or nisba between.
    static func personBefore(_ t: [ArabicToken], _ i: Int) -> Bool {
        for k in [i - 1, i - 2] where k >= 0 {
            if let p = CasualtyRules.persons.match(t, at: k), p.payload == 1, p.end == k + 1 { return true }
        }
        return false
    }
}
