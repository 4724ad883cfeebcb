/// Count forms wire copy writes around a weapon noun that the plain "figure + noun" reading misses.
/// Each is one reading of Arabic word order, not of a phrase:
/// - a nominative dual in construct with the weapon's make, subject of the verb before it
///   ("سقط صاروخا كاتيوشا" = two Katyushas; "أطلقوا صاروخا كاتيوشا" is one, accusative);
/// - a cardinal after an indefinite plural, the literary order ("شن الطيران غارات ثلاث على …");
/// - blasts counted and then named by the device that made them ("ثلاثة تفجيرات بسيارات مفخخة");
/// - a part told of a whole that follows ("اعترضت 71 صاروخا من أصل 103 صواريخ"): the whole is the act's.
enum WeaponCountForms {
    /// Verbs whose subject the weapon is, right before it: landing, exploding, hitting.
    static let subjectVerbs = WordSet(["سقط", "سقطا", "سقطت", "انفجر", "انفجرا", "استهدف", "استهدفا", "أصاب", "أصابا",
                                       "ضرب", "ضربا", "طال", "طالا", "وقع", "وقعا", "يسقط", "سقطتا", "استهدفت"])
    static let dualForm = ArabicNormalizer.normalize("صاروخا")

    /// "صاروخا كاتيوشا"، "صاروخا سكود" right after a verb whose subject it is: two missiles.
    static func isNominativeDual(_ t: [ArabicToken], start: Int, end: Int) -> Bool {
        guard start > 0, end == start + 1, end < t.count, t[start].norm == dualForm,
              WeaponRules.rocketMakes.match(t, at: end) != nil || WeaponRules.ballisticNames.match(t, at: end) != nil
        else { return false }
        return subjectVerbs.containsExact(t[start - 1])
    }

    /// Words that may follow a trailing cardinal: a preposition or the verb of the next clause, so the
    /// number counts the noun before it and no noun after it ("غارات ثلاث أيام" counts days).
    static let afterCardinal = WordSet(["على", "في", "ضد", "قرب", "عند", "داخل", "استهدفت", "طالت", "شنها", "نفذها",
                                        "أطلقت", "سقطت", "خلال", "منذ", "فجر", "صباح", "مساء", "ليلة"])

    /// "غارات ثلاث"، "صواريخ أربعة": a number word (3–10) after an indefinite plural weapon noun.
    static func trailingCardinal(_ t: [ArabicToken], noun m: PhraseMatch<(WeaponRules.Noun, Int?)>, number n: NumberPhrase) -> Bool {
        guard m.payload.1 == nil, !WeaponContext.isDefinite(t[m.start]), n.start == m.end, n.end == n.start + 1,
              t[n.start].digits == nil, !n.vague, let v = n.min, n.max == v, (3...10).contains(v) else { return false }
        return n.end == t.count || afterCardinal.containsExact(t[n.end]) || !t[n.end].original.contains(where: \.isLetter)
    }

    /// Devices that make a blast: named after it with ب, they take the blasts' figure.
    static let devices: Set<WeaponKind> = [.vbied, .ied, .suicideDevice]

    /// "ثلاثة تفجيرات بسيارات مفخخة": the counted blast mention `blast` ends right where the device
    /// named with ب begins; its count is the device's.
    static func blastCount(_ t: [ArabicToken], device kind: WeaponKind, at start: Int, blast: WeaponMention?, blastEnd: Int?) -> Count? {
        guard devices.contains(kind), let b = blast, b.kind == .explosiveUnspecified, blastEnd == start,
              b.count.status == .reported, (b.count.min ?? 0) > 1, t[start].norm.hasBytePrefix("\u{0628}") else { return nil }
        return b.count
    }

    static let wholeMarker = PhraseLexicon<Bool>([("من أصل", true), ("من مجموع", true), ("من إجمالي", true)])

    /// "71 صاروخا من أصل 103 صواريخ": the noun ending at `end` is followed by a whole with its own figure.
    static func isPartOfWhole(_ t: [ArabicToken], after end: Int) -> Bool {
        guard end < t.count, let w = wholeMarker.match(t, at: end) else { return false }
        return ArabicNumbers.phrase(t, at: w.end) != nil
    }
}
