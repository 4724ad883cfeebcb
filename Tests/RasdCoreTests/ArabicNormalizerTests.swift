import Testing
@testable import RasdCore

@Suite struct ArabicNormalizerTests {
    @Test(arguments: [
        ("أإآٱ", "اااا"), ("مستشفى", "مستشفي"), ("محافظة", "محافظه"), ("ی ک", "ي ك"),
        ("قَصْفٌ", "قصف"), ("صـــاروخ", "صاروخ"), ("\u{200F}عين\u{200E}", "عين"),
        ("٢٠٢٤", "2024"), ("۱۷۵", "175"), ("١٬٥٠٠", "1500"), ("٣٫٥", "3.5"),
    ])
    func folds(_ input: String, _ expected: String) {
        #expect(ArabicNormalizer.normalize(input) == expected)
    }

    @Test func calendarNames() {
        #expect(ArabicCalendarNames.month(ArabicNormalizer.normalize("تموز")) == 7)
        #expect(ArabicCalendarNames.month(ArabicNormalizer.normalize("كانون الثاني")) == 1)
        #expect(ArabicCalendarNames.month(ArabicNormalizer.normalize("أكتوبر")) == 10)
        #expect(ArabicCalendarNames.weekday(ArabicNormalizer.normalize("الخميس")) == 4)
        #expect(ArabicCalendarNames.weekday(ArabicNormalizer.normalize("جمعة")) == 5)
    }
}
