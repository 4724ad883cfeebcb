import Testing
@testable import RasdCore

/// When the wider campaign began ("ضمن فعاليات مسيرة العودة التي انطلقت في 30 مارس الماضي")
/// does not make the act told before it background; a sentence about the campaign itself stays so.
@Suite struct CampaignStartClauseTests {
    static let pub = CivilTime(RFC3339.parse("2018-05-14T12:00:00Z")!, offsetSeconds: 3 * 3600)

    static func background(_ text: String) -> String? {
        let t = ArabicTokenizer.tokenize(text)
        let (bt, bd) = CampaignStartClause.withoutClauses(t, dates: DateRules.mentions(t, publication: pub))
        return BackgroundRules.reason(bt, dates: bd, publication: pub)
    }

    @Test(arguments: [
        "وأعلنت مصادر طبية سقوط 18 قتيلا برصاص الجيش على الحدود، وذلك ضمن فعاليات مسيرة العودة الكبرى التي انطلقت في 30 مارس الماضي",
        "وأصيب 13 آخرون خلال المواجهات، وهي في إطار عملية غصن الزيتون التي بدأتها تركيا في يناير الماضي",
        "وأوضح المصدر أن القوات تصدت للهجوم على مقر الكتيبة التي تتمركز فيها قيادة عملية شاملة بدأتها السلطات في وقت سابق من الشهر",
    ])
    func actBeforeTheCampaignStart(text: String) {
        #expect(Self.background(text) == nil, "\(text)")
    }

    @Test(arguments: [
        // the campaign's own start, or its running toll, is background
        "وبدأ الجيش عملياته في الغوطة في 18 فبراير الماضي وسيطر على معظمها",
        "وقتل ألف شخص خلال الأسبوعين الأولين من هجوم النظام الذي بدأ في 18 فبراير الماضي",
        "وتكثف إطلاق القذائف على دمشق بالتزامن مع الحملة العسكرية التي بدأها الجيش في 18 فبراير الماضي",
        "وبعد عملية عسكرية واسعة بدأتها قوات النظام في 19 مارس الماضي، أبرمت روسيا والفصائل اتفاقا",
    ])
    func campaignItself(text: String) {
        #expect(Self.background(text) != nil, "\(text)")
    }
}
