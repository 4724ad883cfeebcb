import Foundation
import RasdCore
import Testing

/// The hard negative "a SpaceX صاروخ": a launch story speaks of rockets in sentence after
/// sentence and reports no incident; a war story that quotes a satellite channel still does.
@Suite struct ExtractionSpaceStoryTests {
    static let published = RFC3339.parse("2024-03-14T20:00:00+03:00")

    static func extract(title: String, _ text: String) -> [IncidentFacts] {
        ExtractionFixtureTests.extractor.extract(StoryText(title: title, text: text, published: published, utcOffsetSeconds: 3 * 3600))
    }

    @Test func aRocketLaunchStoryHasNoIncident() {
        let got = Self.extract(title: "شركة فضاء خاصة تطلق أكبر صاروخ في العالم",
            """
            أطلقت الشركة الأمريكية صاروخها الجديد من قاعدة الإطلاق في ولاية فلوريدا إلى الفضاء مساء الخميس.
            وقال رئيس الشركة للصحفيين عقب انطلاق الصاروخ "كنت أتخيل حدوث انفجار ضخم على منصة الإطلاق".
            وسيحمل الصاروخ في رحلاته المقبلة أقمارا صناعية ومركبة فضائية إلى القمر.
            وخلال دقائق انفصل محركان على جانبي الصاروخ ثم عادا بأمان إلى الأرض.
            ويستطيع الصاروخ حمل 60 طنا إلى المدار القريب من الأرض.
            """)
        #expect(got.isEmpty, "\(got)")
    }

    @Test func aStrikeStoryQuotingASatelliteChannelStillHasItsIncident() {
        let got = Self.extract(title: "مقتل ثلاثة بقصف صاروخي على بلدة في ريف إدلب",
            """
            قتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف صاروخي استهدف بلدة سرمدا في ريف إدلب الشمالي صباح الخميس.
            وعرضت قناة فضائية محلية صورا للدمار الذي خلفه القصف.
            وقال مراسل القناة الفضائية إن الصواريخ أطلقت من مواقع قريبة.
            """)
        #expect(got.count == 1, "\(got)")
        #expect(got.first?.casualties.killed.min == 3, "\(String(describing: got.first?.casualties))")
    }
}

/// "معركة" alone is often a figure of speech; a battle needs fighters, arms, a toll or another act.
@Suite struct ExtractionFigurativeBattleTests {
    @Test(arguments: [
        ("وسوف يحكي المعرض قصة المعركة التي دامت تسعة أسابيع لإزالة الانسداد من شبكات الصرف الصحي يوم الجمعة.", 0),
        ("وخاض المحامون معركة قانونية طويلة أمام المحكمة العليا الأحد.", 0),
        ("واندلعت معركة عنيفة بين الجيش السوري وفصائل المعارضة في ريف حماة الأحد.", 1),
        ("وقتل خمسة مقاتلين في معركة قرب مدينة الحديدة الأحد.", 1),
        ("ودارت معارك عنيفة في محيط مدينة الحديدة الأحد.", 1),
    ] as [(String, Int)])
    func battleNeedsFighters(_ text: String, _ incidents: Int) {
        let got = ExtractionSpaceStoryTests.extract(title: "", text)
        #expect(got.count == incidents, "\(text): \(got)")
    }
}
