import Testing
@testable import RasdCore

/// Casualty and weapon rules read arbitrary word salads built from their own cue words without
/// trapping: every cue may stand first, last or alone, where look-ahead and look-behind end.
@Suite struct CasualtyWeaponRobustnessTests {
    static let words = ["قتل", "مقتل", "قتلوا", "أصيب", "وأصيب", "إصابة", "قتيل", "جريح", "قتلى", "جرحى", "بين", "مع", "عدد",
                        "عددا", "من", "منهم", "بينهم", "على", "الأقل", "نحو", "أكثر", "تتخطى", "عتبة", "آلاف", "عشرات", "3",
                        "و9", "150صاروخا", "اثنين", "ثلاثة", "شخصا", "جنديين", "اللذين", "أصيبا", "حصيلة", "الحصيلة", "إلى",
                        "بلغت", "لم", "دون", "تسفر", "عن", "إصابات", "يتضح", "غداة", "ردا", "بعد", "شهر", "صاروخ", "صواريخ",
                        "طائرة", "مسيرة", "انتحارية", "وقف", "إطلاق", "النار", "أطلق", "قاذفات", "الدفاعات", "إسرائيليين",
                        "في", "المئة", "آخر", "آخرون", "امرأة", "وطفليها", "مشيرة", "أضرار", "مادية", "فقط"]

    @Test func wordSaladNeverTraps() {
        var rng = SplitMix64(seed: 0x5EED_CA5A)
        for _ in 0..<3000 {
            let n = Int(rng.next() % 14)
            let text = (0..<n).map { _ in Self.words[Int(rng.next() % UInt64(Self.words.count))] }.joined(separator: " ")
            let t = ArabicTokenizer.tokenize(text)
            let c = CasualtyRules.mentions(t)
            let w = WeaponRules.mentions(t)
            // every statement starts inside the sentence and every count is ordered
            #expect(c.allSatisfy { $0.start >= 0 && $0.start <= t.count }, "\(text)")
            #expect((c.map(\.count) + w.map(\.count)).allSatisfy { c in c.min == nil || c.max == nil || c.min! <= c.max! }, "\(text)")
            _ = CasualtyRules.merge(c.map(\.count))
        }
    }

    @Test(arguments: ["", "قتل", "بين", "قتيل", "حصيلة", "لم", "صاروخ", "النار", "مقتل وإصابة", "قتلى بين"])
    func shortSentences(_ text: String) {
        let t = ArabicTokenizer.tokenize(text)
        _ = CasualtyRules.mentions(t)
        _ = WeaponRules.mentions(t)
        #expect(t.count <= 2)
    }
}
