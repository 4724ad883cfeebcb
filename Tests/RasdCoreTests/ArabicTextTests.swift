import Testing
@testable import RasdCore

@Suite struct ArabicTextTests {
    @Test(arguments: [
        ("وبالأنبار", "الانبار"), ("فللمدينة", "المدينه"), ("بالقرب", "القرب"), ("والصواريخ", "صواريخ"),
        ("لصاروخ", "صاروخ"), ("كالعادة", "عاده"), ("فالحوثيون", "الحوثيون"), ("وقصف", "قصف"), ("بغداد", "غداد"),
    ])
    func cliticReadings(_ word: String, _ reading: String) {
        #expect(ArabicClitics.readings(ArabicNormalizer.normalize(word)).contains(reading))
    }

    @Test(arguments: ["في", "من", "و", "بل"])
    func shortWordsAreNotShredded(_ word: String) {
        #expect(ArabicClitics.readings(word) == [word])
    }

    @Test func tokenizerSplitsPunctuationHashtagsAndKeepsNumbers() {
        let t = ArabicTokenizer.tokenize("قصف #الجيش_الإسرائيلي “غزة”، وقتل ٢٬٥٠٠ و3.5")
        #expect(t.map(\.original) == ["قصف", "الجيش", "الإسرائيلي", "غزة", "وقتل", "٢٬٥٠٠", "و3", "5"] || t.map(\.original) == ["قصف", "الجيش", "الإسرائيلي", "غزة", "وقتل", "٢٬٥٠٠", "و3.5"])
        #expect(t[5].digits == 2500)
    }

    static func phrase(_ s: String) -> NumberPhrase? { ArabicNumbers.phrase(ArabicTokenizer.tokenize(s), at: 0) }

    @Test(arguments: [
        ("أربعة صواريخ", 4, 4), ("أربع قذائف", 4, 4), ("ثلاث", 3, 3), ("ثلاثة", 3, 3), ("عشرة", 10, 10),
        ("أحد عشر", 11, 11), ("إحدى عشرة", 11, 11), ("اثنا عشر", 12, 12), ("خمسة عشر", 15, 15), ("تسعة عشر", 19, 19),
        ("عشرين", 20, 20), ("خمسة وعشرون", 25, 25), ("مئة", 100, 100), ("مائتين", 200, 200), ("ثلاثمئة", 300, 300),
        ("ألف", 1000, 1000), ("ثلاثة آلاف", 3000, 3000), ("175", 175, 175), ("١٧٥", 175, 175), ("2,500", 2500, 2500),
        ("أكثر من 10", 11, nil), ("ما لا يقل عن 5", 5, nil), ("نحو 2500", 2500, 2500), ("حوالي 30", 30, 30),
        ("12 على الأقل", 12, nil), ("قرابة مئة", 100, 100), ("وثلاثة", 3, 3),
    ] as [(String, Int, Int?)])
    func numbers(_ text: String, _ lo: Int, _ hi: Int?) {
        let p = Self.phrase(text)
        #expect(p?.min == lo && p?.max == hi && p?.vague == false, "\(text): \(String(describing: p))")
    }

    @Test(arguments: [("عشرات", 10), ("مئات", 100), ("بضعة", nil), ("عدة", nil), ("عدد من", nil)] as [(String, Int?)])
    func vagueAmounts(_ text: String, _ convention: Int?) {
        let p = Self.phrase(text)
        #expect(p?.vague == true && p?.min == convention, "\(text)")
    }

    @Test(arguments: ["الاثنين", "صواريخ", "الجيش"])
    func notNumbers(_ text: String) {
        #expect(Self.phrase(text) == nil)
    }

    @Test func sentenceSplitterKeepsDecimalsAndSplitsAtArabicMarks() {
        let s = ArabicSentenceSplitter.split("سقط 3.5 طن. ثم قال؟ نعم؛ انتهى\nسطر جديد")
        #expect(s == ["سقط 3.5 طن.", "ثم قال؟", "نعم؛", "انتهى", "سطر جديد"])
    }

    @Test(arguments: [
        ("[ad_1]", true), ("المصدر", true), ("المصدر: وكالات", true), ("اقرأ أيضا: مقتل 10 في غارة على صعدة", true),
        ("شارك هذا الخبر", true), ("تابعونا على تويتر", true),
        ("قال مصدر أمني إن أربعة صواريخ سقطت في محيط القاعدة.", false),
        ("المصدر الأمني أكد أن الهجوم وقع فجرا واستهدف دورية للجيش على الطريق الدولي بين المدينتين الرئيسيتين في المحافظة", false),
    ])
    func boilerplate(_ line: String, _ dropped: Bool) {
        #expect(ArabicBoilerplate.isBoilerplate(line) == dropped)
    }

    @Test func boilerplateMarkersRemovedInline() {
        #expect(ArabicBoilerplate.clean("نص [ad_2] آخر\n[ad_1]\nالمصدر") == "نص  آخر")
    }
}
