import Testing
@testable import RasdCore

/// A claim's actor is shown without the conjunction or preposition wire copy glues to it, but a
/// name that starts with one of those letters stays whole.
@Suite struct ActorDisplayTextTests {
    @Test(arguments: [
        ("وروسية", "روسية"), ("لإسرائيل", "إسرائيل"), ("لتنظيم القاعدة", "تنظيم القاعدة"), ("للجيش الفرنسي", "الجيش الفرنسي"),
        ("وحزب الله", "حزب الله"), ("وموسكو", "موسكو"), ("بداعش", "داعش"), ("وبالحوثيين", "الحوثيين"), ("فحركة حماس", "حركة حماس"),
        ("ولاية سيناء", "ولاية سيناء"), ("بوكو حرام", "بوكو حرام"), ("فيلق الرحمن", "فيلق الرحمن"),
        ("وحدات حماية الشعب", "وحدات حماية الشعب"), ("كتائب القسام", "كتائب القسام"), ("لواء مجهول", "لواء مجهول"),
    ])
    func display(_ written: String, _ shown: String) {
        #expect(ActorDisplayText.of(written) == shown)
    }

    @Test func claimActorLosesItsClitic() {
        let story = StoryText(
            text: "قتل ثلاثة جنود في تفجير عبوة ناسفة استهدف دورية عسكرية شمال مالي، وأعلنت جماعة تابعة لتنظيم القاعدة مسؤوليتها عن التفجير.")
        let claims = ExtractionFixtureTests.extractor.extract(story).map(\.claim)
        #expect(claims.contains { $0.status == .claimed && $0.actor == "تنظيم القاعدة" }, "\(claims)")
    }
}
