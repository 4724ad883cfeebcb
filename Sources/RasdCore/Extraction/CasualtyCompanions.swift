/// One person killed "with" others: "لقي القيادي … مصرعه مع 6 آخرين" (7 dead)، "قتل مع 3 من
/// مرافقيه" (4)، "مقتل القيادي أبو محمد مع اثنين من عناصره" (3). Wire copy names the one who
/// matters and counts the rest after "مع"; the toll is both. ("اشتباك مع 3 مسلحين" is a clash
/// with three gunmen, not three more dead: a word of fighting before "مع" keeps the figure out.)
extension CasualtyRules {
    static let withId = WordHash.of("مع")

    /// Words after the companions' figure that say they are more people of the same fate.
    static let companionsAfter = WordSet(["آخرين", "آخرون", "من"])
    /// Fighting before "مع": what follows is the other side, not more dead.
    static let fightingWords = WordSet(["اشتباك", "اشتباكات", "الاشتباك", "الاشتباكات", "مواجهة", "مواجهات", "المواجهات",
                                        "معركة", "معارك", "المعارك", "قتال", "تبادل", "اشتباكه", "مواجهته", "بالتزامن", "تزامنا"])
    /// The one-person verbs a "مع N" figure may stand right after ("قتل مع 3 من مرافقيه").
    static let singleDeathVerbs = WordSet(["قتل", "قتلت", "استشهد", "استشهدت", "اغتيل", "توفي", "توفيت", "قضى"])

    /// The mentions with their companions counted in.
    static func withCompanions(_ out: [CasualtyMention], _ t: [ArabicToken]) -> [CasualtyMention] {
        // (only where a killed figure stands and "مع" occurs: most sentences have neither)
        guard out.contains(where: { $0.who == .killed && $0.count.status == .reported }),
              t.contains(where: { $0.matches(id: withId) }) else { return out }
        var out = out
        for k in out.indices where out[k].who == .killed && out[k].count.status == .reported {
            guard let n = out[k].count.min else { continue }
            let s = out[k].start
            if n == 1, out[k].count.max == 1, let c = companions(t, after: s) {
                // one named person, then "مع N آخرين"
                out[k].count.min = 1 + c.value; out[k].count.max = c.open ? nil : 1 + c.value
                out[k].count.text = t.text(s..<c.end)
            } else if s + 2 < t.count, singleDeathVerbs.contains(t[s]), t[s + 1].matches(id: withId),
                      let p = ArabicNumbers.phrase(t, at: s + 2), p.start == s + 2, p.min == n, p.end < t.count, companionsAfter.contains(t[p.end]) {
                // "قتل مع 3 من مرافقيه": the figure read after the verb counts only the companions
                out[k].count.min = n + 1; out[k].count.max = out[k].count.max.map { $0 + 1 }
            }
        }
        return out
    }

    /// "… مع 6 آخرين" within twelve words after a one-person mention at `s`: no other figure or
    /// casualty statement between, no fighting word, and the figure followed by "آخرين"/"من".
    static func companions(_ t: [ArabicToken], after s: Int) -> (value: Int, end: Int, open: Bool)? {
        var j = s + 1
        while j < min(t.count - 1, s + 12) {
            if fightingWords.contains(t[j]) || t[j].digits != nil { return nil }
            if j > s + 1, let c = cues.match(t, at: j), deathPronouns.match(t, at: j) == nil, c.start == j,
               !titles.contains(t[j]) { return nil }
            if t[j].matches(id: withId) {
                guard let p = ArabicNumbers.phrase(t, at: j + 1), p.start == j + 1, !p.vague, let v = p.min, v < 100,
                      p.end < t.count, companionsAfter.contains(t[p.end]) else { return nil }
                return (v, p.end + 1, p.max == nil)
            }
            if j > s + 1, ArabicNumbers.phrase(t, at: j) != nil { return nil }
            j += 1
        }
        return nil
    }
}
