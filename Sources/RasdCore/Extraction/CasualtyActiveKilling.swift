/// The dead or wounded as the object of an active verb whose subject stands between: "قتلت
/// القوات الإسرائيلية فلسطينيا"، "قتل مسلحون مجهولون جنديين"، "أصابت قوات الأمن شابا". Wire copy
/// mostly says "قتل فلسطيني" (passive) or gives a figure the figure readers find; with the subject
/// first and a singular or dual person after it, the toll was read as silence.
extension CasualtyRules {
    static let activeKillingWords = ["قتل", "قتلت", "تقتل", "يقتل", "قتلوا", "أردى", "أردت", "أردوا"]
    static let activeWoundingWords = ["أصاب", "أصابت", "أصابوا", "جرح", "جرحت"]
    static let activeKillingVerbs = WordSet(activeKillingWords)
    /// Both lists in one set, for the one lookup per word of the scan.
    static let activeHarmVerbs = WordSet(activeKillingWords + activeWoundingWords)

    /// Singular or dual person as an object, after the subject: how many it names.
    static func objectPersons(_ t: [ArabicToken], at k: Int) -> (count: Int, end: Int)? {
        if accusativePersons.containsExact(t[k]) { return (1, k + 1) }
        if let p = persons.match(t, at: k), p.payload == 2 { return (2, p.end) }
        return nil
    }

    /// Mentions for "verb, subject (one to three words), singular or dual person"; the verb not
    /// inside a negation, no casualty of the same kind told near it, no figure, stop word or other
    /// cue between (those are the figure readers' cases).
    static func activeVerbObjects(_ t: [ArabicToken], _ out: [CasualtyMention], negated: [Range<Int>]) -> [CasualtyMention] {
        var more: [CasualtyMention] = []
        // (one lookup per word: most words are neither verb)
        for v in t.indices where activeHarmVerbs.contains(t[v]) && !negated.contains(where: { $0.contains(v) }) {
            let who: CasualtyMention.Who = activeKillingVerbs.contains(t[v]) ? .killed : .injured
            if (out + more).contains(where: { $0.who == who && abs($0.start - v) <= 6 }) { continue }
            // the subject: one to three words, none a figure, stop word or casualty cue
            var k = v + 1, hit: (count: Int, end: Int)? = nil
            while k < min(t.count, v + 5) {
                if k > v + 1, let o = objectPersons(t, at: k) { hit = o; break }
                if stopScan.contains(t[k]) || ArabicNumbers.phrase(t, at: k) != nil || cues.match(t, at: k) != nil { break }
                // "قتل الخميس22 مقاتلا": a figure glued to the word before counts the group
                if hasDigit(t[k]) { break }
                k += 1
            }
            guard let o = hit else { continue }
            // "فلسطينيا آخر"، "جنديا ثالثا": an added one is counted with the others elsewhere
            if o.end < t.count, t[o.end].matches(prefix: "اخر") { continue }
            more.append(CasualtyMention(who: who, count: Count(status: .reported, min: o.count, max: o.count, text: t.text(v..<o.end)), start: v))
        }
        return more
    }
}
