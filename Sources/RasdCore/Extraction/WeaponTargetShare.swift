/// A salvo split over targets: "اعترضت الدفاعات سبعة صواريخ، استهدفت 3 منها الرياض"، "أطلقت 105
/// صواريخ، 76 منها استهدفت مركز البحوث". The sentence's place is the share's target, so the
/// incident told there was struck by the share, not by the whole salvo (a type split, "57 منها من
/// طراز توماهوك", names no target and is left alone).
enum WeaponTargetShare {
    static let of = WordSet(["منها", "منهم", "منهما"])
    /// Verbs that send a share of the salvo at its target.
    static let aimed = WordSet(["استهدف", "استهدفت", "استهدفا", "استهدفتا", "سقط", "سقطت", "سقطا", "أصاب", "أصابت",
                                "اتجه", "اتجهت", "أطلق", "أطلقت", "كان", "كانت"])

    /// The share figure told within ten words after a counted weapon ending at `end`, when a
    /// targeting verb stands right before or after "N منها"; nil when it is not smaller than `total`.
    static func share(_ t: [ArabicToken], after end: Int, total: Int) -> (value: Int, start: Int, end: Int)? {
        var k = end + 1
        while k < min(t.count, end + 11) {
            if of.contains(t[k]), let f = figureEnding(t, at: k) {
                // "اعترضت القبة الحديدية 20 منها وسقط الباقي": the intercepted part, then a new clause
                // (a verb carrying و) about the rest; neither is a share sent at a target
                if f.start > 0, WeaponContext.interception.contains(t[f.start - 1]) { return nil }
                let before = f.start > 0 && aimed.contains(t[f.start - 1])
                let after = k + 1 < t.count && aimed.contains(t[k + 1]) && !t[k + 1].norm.hasBytePrefix("\u{0648}")
                guard before || after, f.value < total, f.value > 0 else { return nil }
                return (f.value, before ? f.start - 1 : f.start, after ? k + 2 : k + 1)
            }
            k += 1
        }
        return nil
    }

    /// A one-word figure right before position `k` ("3 منها"، "ثلاثة منها").
    static func figureEnding(_ t: [ArabicToken], at k: Int) -> (value: Int, start: Int)? {
        guard k > 0, let f = ArabicNumbers.figure(t, at: k - 1), f.end == k else { return nil }
        return (f.value, k - 1)
    }
}
