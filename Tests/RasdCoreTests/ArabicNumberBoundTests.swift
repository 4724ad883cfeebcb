import Testing
@testable import RasdCore

/// Table tests of the number phrases added for casualty and weapon counts: figures glued to و,
/// "a number of" in the accusative, and verbs of exceeding as lower bounds.
@Suite struct ArabicNumberBoundTests {
    static func phrase(_ s: String) -> NumberPhrase? { ArabicNumbers.phrase(ArabicTokenizer.tokenize(s), at: 0) }

    @Test(arguments: [
        ("و9 جرحى", 9, 9, false),
        ("و3", 3, 3, false),
        ("تتخطى 250 قتيلا", 251, nil, false),
        ("تجاوزت 40", 41, nil, false),
        ("عتبة 220 قتيلا", 221, nil, false),
        ("عددا من المسلحين", nil, nil, true),
        ("آلاف آخرون", 1000, nil, true),
        ("ثلاثة آلاف", 3000, 3000, false),
        ("ألف شخص", 1000, 1000, false),
        ("عدد من الجرحى", nil, nil, true),
    ] as [(String, Int?, Int?, Bool)])
    func phrases(_ text: String, _ lo: Int?, _ hi: Int?, _ vague: Bool) {
        let p = Self.phrase(text)
        #expect(p != nil && p?.min == lo && p?.max == hi && p?.vague == vague, "\(text): \(String(describing: p))")
    }

    @Test(arguments: ["عددا كبيرا", "وفد", "تتخطى الحدود"])
    func notNumbers(_ text: String) {
        #expect(Self.phrase(text) == nil, "\(text)")
    }
}

extension ArabicNumberBoundTests {
    /// Scraped copy glues a figure to the word after it; the figure still counts that word.
    @Test(arguments: [("نحو 150صاروخا", 150), ("مصرع 18جهاديا", 18)] as [(String, Int)])
    func figureGluedToItsNoun(_ text: String, _ value: Int) {
        let t = ArabicTokenizer.tokenize(text)
        #expect(t.count == 3 && t[1].digits == value, "\(t.map(\.original))")
    }
}
