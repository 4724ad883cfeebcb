import Testing
@testable import RasdCore

/// A battle of words, votes, money or sanctions is a dispute, not fighting; a battle around a place is.
@Suite struct ContextDisputeTests {
    static func isDiscussion(_ text: String) -> Bool {
        ContextRules.contexts(ArabicTokenizer.tokenize(text)).contains(.discussion)
    }

    @Test(arguments: [
        "أصيب نظام الدفع بالتهتك بسبب معركة عبر المحيط الأطلسي بشأن الاتفاق النووي الإيراني",
        "وتخوض الشركة معركة قانونية مع الحكومة منذ عامين",
        "واحتدمت الحرب التجارية بين واشنطن وبكين",
        "وتدور معركة حامية في البرلمان حول القانون الجديد",
        "واشتعلت المعركة الانتخابية في المدينة",
    ])
    func aFightOverAMatterIsADispute(_ text: String) {
        #expect(Self.isDiscussion(text), "\(text)")
    }

    @Test(arguments: [
        "ودارت معارك عنيفة حول المطار بين القوات الحكومية والمسلحين",
        "وقتل 12 مقاتلا في معركة بشأنها تضاربت الروايات في ريف حماة",
        "واندلعت معركة في محيط البلدة أسفرت عن مقتل 5 عناصر",
        "وانتهت المعركة",                  // the battle noun last in the sentence
        "حرب",
    ])
    func aBattleAroundAPlaceIsFighting(_ text: String) {
        #expect(!Self.isDiscussion(text), "\(text)")
    }

    @Test func theStoryOfADisputeYieldsNoIncident() {
        let text = """
        إلا أن الوجود الهادئ للشبكة المصرفية أصيب بالتهتك بسبب معركة عبر المحيط الأطلسي بشأن الاتفاق النووي الإيراني.
        وقال خبير إن القضية وجودية للنظام المالي العالمي.
        """
        let story = StoryText(title: "شلل مالي يهدد المصارف", text: text, published: RFC3339.parse("2018-06-14T10:00:00Z"))
        #expect(ExtractionFixtureTests.extractor.extract(story).isEmpty)
    }
}
