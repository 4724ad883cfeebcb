import Testing
@testable import RasdCore

/// A toll named by "عدد"/"حصيلة" with its figure a few words on ("عدد القتلى ارتفع إلى 9"،
/// "حصيلة قتلى التفجير في كابول إلى 57 شخصا"): the update wins over the first figure; ranges and
/// running totals are not read as an update.
@Suite struct CasualtyNamedTollTests {
    /// The sentences read one by one and merged, as the extractor does for one incident.
    static func toll(_ sentences: [String], _ who: CasualtyMention.Who) -> Count {
        CasualtyRules.merge(sentences.flatMap { CasualtyRules.folded(CasualtyRules.mentions(ArabicTokenizer.tokenize($0))) }
            .filter { $0.who == who }.map(\.count))
    }

    @Test(arguments: [
        // the raising verb after the toll noun
        (["قتل 3 أشخاص في تفجير سيارة مفخخة.", "وقال مصدر في الشرطة إن عدد القتلى ارتفع إلى 9."], CasualtyMention.Who.killed, Optional(9), Optional(9)),
        // a word between the noun and "إلى"
        (["قتل 3 أشخاص في تفجير سيارة مفخخة.", "وارتفع عدد القتلى لاحقا إلى 9 بحسب مصادر طبية."], .killed, 9, 9),
        // the act named between the toll and its figure
        (["ارتفعت حصيلة قتلى التفجير الانتحاري في كابول إلى 57 شخصا."], .killed, 57, 57),
        (["أصيب 4 أشخاص في القصف.", "وقال المستشفى إن عدد الجرحى ارتفع إلى 20."], .injured, 20, 20),
        // "بلغ" names the toll too
        (["وقال الدفاع المدني إن عدد الضحايا بلغ 14 شخصا."], .killed, 14, 14),
        // "بلغ" before the head, the act named after the noun
        (["بلغ عدد قتلى الغارة على دوما 12 شخصا."], .killed, 12, 12),
        (["ووصل عدد جرحى التفجير في السوق 40 شخصا."], .injured, 40, 40),
    ])
    func namedToll(sentences: [String], who: CasualtyMention.Who, min: Int?, max: Int?) {
        let c = Self.toll(sentences, who)
        #expect(c.status == .reported, "\(sentences)")
        #expect(c.min == min, "\(sentences)")
        #expect(c.max == max, "\(sentences)")
    }

    @Test(arguments: [
        // a range "بين 22 إلى 33" is no raise to 33
        "تراوحت تقديرات عدد القتلى بين 22 إلى 33 قتيلا",
        // a campaign's total the day's toll joins
        "قتل 8 مدنيين في القصف، لترتفع بذلك حصيلة القتلى المدنيين إلى 1031",
        // a total since a date
        "وبذلك يرتفع عدد القتلى منذ بدء الاحتجاجات إلى 162 شخصا",
        "وبلغ عدد قتلى الحرب منذ 2011 أكثر من 350 ألف شخص",
    ])
    func notAnUpdate(text: String) {
        let t = ArabicTokenizer.tokenize(text)
        let reads = CasualtyRules.mentions(t).filter { $0.who == .killed && $0.count.status == .reported }
        #expect(!reads.contains { ($0.count.min ?? 0) == 33 || ($0.count.min ?? 0) >= 162 }, "\(text)")
    }

    @Test(arguments: [
        ("عدد القتلى ارتفع إلى 9", true),
        ("عدد القتلى بلغ 9", false),
    ])
    func updateQuote(text: String, isUpdate: Bool) {
        #expect(CasualtyTollUpdate.isUpdate(Count(status: .reported, min: 9, max: 9, text: text)) == isUpdate)
    }
}
