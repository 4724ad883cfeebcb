/// Where a negation or a "not known" stops saying anything about the toll.
///
/// Wire copy negates or doubts many things near a harm word that are not the toll itself:
/// who the victims were ("لم يكن بين الضحايا مقاتلون"، "لم تعرف بعد أعمار الضحايا"), one side of
/// the story ("لا أحد من الفرنسيين تعرض لأذى"), or a clause the writer has already left
/// ("لا نملك كافة المعلومات لكن قتل أكثر من عشرة"، "لم تسفر إلا عن إصابات طفيفة"). Read as a
/// statement about the toll, each would turn a reported or vague toll into none or unknown.
extension CasualtyRules {
    /// Words that end the clause a negator governs before it reaches a harm word: a contrast
    /// ("لكن"، "بينما") or an exception ("لم تسفر إلا عن إصابات طفيفة" says there were some).
    static let negationScopeBreaks = WordSet(["لكن", "لكنه", "لكنها", "ولكن", "لكنهم", "بينما", "إلا", "الا", "سوى"])

    /// Words before a harm noun that make it the group of victims, not an occurrence of harm:
    /// "لم يكن بين الضحايا مقاتلون"، "في عداد القتلى".
    static let victimGroupBefore = WordSet(["بين", "ضمن", "عداد"])

    /// Nouns about who the victims were, not how many: "لم تعرف أعمار الضحايا"، "لم يعرف ما هي جنسية القتيل".
    /// (Not "حالة": "لم تسجل أي حالة إصابة" counts cases of harm.)
    static let victimIdentityNouns = WordSet(["أعمار", "هويات", "هوية", "أسماء", "جنسية", "جنسيات", "انتماء", "رتب"])

    /// The negator at `i` no longer governs the word at `j` (a contrast or exception in between).
    static func endsNegationScope(_ t: [ArabicToken], at j: Int, negator i: Int) -> Bool {
        // "ليست المرة الأولى التي يسقط فيها ضحايا": "not the first time" negates no harm
        if j == i + 1, copulaNegators.contains(t[i]), notHarmAfterCopula.contains(t[j]) { return true }
        // "ما لا يقل عن 100 قتيل"، "لا يزيد عددهم عن عشرة": a bound on the figure, not a negation
        if j == i + 1, boundVerbs.contains(t[j]) { return true }
        // "ولا يزال المصابون في المستشفى": "still", not a negation; "ولا سيما": "especially"
        if j == i + 1, stillWords.contains(t[j]) { return true }
        // "دون سن الخامسة عشرة"، "دون 15 عاما": "under", not "without"
        if j == i + 1, t[i].matches("دون") || t[i].matches("بدون"), ageWords.contains(t[j]) || ArabicNumbers.phrase(t, at: j) != nil { return true }
        // "عدم الاستقرار التي خلفت مئات القتلى": "عدم" negates the noun right after it, not a harm further on
        if t[i].matches("عدم"), j > i + 3 { return true }
        // "لم تمض ساعات حتى سقط قتلى": "until" opens a clause of its own (not "حتى الآن")
        if j > i + 1, t[j].matches("حتي"), !(j + 1 < t.count && timeAfterUntil.contains(t[j + 1])) { return true }
        return j > i + 1 && negationScopeBreaks.contains(t[j])
    }

    /// "يقل" / "يزيد" after a negator bound a figure ("ما لا يقل عن"، "لا تزيد على").
    static let boundVerbs = WordSet(["يقل", "تقل", "يقلون", "يزيد", "تزيد", "يزيدون"])
    static let ageWords = WordSet(["سن", "السن", "عمر", "العمر"])
    static let timeAfterUntil = WordSet(["الآن", "اللحظة", "الساعة", "ساعة", "وقت", "لحظة", "مساء", "صباح", "ظهر"])

    static let stillWords = WordSet(["يزال", "تزال", "يزالون", "يزالان", "تزالان", "زال", "زالت", "زالوا", "سيما"])
    static let unknownAdjectives = WordSet(["معروف", "معروفة", "معروفا", "واضح", "واضحة", "واضحا", "معلوم", "معلومة", "محدد", "محددة", "مؤكد", "مؤكدة"])

    /// "عدد الضحايا غير معروف"، "حصيلة القتلى غير واضحة"، "عدد الجرحى مجهول": a harm word, then
    /// within three words "غير" + known/clear (or "مجهول"): the toll is unknown. Returns the
    /// unknown mentions and the span they cover (so the harm word is not read as a vague toll).
    static func unknownAfterHarm(_ t: [ArabicToken]) -> [(mentions: [CasualtyMention], span: Range<Int>)] {
        var out: [(mentions: [CasualtyMention], span: Range<Int>)] = []
        for h in harms.matches(in: t) {
            guard let k = (h.end..<min(t.count, h.end + 3)).first(where: { j in
                (t[j].matches("غير") && j + 1 < t.count && unknownAdjectives.contains(t[j + 1])) || t[j].matches(prefix: "مجهول")
            }) else { continue }
            let end = t[k].matches("غير") ? k + 2 : k + 1
            let c = Count(status: .unknown, text: t.text(h.start..<end))
            let whos: [CasualtyMention.Who] = h.payload == .both ? [.killed, .injured] : h.payload == .killed ? [.killed] : [.injured]
            out.append((whos.map { CasualtyMention(who: $0, count: c, start: h.start) }, max(0, h.start - 2)..<end))
        }
        return out
    }

    /// Words of aim or care: "بما يضمن تحرير المدينة دون خسائر بشرية"، "حرصا على عدم وقوع إصابات".
    static let purposeWords = WordSet(["يضمن", "تضمن", "يكفل", "لتجنب", "تجنب", "لتفادي", "تفادي", "حرصا", "بهدف", "لضمان",
                                       "يراعي", "تراعي", "يحرص", "تحرص", "سعيا", "للحفاظ", "الحفاظ", "أجل"])

    /// The negation states what someone aims at or takes care of, not what happened.
    static func statesPurpose(_ t: [ArabicToken], negator i: Int) -> Bool {
        (max(0, i - 4)..<i).contains { purposeWords.contains(t[$0]) }
    }

    static let copulaNegators = WordSet(["ليس", "ليست"])
    static let notHarmAfterCopula = WordSet(["المرة", "مرة", "فقط", "سوى", "الأولى", "من"])

    /// The negated or doubted harm word at `h` names the victims as a group, or the negation is
    /// about who they were: it says nothing of whether or how many were hurt.
    static func namesVictims(_ t: [ArabicToken], negator i: Int, harm h: Int) -> Bool {
        if h > 0 && victimGroupBefore.contains(t[h - 1]) { return true }
        return ((i + 1)..<h).contains { victimIdentityNouns.containsExact(t[$0]) }
    }

    /// "لا أحد من الفرنسيين تعرض لأذى"، "لم يصب أي من الجنود الروس": the spared are one
    /// nationality (or one side named by "الجانب"), which says nothing of the others.
    static func sparesNamedSide(_ t: [ArabicToken], negator i: Int, harm h: Int, end: Int) -> Bool {
        for k in (i + 1)..<min(t.count, end + 3) where k < h || k >= end {
            if sideWords.contains(t[k]) { return true }
            if nationalities.match(t, at: k) != nil, k > 0, t[k - 1].matches("من") || nationalNoun(t, before: k) {
                return true
            }
        }
        return false
    }

    /// Nationality words as a group of people ("الفرنسيين"، "الروس"): the nisba adjectives of the
    /// country lexicon, not its place names ("أطلقت من غزة" names where a rocket came from).
    static let nationalities: PhraseLexicon<Bool> = {
        var rows: [(String, Bool)] = [("الروس", true), ("روس", true)]
        for (w, _) in CountryLexicon.nisbas where w.hasByteSuffix("ي") {
            for form in [w, w + "ين", w + "ون", "ال" + w, "ال" + w + "ين", "ال" + w + "ون"] { rows.append((form, true)) }
        }
        return PhraseLexicon(rows)
    }()

    /// "قتلى أو جرحى"، "قتلى ومصابين": harms joined by و or أو to the first negated one share its
    /// negation; returns who they cover together and where they end.
    static func coordinatedHarms(_ t: [ArabicToken], _ first: Harm, after end: Int) -> (Harm, Int) {
        var payload = first, j = end
        while j < t.count {
            var k = j
            if t[k].matches("او") { k += 1 } else if !t[k].norm.hasBytePrefix("و") { break }
            guard k < t.count, let h = harms.match(t, at: k) else { break }
            if h.payload != payload { payload = .both }
            j = h.end
        }
        return (payload, j)
    }

    static let forceNouns = WordSet(["الجنود", "جنود", "المستشارين", "العسكريين", "الرعايا", "المواطنين", "الخبراء"])

    /// "الجنود الروس"، "المستشارون العسكريون الروس": a nationality qualifying the group spared.
    static func nationalNoun(_ t: [ArabicToken], before k: Int) -> Bool {
        k > 0 && forceNouns.contains(t[k - 1])
    }
}
