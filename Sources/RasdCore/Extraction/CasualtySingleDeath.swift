/// One death told by the idiom's pronoun: "القيادي الحوثي المكنى أبو طه لقي مصرعه"، "فتى في
/// الرابعة عشرة من عمره لقي حتفه"، "ولقيت حتفها"، "لقيا مصرعهما". The subject is a name or a
/// described person no lexicon lists, but "مصرعه"/"حتفه" is one person (ـها one woman, ـهما two);
/// read as silence the incident would say nothing of its dead.
extension CasualtyRules {
    static let metVerbs = WordSet(["لقي", "لقيت", "لقيا", "لقيتا"])
    static let deathPronouns = PhraseLexicon<Int>([("مصرعه", 1), ("مصرعها", 1), ("حتفه", 1), ("حتفها", 1),
                                                    ("مصرعهما", 2), ("حتفهما", 2), ("حياته", 1), ("حياتها", 1)])
    static let lostVerbs = WordSet(["فقد", "فقدت"])

    /// Killed mentions for "لقي … مصرعه" (up to five words between) and "فقد حياته" that no other
    /// reading counted; nothing inside a negation's span.
    static func singleDeaths(_ t: [ArabicToken], _ out: [CasualtyMention], negated: [Range<Int>]) -> [CasualtyMention] {
        // (the lexicon scan only where its verbs occur: most sentences have none)
        guard t.contains(where: { metVerbs.contains($0) || lostVerbs.contains($0) }) else { return [] }
        var more: [CasualtyMention] = []
        for d in deathPronouns.matches(in: t) where !negated.contains(where: { $0.contains(d.start) }) {
            let life = t[d.start].matches(prefix: "حيات")
            // "فقد حياته" right before; "لقي" up to five words before ("لقي القيادي … مصرعه")
            let from = life ? ((d.start - 1)..<d.start).filter { $0 >= 0 && lostVerbs.contains(t[$0]) }
                            : (max(0, d.start - 6)..<d.start).filter { metVerbs.contains(t[$0]) }
            guard let v = from.last else { continue }
            // a figure or a counted subject already read there ("لقي 4 مقاتلين مصرعهم"، "لقي شخصان مصرعهما")
            if (out + more).contains(where: { $0.who == .killed && $0.start >= v - 8 && $0.start <= d.start }) { continue }
            if ((v + 1)..<d.start).contains(where: { ArabicNumbers.phrase(t, at: $0) != nil }) { continue }
            more.append(CasualtyMention(who: .killed, count: Count(status: .reported, min: d.payload, max: d.payload,
                                                                   text: t.text(v..<d.end)), start: v))
        }
        return more
    }
}
