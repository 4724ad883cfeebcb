import Testing
@testable import RasdCore

/// Teasers of other stories are dropped before extraction: their headlines tell of other acts,
/// places and claims. Only the teaser's own lines go; the story around them stays.
@Suite struct TeaserBoilerplateTests {
    @Test(arguments: [
        ("قد يهمك/ التحالف يعترض صاروخا باليستيا أطلقه الحوثيون باتجاه جازان.. ومقتل مدنيين اثنين في نجران", true),
        ("قد يهمك.. المعارضة تطالب بوقف تصدير السلاح", true),
        ("قد يهمك أيضا: من يقاتل من في اليمن؟", true),
        ("إقرأ أيضاً: مقتل جنديين في هجوم بعبوة ناسفة على دورية شمال بغداد وإصابة ثلاثة آخرين بجروح متفاوتة", true),
        ("شاهد أيضا: لحظة سقوط القذيفة على السوق الشعبي في المدينة القديمة وسط حالة من الهلع بين المارة والباعة", true),
        ("مواضيع ذات صلة", true),
        ("قد يكون الهجوم رسالة إلى الحكومة الجديدة.", false),
        ("وقال المتحدث إن الصواريخ سقطت قرب القاعدة.", false),
    ])
    func teaserLines(_ line: String, _ dropped: Bool) {
        #expect(ArabicBoilerplate.isBoilerplate(line) == dropped, "\(line)")
    }

    @Test(arguments: [
        ("اقرأ ايضاً:", true), ("مواضيع ذات صلة", true), ("قد يهمك", true), ("إقرأ أيضاً", true),
        ("اقرأ أيضا: مقتل 4 جنود", false), ("قد يهمك أن تعرف أن الهجوم الثالث", false),
    ])
    func teaserHeaders(_ line: String, _ header: Bool) {
        #expect(ArabicBoilerplate.isTeaserHeader(line) == header, "\(line)")
    }

    @Test(arguments: [
        // A header alone: the headlines under it go, the prose after them stays.
        ("قصفت طائرات مسيرة مواقع في المدينة.\nاقرأ أيضا:\nمقتل 4 جنود في هجوم على حاجز\nالحوثيون يتبنون إطلاق صاروخ على جازان\nوأضاف المصدر أن الحصيلة مرشحة للارتفاع.",
         "قصفت طائرات مسيرة مواقع في المدينة.\nوأضاف المصدر أن الحصيلة مرشحة للارتفاع."),
        // A teaser with its headline on the same line goes alone: the next line is the story again.
        ("أعلن الجيش إسقاط طائرة مسيرة.\nقد يهمك/ تنظيم الدولة يتبنى تفجيرا في كابول\nوتابع المتحدث قوله إن الطائرة أطلقت من الجنوب",
         "أعلن الجيش إسقاط طائرة مسيرة.\nوتابع المتحدث قوله إن الطائرة أطلقت من الجنوب"),
        // A block ends at the first line of prose (closing full stop), even a short one.
        ("مواضيع ذات صلة\nغارات على ريف إدلب\nوقتل ثلاثة مدنيين.\nسطر آخر",
         "وقتل ثلاثة مدنيين.\nسطر آخر"),
        // A header carries at most six headlines.
        ("اقرأ أيضا:\nأ\nب\nج\nد\nه\nو\nز", "ز"),
    ])
    func teaserBlocks(_ text: String, _ kept: String) {
        #expect(ArabicBoilerplate.clean(text) == kept)
    }

    @Test func teaserHeadlineYieldsNoIncident() {
        let story = StoryText(
            title: "الجيش يعلن إحباط هجوم",
            text: "أعلن الجيش العراقي إحباط هجوم على نقطة تفتيش غرب الرمادي دون وقوع إصابات.\n"
                + "قد يهمك/ داعش يتبنى تفجير سيارة مفخخة في كركوك ومقتل خمسة أشخاص\n"
                + "وأوضح البيان أن القوات ضبطت كمية من الأسلحة.")
        let incidents = ExtractionFixtureTests.extractor.extract(story)
        let quotes = incidents.flatMap { $0.evidence.map(\.quote) }
        #expect(!quotes.contains { $0.contains("كركوك") || $0.contains("داعش") })
    }
}
