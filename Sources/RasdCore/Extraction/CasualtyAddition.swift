/// Tolls that wire copy splits over one sentence and that add up to the act's toll:
/// "قتل 3 في رفح و2 في خان يونس" (one toll per town), "مقتل 26 من قوات النظام إضافة إلى تسعة
/// مقاتلين روس" (one toll per side), "مقتل أحد مساعديه … ومقتل 2 آخرين" ("others" are more dead,
/// not the same ones again). Without such a word two figures of one kind are two sources'
/// readings of one toll, and `merge` keeps them as min/max.
extension CasualtyRules {
    /// "إضافة إلى"، "بالإضافة إلى"، "فضلا عن"، "علاوة على" before the second figure.
    static let besides = WordSet(["إضافة", "بالإضافة", "فضلا", "علاوة"])
    /// "آخرين"، "آخرون" right after the second figure or its people noun.
    static let moreOthers = WordSet(["آخرين", "آخرون", "أخريات"])
    /// Between the two figures these say the second is a total or a later reading, not more dead.
    static let notAddition = WordSet(["حصيلة", "الحصيلة", "ارتفع", "ارتفعت", "ليرتفع", "لترتفع", "بعد", "بينهم", "منهم",
                                      "يرتفع", "ترتفع", "ليصل", "لتصل", "أصل", "إجمالي"])

    /// Sums the statements of one kind that say they are more than the one before them.
    static func addingUp(_ out: [CasualtyMention], _ t: [ArabicToken]) -> [CasualtyMention] {
        var result: [CasualtyMention] = []
        for m in out {
            guard m.count.status == .reported, let n = m.count.min,
                  let k = result.lastIndex(where: { $0.who == m.who && $0.start < m.start }),
                  result[k].count.status == .reported, let first = result[k].count.min,
                  isAddition(t, from: result[k].start, to: m.start)
            else { result.append(m); continue }
            var sum = result[k].count
            sum.min = first + n
            sum.max = sum.max.flatMap { a in m.count.max.map { a + $0 } }
            result[k].count = sum
        }
        return result
    }

    /// The statement at `second` adds to the one at `first`: "إضافة إلى" just before it or
    /// "آخرين" just after its figure, and nothing between them saying it is a total.
    static func isAddition(_ t: [ArabicToken], from first: Int, to second: Int) -> Bool {
        guard first < second else { return false }
        if (first..<second).contains(where: { notAddition.contains(t[$0]) }) { return false }
        if (max(first + 1, second - 3)..<second).contains(where: { besides.contains(t[$0]) }) { return true }
        return (second..<min(t.count, second + 4)).contains { moreOthers.contains(t[$0]) }
    }

    /// "قتل 3 في رفح و2 في خان يونس": a figure glued to و after the first toll's place, then its
    /// own place ("في") or "آخرين", adds to that toll; so does a figure right after "إضافة إلى"
    /// ("قتل 26 من قوات النظام إضافة إلى تسعة مقاتلين روس").
    static func continuingTolls(_ out: [CasualtyMention], _ t: [ArabicToken]) -> [CasualtyMention] {
        var out = out
        for k in out.indices where out[k].count.status == .reported && out[k].count.min != nil {
            var sawPlace = false
            var j = out[k].start + 1
            while j < min(t.count, out[k].start + 10) {
                if j > out[k].start + 1, cues.match(t, at: j) != nil { break }
                if t[j].matches("في") { sawPlace = true }
                let glued = sawPlace && t[j].norm.hasPrefix("\u{0648}")
                let besideIt = j >= 2 && (besides.contains(t[j - 1]) || besides.contains(t[j - 2]))
                if glued || besideIt, let n = ArabicNumbers.phrase(t, at: j), n.start == j, !n.vague,
                   let v = n.min, v < 1000, n.end < t.count, !notPeople(t, n.end),
                   // "فضلا عن 35 مدنيا أصيبوا": a figure its own verb or noun follows is that one's toll
                   !(n.end..<min(t.count, n.end + 3)).contains(where: { cues.match(t, at: $0) != nil }),
                   besideIt || t[n.end].matches("في") || moreOthers.contains(t[n.end]) {
                    out[k].count.min! += v
                    out[k].count.max = out[k].count.max.flatMap { a in n.max.map { a + $0 } }
                    out[k].count.text = t.text(out[k].start..<(n.end + 1))
                    break
                }
                j += 1
            }
        }
        return out
    }
}
