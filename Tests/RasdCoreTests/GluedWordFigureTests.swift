import Testing
@testable import RasdCore

/// Scraped wire copy loses the space before a figure ("قتل الخميس22  مقاتلا"، "حتى الآن25 قتيلا"):
/// a word of three letters or more glued to digits is two tokens, so the figure is read. A clitic
/// glued to digits ("و10"، "لـ35"، "بـ5") stays one token, read through its clitic-stripped form.
@Suite struct GluedWordFigureTests {
    @Test(arguments: [
        ("قتل الخميس22  مقاتلا", ["قتل", "الخميس", "22", "مقاتلا"]),
        ("أوقعت حتى الآن25 قتيلا", ["أوقعت", "حتى", "الآن", "25", "قتيلا"]),
        ("وقبل أيام قتل45  مسلحا", ["وقبل", "أيام", "قتل", "45", "مسلحا"]),
        ("مقتل ١٢شخصا", ["مقتل", "١٢", "شخصا"]),
        ("و10 آخرين", ["و10", "آخرين"]),
        ("لـ35 مدنيا", ["لـ35", "مدنيا"]),
        ("بـ5 صواريخ", ["بـ5", "صواريخ"]),
        ("عن17 عنصرا", ["عن17", "عنصرا"]),
        ("الـ24 ساعة", ["الـ24", "ساعة"]),
        ("F16 و2,500", ["F16", "و2,500"]),
    ])
    func tokens(text: String, want: [String]) {
        #expect(ArabicTokenizer.tokenize(text).map(\.original) == want, "\(text)")
    }

    @Test(arguments: [
        ("قتل الخميس22  مقاتلا في هجوم على حاجز في مدينة حلب.", "22-22"),
        ("أوقعت المعارك في مدينة حلب حتى الآن25  قتيلا على الأقل من قوات النظام.", "25-"),
    ])
    func tollRead(text: String, killed: String) {
        TollParaphraseTests.check(text, killed: killed, injured: "*")
    }

    /// A sentence that opens on a span back ("وقبل أيام") tells an earlier act's toll.
    @Test(arguments: [
        ("وقبل أيام قتل 45 مسلحا في هجمات للتنظيم على قرى قرب المدينة", true),
        ("قبل أسبوعين، أصيب 3 جنود في هجوم مماثل", true),
        ("ملاذ أخير وقبل أيام قتل 45 مسلحا", true),
        ("قتل 35 مقاتلا في هجوم شنه التنظيم قبل أيام على نقطة تجمع لهم", false),
        ("قبل ساعات قتل 5 أشخاص في غارة", false),
    ])
    func opensDaysBack(text: String, earlier: Bool) {
        let t = ArabicTokenizer.tokenize(text)
        #expect(EarlierTolls.opensDaysBack(t) == earlier, "\(text)")
        #expect(CasualtyRules.mentions(t).isEmpty == earlier, "\(text)")
    }
}
