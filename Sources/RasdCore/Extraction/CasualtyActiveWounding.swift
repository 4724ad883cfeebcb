/// The wounded told in the active voice, with the attacker as subject: "قتل أحد المارة في هجوم
/// بسكين أصاب خلاله 4 آخرين"، "طعن مستوطنا وأصاب اثنين آخرين"، "قتل المهاجمون ثمانية أشخاص
/// وأصابوا العشرات". Wire copy mostly says "أصيب" (passive), so the active verb was read as silence
/// and the incident said nothing of its wounded. The verb also means "hit" ("أصاب الهدف"، "أصابت
/// القذيفة منزلين"), so only a figure that counts people makes it a toll.
extension CasualtyRules {
    static let woundingVerbs = WordSet(["أصاب", "أصابت", "أصابوا", "أصابا", "اصاب", "اصابت", "اصابوا"])

    /// The figure after an active "wounded" verb (up to three words on: "خلاله أيضا") counts people:
    /// a people noun or "آخرين" after it, or an uncounted amount that ends the clause ("وأصابوا العشرات في").
    static func woundedObject(_ t: [ArabicToken], after v: Int) -> NumberPhrase? {
        // "وأصاب الطفلة بشرى (7 سنوات) إصابة بالغة"، "فأصاب جنديين": a person noun right after the verb
        if v + 1 < t.count, let p = persons.match(t, at: v + 1), !(p.end < t.count && ArabicNumbers.phrase(t, at: p.end) != nil) {
            return NumberPhrase(min: p.payload, max: p.payload, vague: false, start: v + 1, end: p.end)
        }
        guard let n = figureAfter(t, v + 1, limit: 4) else { return nil }
        if n.end < t.count, peopleNouns.contains(t[n.end]) || t[n.end].matches(prefix: "اخر") || persons.match(t, at: n.end) != nil {
            return n
        }
        return n.vague && n.min != nil && (n.end == t.count || stopScan.contains(t[n.end])) ? n : nil
    }

    /// Injured mentions for active "wounded" verbs with a people figure after them; nothing inside
    /// a negation's span, nothing where an injured statement already stands near.
    static func activeWoundings(_ t: [ArabicToken], _ out: [CasualtyMention], negated: [Range<Int>]) -> [CasualtyMention] {
        var more: [CasualtyMention] = []
        for v in t.indices where woundingVerbs.contains(t[v]) && !negated.contains(where: { $0.contains(v) }) {
            guard let n = woundedObject(t, after: v) else { continue }
            if (out + more).contains(where: { $0.who == .injured && abs($0.start - v) <= 6 }) { continue }
            more.append(CasualtyMention(who: .injured, count: count(n, t, from: v, to: min(t.count, n.end + 1)), start: v))
        }
        return more
    }
}
