import Testing
@testable import RasdCore

/// "منظومة" names a missile test or an arms deal, unless the sentence strikes the system.
@Suite struct ContextDefenceSystemTests {
    static func isMissileTest(_ text: String) -> Bool {
        ContextRules.contexts(ArabicTokenizer.tokenize(text)).contains(.missileTest)
    }

    @Test(arguments: [
        ("هزت انفجارات المطار بينما تحدثت مصادر عن قصف استهدف منظومة صواريخ إيرانية", false),
        ("ودمرت الغارة منظومة دفاع جوي في محيط القاعدة", false),
        ("وقعت أنقرة صفقة لشراء منظومة صواريخ إس 400 من روسيا", true),
        ("وأعلنت كوريا الشمالية نجاح تجربة صاروخية جديدة", true),
        ("وكشف الجيش عن منظومة صاروخية جديدة خلال العرض العسكري", true),
    ])
    func defenceSystem(text: String, test: Bool) {
        #expect(Self.isMissileTest(text) == test, "\(text)")
    }
}
