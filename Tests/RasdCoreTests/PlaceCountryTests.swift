import Testing
@testable import RasdCore

/// Countries a sentence names that are not where the act happened: the country across a border,
/// one a place lies near, a group's backer, and a lake or sea named after a country.
@Suite struct PlaceCountryTests {
    @Test(arguments: [
        ("قتل جنود في كمين شمال غربي البلاد على مقربة من الحدود مع الجزائر", [String]()),
        ("قصفت طائرات مواقع على الحدود مع السعودية", []),
        ("سقطت قذائف قرب حدودها مع سوريا", []),
        ("هاجم مسلحون قرية على ضفاف البحيرة القريبة من النيجر", []),
        ("قصفت الطائرات معاقل الحوثيين المدعومين من إيران", []),
        ("هجوم على قرية تقع على بحيرة تشاد", []),
        ("غارة نفذها التحالف الذي تقوده السعودية", []),
        ("اشتباكات بين تحالف عربي كردي تدعمه الولايات المتحدة وقوات النظام", []),
        ("صاروخ أطلقته الميليشيا التابعة لإيران", []),
        ("غارات للتحالف بقيادة السعودية", []),
        ("ليبيا تعرب عن استنكارها للعمل الإرهابي الذي استهدف المسجد", []),
        ("مصر تدين الهجوم على الكنيسة", []),
        // a country named as a place is kept
        ("قتل جنود في هجوم في الجزائر", ["DZ"]),
        ("سقط صاروخ في السعودية قرب الحدود", ["SA"]),
        ("وصل المقاتلون من سوريا مع عائلاتهم", ["SY"]),
    ])
    func countriesThatAreNotThePlace(_ text: String, _ codes: [String]) {
        #expect(CountryLexicon.placeMentions(ArabicTokenizer.tokenize(text)).map(\.code) == codes)
    }
}
