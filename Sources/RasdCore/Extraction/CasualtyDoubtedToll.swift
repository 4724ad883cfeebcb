/// A negation that is about knowing the toll, not about the harm: "لم تؤكد السلطات عدد القتلى"،
/// "لم يؤكد الجيش وقوع إصابات"، "ولم تعرف بعد حصيلة الهجوم"، "ولا تزال حصيلة الهجوم غير معروفة".
///
/// Wire copy says "the number of the dead was not confirmed" or "the toll of the attack is not known"
/// when it does not know how many were hurt; read as "no dead" (none) or as silence, the incident
/// would claim nobody died, or say nothing where the text says the toll is open.
extension CasualtyRules {
    /// "Confirm" verbs: a source that did not confirm the harm does not know it.
    static let confirmVerbs = WordSet(["يؤكد", "تؤكد", "يؤكدوا", "يؤكدها", "تؤكدها", "يؤكده", "تؤكده"])
    /// Nouns that name the figure of a harm: "عدد القتلى"، "أعداد الجرحى"، "حجم الإصابات".
    static let figureHeads = WordSet(["عدد", "أعداد", "حجم"])
    /// Nouns that name a toll without saying whose harm: "حصيلة الهجوم"، "الحصيلة".
    static let tollHeads = WordSet(["حصيلة", "الحصيلة"])

    /// The negated harm at `h` is doubted, not denied: a "confirm" verb between the negator and
    /// it, or the harm is the definite complement of a figure noun ("عدد القتلى": the number is
    /// what is negated; "عدد من القتلى" is not this).
    static func doubtsTheToll(_ t: [ArabicToken], negator i: Int, harm h: Int) -> Bool {
        if ((i + 1)..<h).contains(where: { confirmVerbs.contains(t[$0]) }) { return true }
        return h > 0 && figureHeads.containsExact(t[h - 1]) && NewsFraming.isDefinite(t[h])
    }

    /// "ولم تعرف بعد حصيلة الهجوم"، "ولم تعلن حصيلة القصف": a doubted toll noun with no harm word
    /// after it counts both the dead and the wounded as unknown. Only when the negation doubts
    /// (`unknown`) and no harm word followed in its reach.
    static func doubtedBareToll(_ t: [ArabicToken], negator i: Int, reach: Int) -> [CasualtyMention] {
        for k in (i + 1)..<min(t.count, reach) {
            if endsNegationScope(t, at: k, negator: i) { return [] }
            guard tollHeads.containsExact(t[k]) else { continue }
            // the toll is what the doubt verb governs: at most two words after it ("لم تعرف بعد حصيلة")
            guard ((k - 3)..<k).contains(where: { $0 > i && unknownWords.contains(t[$0]) }) else { return [] }
            // "… وارتفعت الحصيلة إلى 10": a toll with its figure is told, not doubted
            if k + 1 < t.count, t[k + 1].matches("الي") || ArabicNumbers.phrase(t, at: k + 1) != nil { return [] }
            let c = Count(status: .unknown, text: t.text(i..<min(t.count, k + 2)))
            return [CasualtyMention(who: .killed, count: c, start: i), CasualtyMention(who: .injured, count: c, start: i)]
        }
        return []
    }

    /// "ولا تزال حصيلة الهجوم غير معروفة"، "الحصيلة غير واضحة": a toll noun, one word of what it
    /// counts at most, then "غير" + known/clear: both unknown. (With a harm word after the toll
    /// noun, "حصيلة القتلى غير واضحة", `unknownAfterHarm` reads it.)
    static func unknownBareToll(_ t: [ArabicToken]) -> [(mentions: [CasualtyMention], span: Range<Int>)] {
        var out: [(mentions: [CasualtyMention], span: Range<Int>)] = []
        for k in t.indices where tollHeads.containsExact(t[k]) {
            if k + 1 < t.count, harms.match(t, at: k + 1) != nil { continue }
            guard let g = ((k + 1)..<min(t.count, k + 3)).first(where: { j in
                t[j].matches("غير") && j + 1 < t.count && unknownAdjectives.contains(t[j + 1])
            }) else { continue }
            let c = Count(status: .unknown, text: t.text(k..<(g + 2)))
            out.append(([CasualtyMention(who: .killed, count: c, start: k), CasualtyMention(who: .injured, count: c, start: k)], k..<(g + 2)))
        }
        return out
    }

    /// "Came in" verbs: "لم ترد أنباء عن إصابات" doubts, but "ولم ترد أي إصابات" (no casualty came
    /// in, to the hospitals or the reports) says none.
    static let cameInVerbs = WordSet(["ترد", "يرد"])
    static let anyWords = WordSet(["أي", "أية"])

    /// The doubt word of the negation at `i` is only "ترد"/"يرد" and the harm at `h` is its
    /// subject, right after it or after "أي": the harm itself did not come in, so none.
    static func harmDidNotComeIn(_ t: [ArabicToken], negator i: Int, harm h: Int) -> Bool {
        guard h > i + 1 else { return false }
        let v = anyWords.contains(t[h - 1]) ? h - 2 : h - 1
        guard v > i, cameInVerbs.contains(t[v]) else { return false }
        return !((i + 1)..<v).contains { unknownWords.contains(t[$0]) }
    }
}
