/// Tolls that wire copy splits over one sentence and that add up to the act's toll:
/// "قتل 3 في رفح و2 في خان يونس" (one toll per town), "مقتل 26 من قوات النظام إضافة إلى تسعة
/// مقاتلين روس" (one toll per side), "مقتل أحد مساعديه … ومقتل 2 آخرين" ("others" are more dead,
/// not the same ones again). Without such a word two figures of one kind are two sources'
/// readings of one toll, and `merge` keeps them as min/max.
extension CasualtyRules {
    /// "إضافة إلى"، "بالإضافة إلى"، "فضلا عن"، "علاوة على" before the second figure.
    static let besides = WordSet(["إضافة", "بالإضافة", "فضلا", "علاوة"])
    /// "آخرين"، "آخرون" right after the second figure or its people noun.
    static let moreOthers = WordSet(["آخرين", "آخرون", "أخريات", "آخران", "أخريان"])
    /// Between the two figures these say the second is a total or a later reading, not more dead.
    static let notAddition = WordSet(["حصيلة", "الحصيلة", "ارتفع", "ارتفعت", "ليرتفع", "لترتفع", "بعد", "بينهم", "منهم",
                                      "يرتفع", "ترتفع", "ليصل", "لتصل", "أصل", "إجمالي"])

    /// Marks the statements of one kind that say they are more than the one before them.
    static func markingAdditions(_ out: [CasualtyMention], _ t: [ArabicToken]) -> [CasualtyMention] {
        var out = out
        for k in out.indices where out[k].count.status == .reported && out[k].count.min != nil {
            guard let prev = out[..<k].lastIndex(where: { $0.who == out[k].who && $0.start < out[k].start }),
                  out[prev].count.status == .reported, out[prev].count.min != nil,
                  isAddition(t, from: out[prev].start, to: out[k].start) else { continue }
            out[k].adds = true
        }
        return out
    }

    /// A sentence's statements with each addition summed into the statement of its kind before it.
    public static func folded(_ ms: [CasualtyMention]) -> [CasualtyMention] {
        guard ms.contains(where: \.adds) else { return ms }
        var result: [CasualtyMention] = []
        for m in ms.sorted(by: { $0.start < $1.start }) {
            guard m.adds, let n = m.count.min,
                  let k = result.lastIndex(where: { $0.who == m.who && $0.count.status == .reported && $0.count.min != nil })
            else { var m = m; m.adds = false; result.append(m); continue }
            result[k].count.min! += n
            result[k].count.max = result[k].count.max.flatMap { a in m.count.max.map { a + $0 } }
        }
        return result
    }

    /// The statement at `second` adds to the one at `first`: "إضافة إلى" or "كما" just before it or
    /// "آخرين" just after its figure, and nothing between them saying it is a total.
    static func isAddition(_ t: [ArabicToken], from first: Int, to second: Int) -> Bool {
        guard first < second else { return false }
        if (first..<second).contains(where: { notAddition.contains(t[$0]) }) { return false }
        if (max(first + 1, second - 3)..<second).contains(where: { besides.contains(t[$0]) }) { return true }
        // "قتل 3 جنود، كما قتل مدنيان": "كما" ("also") right before the second statement's verb
        // ("…، كما قتل منفذ الهجوم": the attacker is not one more victim)
        if second - 1 > first, t[second - 1].norm == "كما", !namesAttacker(t, after: second) { return true }
        return (second..<min(t.count, second + 4)).contains { moreOthers.contains(t[$0]) }
    }

    /// "كما قتل المهاجم"، "كما قتل منفذ الهجوم": the statement's subject is the attacker himself.
    static func namesAttacker(_ t: [ArabicToken], after verb: Int) -> Bool {
        (verb + 1..<min(t.count, verb + 3)).contains {
            CasualtyRules.attackerNouns.contains(t[$0]) || CasualtyRules.attackerHeads.contains(t[$0])
        }
    }

    /// "قتل 3 في رفح و2 في خان يونس": a figure glued to و after the first toll's place, then its
    /// own place ("في") or "آخرين", is more dead; so is a figure right after "إضافة إلى"
    /// ("قتل 26 من قوات النظام إضافة إلى تسعة مقاتلين روس"). Returns those statements.
    static func continuingTolls(_ out: [CasualtyMention], _ t: [ArabicToken]) -> [CasualtyMention] {
        var added: [CasualtyMention] = []
        for m in out where m.count.status == .reported && m.count.min != nil && !m.adds {
            var sawPlace = false
            var j = m.start + 1
            while j < min(t.count, m.start + 12) {
                // another statement ends the scan (the verb of "64 مدنيا قتلوا" is this one's own)
                if j > m.start + 1, let c = cues.match(t, at: j), c.payload.0 != m.who || j > m.start + 3 { break }
                if t[j].matches("في") { sawPlace = true }
                let glued = sawPlace && t[j].norm.hasBytePrefix("\u{0648}") && !t[j].norm.hasBytePrefix("واحد")
                    // "إصابة 15، اثنان في رفح و13 في غزة": a breakdown of the total, not more wounded
                    && figures(t, in: m.start..<j) < 2
                // the "إضافة" must stand after this statement's start ("بالإضافة لإصابة 22" is one statement)
                let besideIt = (max(m.start + 1, j - 2)..<j).contains { besides.contains(t[$0]) }
                if glued || besideIt, let n = ArabicNumbers.phrase(t, at: j), n.start == j, !n.vague,
                   let v = n.min, v < 1000, n.end < t.count, !notPeople(t, n.end),
                   // "فضلا عن 35 مدنيا أصيبوا": a figure its own verb or noun follows is that one's toll
                   !(n.end..<min(t.count, n.end + 3)).contains(where: { cues.match(t, at: $0) != nil }),
                   besideIt || t[n.end].matches("في") || moreOthers.contains(t[n.end]),
                   !out.contains(where: { $0.start == j }) {
                    added.append(CasualtyMention(who: m.who, count: Count(status: .reported, min: v, max: n.max,
                                                                          text: t.text(j..<(n.end + 1))), start: j, adds: true))
                    break
                }
                j += 1
            }
        }
        return added
    }

    /// How many figures start in a range of tokens.
    static func figures(_ t: [ArabicToken], in r: Range<Int>) -> Int {
        var n = 0, i = r.lowerBound
        while i < r.upperBound {
            if let p = ArabicNumbers.phrase(t, at: i), !p.vague { n += 1; i = max(i + 1, p.end) } else { i += 1 }
        }
        return n
    }
}
