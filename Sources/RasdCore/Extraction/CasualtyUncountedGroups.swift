/// Dead and wounded told without a figure in the ways wire copy words them when no one has
/// counted yet: a quantifier for the subject ("الكثير من الإرهابيين قتلوا"، "العديد من المدنيين
/// أصيبوا"), "some of them" ("مقتل عدد منهم"), and human losses ("وردت تقارير عن خسائر في الأرواح"،
/// "أسفر عن خسائر بشرية"). Each is a vague toll; read as silence the incident would say nothing
/// of its casualties.
extension CasualtyRules {
    /// Quantifiers of an uncounted group of people.
    static let groupQuantifiers = WordSet(["الكثير", "كثير", "العديد", "بعض", "عدد", "عددا"])
    /// "عدد منهم"، "بعضهم"، "العديد منهم": some of a group already named.
    static let ofThem = WordSet(["منهم", "منهن", "منهما"])
    static let someOfThem = WordSet(["بعضهم", "بعضهن"])

    /// The attacker named by his role: "المهاجم"، "منفذ الهجوم"، "مطلق النار"، "الانتحاري".
    static let attackerNouns = WordSet(["المهاجم", "المسلح", "الانتحاري", "الجاني", "المعتدي", "الإرهابي", "المنفذ"])
    static let attackerHeads = WordSet(["منفذ", "مطلق", "مرتكب"])

    /// The end of an attacker phrase starting at `i`, or nil.
    static func attackerPhraseEnd(_ t: [ArabicToken], at i: Int) -> Int? {
        guard i < t.count else { return nil }
        if attackerNouns.containsExact(t[i]) { return i + 1 }
        if attackerHeads.containsExact(t[i]), i + 1 < t.count, NewsFraming.isDefinite(t[i + 1]) { return i + 2 }
        return nil
    }

    static let livesWords = WordSet(["أرواح"])
    static let bodyNouns = WordSet(["جثث", "جثامين", "رفات"])

    /// Human losses named without a figure: which kind they are.
    static let humanLosses = PhraseLexicon<Harm>([
        // (human losses told positively are mostly the dead: "تكبدت خسائر بشرية، أبرزها مصرع ضابطين")
        ("خسائر بشرية", .killed), ("خسائر في الأرواح", .killed), ("خسائر بالأرواح", .killed), ("خسائر فادحة في الأرواح", .killed),
        ("خسائر كبيرة في الأرواح", .killed), ("ضحايا بشرية", .killed),
    ])

    /// Group words that stand alone as "many": "قتل كثيرون"، "وأصيب الكثيرون".
    static let manyPeople = WordSet(["كثيرون", "الكثيرون", "كثيرين", "الكثيرين"])
    /// Heads of an uncounted amount that reach their people by "من", with at most two words of size
    /// between: "عدد كبير من"، "عدد غير محدد من"، "أعداد كبيرة من"، "الكثير من"، "كثير من".
    static let amountHeads = WordSet(["عدد", "أعداد", "الكثير", "كثير", "عددا"])

    /// The end of an uncounted group of people that is the subject right after a verb (up to two
    /// words on, for a fronted day or phrase: "قتل السبت عدد غير محدد من الأشخاص"), or nil.
    /// ArabicNumbers reads "عدد من" itself; the sized forms ("عدد كبير من") and "كثيرون" it leaves.
    static func uncountedGroupAfter(_ t: [ArabicToken], verb end: Int) -> Int? {
        for k in end..<min(t.count, end + 3) {
            if stopScan.contains(t[k]) || cues.match(t, at: k) != nil { return nil }
            if manyPeople.containsExact(t[k]) { return k + 1 }
            guard amountHeads.containsExact(t[k]) else { continue }
            // "من" within three words: "عدد من" (no size), "عدد كبير من"، "عدد غير محدد من"
            for j in (k + 1)..<min(t.count, k + 4) where t[j].matches("من") { return j + 1 }
            return nil
        }
        return nil
    }

    /// Vague mentions for cues the figure readers left without one, and for human losses;
    /// nothing inside a negation's span (`negated`).
    static func uncountedMentions(_ t: [ArabicToken], _ out: [CasualtyMention], negated: [Range<Int>]) -> [CasualtyMention] {
        var more: [CasualtyMention] = []
        func told(_ who: CasualtyMention.Who, near i: Int) -> Bool {
            (out + more).contains { $0.who == who && abs($0.start - i) <= 8 }
        }
        for m in cues.matches(in: t) where m.payload.1 == .verbal && !negated.contains(where: { $0.contains(m.start) }) {
            let who = m.payload.0
            if told(who, near: m.start) { continue }
            // "خطط المهاجمون لقتل أكبر عدد من الجنود": a harm intended is no toll
            if isIntendedHarm(t, at: m.start) { continue }
            // "مقتل عدد منهم"، "قتل بعضهم"
            if m.end < t.count, someOfThem.contains(t[m.end])
                || (m.end + 1 < t.count && groupQuantifiers.contains(t[m.end]) && ofThem.contains(t[m.end + 1])) {
                let end = someOfThem.contains(t[m.end]) ? m.end + 1 : m.end + 2
                more.append(CasualtyMention(who: who, count: Count(status: .vague, text: t.text(m.start..<end)), start: m.start))
                continue
            }
            // "وقتل المهاجم برصاص الشرطة"، "وأصيب منفذ الهجوم": the attacker himself, one person
            // (not "قتل المهاجم شخصين", where the attacker is the subject and his victims follow)
            if let end = attackerPhraseEnd(t, at: m.end),
               end >= t.count || (ArabicNumbers.phrase(t, at: end) == nil && persons.match(t, at: end) == nil && cues.match(t, at: end) == nil) {
                more.append(CasualtyMention(who: who, count: Count(status: .reported, min: 1, max: 1, text: t.text(m.start..<end)), start: m.start))
                continue
            }
            // "وقتل عدد كبير من المدنيين"، "قتل كثيرون"، "أصيب الكثير من الأطفال": the uncounted group after the verb
            if let end = uncountedGroupAfter(t, verb: m.end) {
                more.append(CasualtyMention(who: who, count: Count(status: .vague, text: t.text(m.start..<end)), start: m.start))
                continue
            }
            // "الكثير من الإرهابيين قتلوا": a quantified subject before a plural verb
            if subjectVerbs.contains(t[m.start]),
               let q = (max(0, m.start - 6)..<m.start).last(where: { groupQuantifiers.contains(t[$0]) }),
               q + 1 < m.start, t[q + 1].matches("من") {
                more.append(CasualtyMention(who: who, count: Count(status: .vague, text: t.text(q..<m.end)), start: q))
            }
        }
        // "تسلم المستشفى جثث 29 طفلا"، "انتشال جثامين 5 أشخاص": the bodies counted after their noun
        for m in cues.matches(in: t) where bodyNouns.contains(t[m.start]) && !negated.contains(where: { $0.contains(m.start) }) {
            // (the bodies' noun says what is counted: any figure after it counts people)
            guard let n = figureAfter(t, m.end, limit: 1), n.start == m.end, !n.vague else { continue }
            more.append(CasualtyMention(who: .killed, count: count(n, t, from: m.start, to: min(t.count, n.end + 1)), start: m.start))
        }
        // "وحصد الهجوم أرواح 10 أشخاص": lives taken, with their figure (never "الحفاظ على أرواح المدنيين")
        for i in t.indices where livesWords.contains(t[i]) && !negated.contains(where: { $0.contains(i) }) {
            guard let n = figureAfter(t, i + 1, limit: 1), n.start == i + 1, !n.vague else { continue }
            more.append(CasualtyMention(who: .killed, count: count(n, t, from: i, to: min(t.count, n.end + 1)), start: i))
        }
        for h in humanLosses.matches(in: t) where !negated.contains(where: { $0.contains(h.start) }) {
            let text = t.text(h.start..<h.end)
            // (a negator just before: "لم تسفر عن خسائر بشرية" is read by the negation scan)
            if (max(0, h.start - 8)..<h.start).contains(where: { negators.contains(t[$0]) }) { continue }
            // "ارتفاع الخسائر البشرية إلى 27": a definite toll with its figure counts the dead, read elsewhere
            if NewsFraming.isDefinite(t[h.start]) { continue }
            let whos: [CasualtyMention.Who] = h.payload == .both ? [.killed, .injured] : h.payload == .killed ? [.killed] : [.injured]
            for who in whos where !told(who, near: h.start) {
                more.append(CasualtyMention(who: who, count: Count(status: .vague, text: text), start: h.start))
            }
        }
        return more
    }
}
