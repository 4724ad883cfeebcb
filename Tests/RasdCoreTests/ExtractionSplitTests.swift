import Foundation
import Testing
@testable import RasdCore

/// Table tests of which sentences tell a new act and which incident they belong to: habitual
/// frames, and the incidents a story's claims may reach.
@Suite struct ExtractionSplitTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }
    /// Thursday 2024-08-08, 12:00 at UTC+3.
    static let pub = CivilTime(RFC3339.parse("2024-08-08T09:00:00Z")!, offsetSeconds: 3 * 3600)

    @Test(arguments: [
        ("وعادة ما تنفذ تركيا ضربات جوية ضد أهداف للمسلحين في شمال البلاد.", "habitual"),
        ("وغالبا ما يستهدف التنظيم الحواجز الأمنية بعبوات ناسفة.", "habitual"),
        ("عادة ما تشن الطائرات غارات على المنطقة.", "habitual"),
        ("ودائما ما تتعرض القرى الحدودية لقصف مدفعي.", "habitual"),
        // further in, "غالبا ما" describes a place, not the act
        ("وانفجرت السيارة المفخخة في شارع تجاري غالبا ما يكون مكتظا بالمارة.", nil),
        ("وشنت الطائرات غارات على المنطقة.", nil),
    ] as [(String, String?)])
    func habitualLeadIsBackground(_ text: String, _ reason: String?) {
        #expect(BackgroundRules.reason(Self.tokens(text), dates: [], publication: Self.pub) == reason, "\(text)")
    }

    @Test(arguments: [
        ("وخلال الأسابيع الماضية، استهدفت إسرائيل مرات عدة مواقع عسكرية في سوريا.", "past_weeks"),
        ("في الأسابيع الأخيرة شنت الطائرات غارات متكررة على المنطقة.", "past_weeks"),
        // later in the sentence the span only qualifies a detail of today's act
        ("وقال الجيش إنه استهدف مواقع لإعداد بالونات حارقة أطلقت خلال الأسابيع الماضية.", nil),
    ] as [(String, String?)])
    func pastWeeksLeadIsBackground(_ text: String, _ reason: String?) {
        #expect(BackgroundRules.reason(Self.tokens(text), dates: [], publication: Self.pub) == reason, "\(text)")
    }

    static let syria = PlaceTable([
        (PlaceCandidate(nameAr: "دوما", kind: "locality", admin1Ar: "ريف دمشق", country: "SY", population: 100_000), []),
        (PlaceCandidate(nameAr: "حرستا", kind: "locality", admin1Ar: "ريف دمشق", country: "SY", population: 40_000), []),
        (PlaceCandidate(nameAr: "جرمانا", kind: "locality", admin1Ar: "ريف دمشق", country: "SY", population: 100_000), []),
    ])
    static let analyzer = SentenceAnalyzer(lookup: syria)
    static func analysis(_ s: String) -> SentenceAnalysis {
        analyzer.analyze(ArabicSentence(index: 1, text: s, tokens: tokens(s), isTitle: false), publication: pub, deep: true)
    }

    /// (sentence, place of the act answered or nil for no split, the answered act keeps the toll)
    @Test(arguments: [
        ("وأفادت الوكالة الرسمية أن الطيران شن غارات ردا على قصف بالقذائف على حرستا، مشيرة إلى وقوع إصابات بين المدنيين.", "حرستا", true),
        ("وشنت الطائرات الحربية غارات رداً على سقوط قذائف على جرمانا.", "جرمانا", false),
        // the strike names its own place: the sentence is about that strike
        ("وشنت الطائرات غارات على دوما ردا على قصف على جرمانا.", nil, false),
        // the answered act names no place
        ("وشنت الطائرات غارات ردا على إطلاق صواريخ.", nil, false),
        ("وقصفت المدفعية مواقع للمسلحين في حرستا.", nil, false),
    ] as [(String, String?, Bool)])
    func answeredActIsSplitOff(_ text: String, _ place: String?, _ answeredToll: Bool) {
        let split = NewsFraming.splitByAnswer(Self.analysis(text))
        #expect(split?.1.places.first?.place.nameAr == place, "\(text)")
        if let (told, answered) = split {
            #expect(told.places.isEmpty, "\(text)")
            #expect(!told.events.isEmpty && !answered.events.isEmpty, "\(text)")
            #expect(answered.claims.isEmpty, "\(text)")
            #expect(!answered.casualties.isEmpty == answeredToll, "\(text)")
        }
    }

    /// (countries named as a party's patron or as actors, countries named as where the act was, the incident's country)
    @Test(arguments: [
        (["IR", "YE"], ["YE"], "YE"),   // "صاروخا أطلقته ميليشيات الحوثي الموالية لإيران من داخل الأراضي اليمنية"
        (["IR"], [], "IR"),              // no place named: the only country there is
        (["SA", "YE"], ["SA", "YE"], "SA"),
    ] as [([String], [String], String)])
    func incidentCountryIsWhereTheActWas(_ named: [String], _ placeCountries: [String], _ country: String) {
        let text = "واعترضت الدفاعات الجوية صاروخا باليستيا."
        var a = SentenceAnalysis(sentence: ArabicSentence(index: 1, text: text, tokens: Self.tokens(text), isTitle: false))
        a.countries = named.map { (code: $0, text: $0) }
        a.placeCountries = placeCountries
        var d = IncidentDraft()
        d.add(event: 1, a)
        #expect(d.country == country)
    }

    @Test(arguments: [
        // the shelters "against rockets" belong to what came before the shelling, not to it
        ("وجاء القصف هذا المساء بعد وقت قصير على طلب الجيش فتح الملاجئ المضادة للصواريخ.", true),
        ("وجاءت الغارات بعد إطلاق صاروخ باليستي على الأراضي السعودية.", true),
        // the framed act itself is a rocket: it may be a new one
        ("وجاء إطلاق الصواريخ بعد ساعات من الغارات.", false),
        ("وجاءت الغارات إثر هجوم على حاجز للجيش.", true),
    ])
    func framedActIsTheOneBeforeAfter(_ text: String, _ sequel: Bool) {
        let a = Self.analyzer.analyze(ArabicSentence(index: 1, text: text, tokens: Self.tokens(text), isTitle: false),
                                      publication: Self.pub, deep: true)
        #expect(NewsFraming.isFramingSequel(a) == sequel, "\(text)")
    }

    /// (sentence, the act of unnamed means is fire from afar on a town)
    @Test(arguments: [
        ("واستهدفت الفصائل المعارضة بدورها ضاحية جرمانا قرب دمشق، ما أسفر عن مقتل أربعة أشخاص.", true),
        ("واستهدف المسلحون أحياء سكنية في المدينة.", true),
        ("واستهدف المسلحون حاجزا للجيش في المنطقة.", false),   // forces, not a town: a clash
        ("واستهدف المسلحون بقذائف الهاون بلدة الفوعة.", false),  // the weapon names the type already
    ])
    func townTargetedByUnnamedMeans(_ text: String, _ town: Bool) {
        #expect(TownTargeting.targetsTown(Self.analysis(text)) == town, "\(text)")
    }

    @Test(arguments: [
        ("ونفت الفصائل المعارضة مشاركتها في أي مفاوضات مع الحكومة.", false),
        ("ونفت حركة حماس مسؤوليتها عن الهجوم.", true),
    ])
    func deniedTalksAreNoDenialOfAnAct(_ text: String, _ denial: Bool) {
        let t = Self.tokens(text)
        let actors = ActorLexicon.shipped.mentions(t)
        let ms = ClaimRules.mentions(t, actors: actors, hasEvent: false, lexicon: .shipped)
        #expect(ms.contains { $0.status == .denied } == denial, "\(text)")
    }
}
