import Foundation
import Testing
@testable import RasdCore

/// Where a rocket or missile was fired from is not where its incident happened: a spokesman's
/// "رصدت … إطلاق صاروخ باليستي من داخل الأراضي اليمنية (محافظة صعدة) باتجاه المملكة" tells the
/// interception the lead told, not a second incident in Yemen.
@Suite struct LaunchOriginTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }

    /// (sentence, the place word, origin)
    @Test(arguments: [
        ("رصدت الدفاعات إطلاق صاروخ باليستي من داخل الأراضي اليمنية باتجاه المملكة", "اليمنية", true),
        ("رصدت الدفاعات إطلاق صاروخين من داخل الأراضي اليمنية محافظة صعدة باتجاه جازان", "صعدة", true),
        ("اعترضت الدفاعات صاروخين أطلقتهما الميليشيا من محافظة صعدة باتجاه الأراضي السعودية", "صعدة", true),
        ("وأطلقت الفصائل صاروخين من قطاع غزة على مستوطنات الغلاف", "غزة", true),
        // the target, or a place near which something fell, is no origin
        ("رصدت الدفاعات إطلاق صاروخ باليستي من داخل الأراضي اليمنية باتجاه جازان", "جازان", false),
        ("سقطت قذيفة على مواقع قريبة من مدينة حلب", "حلب", false),
        // "من" without a launch word: the people of a place, not a launch site
        ("قتل ثلاثة من سكان مدينة تعز في القصف", "تعز", false),
    ])
    func launchSite(_ text: String, _ word: String, _ origin: Bool) throws {
        let t = Self.tokens(text)
        let i = try #require(t.firstIndex { $0.original == word })
        #expect(LaunchOrigins.isOrigin(t, at: i) == origin, "\(word) in \(text)")
    }

    static let places = PlaceTable([
        (PlaceCandidate(nameAr: "جازان", kind: "region", admin1Ar: nil, country: "SA", population: 1_500_000), []),
        (PlaceCandidate(nameAr: "صعدة", kind: "region", admin1Ar: nil, country: "YE", population: 900_000), []),
    ])

    @Test func theSpokesmansLaunchSiteIsNoSecondIncident() {
        let text = """
            اعترضت الدفاعات الجوية السعودية الإثنين صاروخا باليستيا أطلقته الميليشيا الحوثية باتجاه مدينة جازان. \
            وقال المتحدث باسم التحالف إن قوات الدفاع الجوي رصدت إطلاق صاروخ باليستي من داخل الأراضي اليمنية (محافظة صعدة) باتجاه أراضي المملكة. \
            وأضاف أن الصاروخ كان باتجاه مدينة جازان وتم اعتراضه وتدميره.
            """
        let got = IncidentExtractor(places: Self.places).extract(StoryText(title: "", text: text, published: RFC3339.parse("2018-04-23T15:00:00Z"),
                                                                            utcOffsetSeconds: 3 * 3600))
        #expect(got.count == 1)
        #expect(got.first?.subEventType == "Disrupted weapons use")
        #expect(got.first?.location?.nameAr == "جازان")
    }

    // MARK: a state that speaks is no place

    @Test(arguments: [
        ("أعلنت الوزارة أن الولايات المتحدة أبلغتها بمقتل زعيم الحركة في غارة جوية.", "US", false),
        ("واتهمت سوريا إسرائيل بشن غارة جوية على المطار.", "SY", false),
        ("قتل ثلاثة أشخاص في غارة جوية على بلدة في سوريا.", "SY", true),
    ])
    func speakingStates(_ text: String, _ code: String, _ place: Bool) {
        let analyzer = SentenceAnalyzer(lookup: PlaceTable([]))
        let a = analyzer.analyze(ArabicSentence(index: 1, text: text, tokens: Self.tokens(text), isTitle: false),
                                 publication: CivilTime(RFC3339.parse("2018-06-15T09:00:00Z")!, offsetSeconds: 3 * 3600), deep: true)
        #expect(a.placeCountries.contains(code) == place, "\(text)")
    }
}
