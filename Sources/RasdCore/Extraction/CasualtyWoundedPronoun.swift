/// The wounded as an object pronoun of an active verb: "أطلقوا النار على جندي وأصابوه بجروح"،
/// "فأصابها بجروح خطيرة"، "أصابهما بجروح". "أصاب" alone also means "hit" ("أصابه الصاروخ"), so
/// only "بجروح"/"بجراح"/"بإصابة…" right after makes it a wound: the pronoun is one person (ـهما two).
extension CasualtyRules {
    static let woundedPronounVerbs: [UInt64: Int] = {
        var d: [UInt64: Int] = [:]
        // (not "أصابت": "أصابته/أصابتهما" is written as the verbal noun "إصابته بجروح" once hamza and
        // the final ـة are normalised away, "his being wounded", a statement about an earlier wound)
        for stem in ["أصاب", "أصابوا", "أصابا"] {
            let base = stem.hasByteSuffix("وا") ? String(stem.dropLast()) : stem
            for (suffix, n) in [("ه", 1), ("ها", 1), ("هما", 2)] { d[WordHash.of(ArabicNormalizer.normalize(base + suffix))] = n }
        }
        return d
    }()
    static let woundNouns = WordSet(["بجروح", "بجراح", "بإصابة", "بإصابات", "بجرح"])

    /// Injured mentions for "أصابوه بجروح" where no injured statement stands near; nothing negated.
    static func woundedPronouns(_ t: [ArabicToken], _ out: [CasualtyMention], negated: [Range<Int>]) -> [CasualtyMention] {
        var more: [CasualtyMention] = []
        for v in t.indices where v + 1 < t.count && woundNouns.contains(t[v + 1]) {
            guard let n = woundedPronounVerbs[t[v].ids[0]] ?? t[v].ids.lazy.compactMap({ woundedPronounVerbs[$0] }).first,
                  !negated.contains(where: { $0.contains(v) }) else { continue }
            if (out + more).contains(where: { $0.who == .injured && abs($0.start - v) <= 6 }) { continue }
            more.append(CasualtyMention(who: .injured, count: Count(status: .reported, min: n, max: n, text: t.text(v..<(v + 2))), start: v))
        }
        return more
    }
}
