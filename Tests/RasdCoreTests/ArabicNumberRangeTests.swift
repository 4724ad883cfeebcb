import Testing
@testable import RasdCore

/// Stated ranges ("ما بين 22 و33"، "بين 40 إلى 50"، "3 إلى 5 أشخاص") read as min/max, while a
/// change ("من 3 إلى 5") and a figure followed by a place ("4 إلى المستشفى") stay single figures.
@Suite struct ArabicNumberRangeTests {
    static func phrase(_ text: String, at index: Int) -> NumberPhrase? {
        ArabicNumbers.phrase(ArabicTokenizer.tokenize(text), at: index)
    }

    @Test(arguments: [
        ("ما بين 22 و33 شخصا", 0, Optional(22), Optional(33)),
        ("بين 10 و15 قتيلا", 0, 10, 15),
        ("بين 40 إلى 50 جريحا", 0, 40, 50),
        ("بين ١٢ و١٨ صاروخا", 0, 12, 18),
        ("قتل 3 إلى 5 أشخاص", 1, 3, 5),
        ("أطلقت ما بين خمسة و7 صواريخ", 1, 5, 7),
        // not ranges
        ("ارتفع العدد من 3 إلى 5", 3, 3, 3),
        ("نقل 4 إلى المستشفى", 1, 4, 4),
        ("قتل 5 إلى 3 أشخاص", 1, 5, 5),
        ("بين 7 قتلى", 0, 7, 7),
    ])
    func ranges(text: String, index: Int, min: Int?, max: Int?) throws {
        let p = try #require(Self.phrase(text, at: index), "\(text)")
        #expect(p.min == min, "\(text)")
        #expect(p.max == max, "\(text)")
    }

    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

    @Test(arguments: [
        ("أسفرت الغارة عن مقتل ما بين 22 و33 شخصا", CasualtyMention.Who.killed, Optional(22), Optional(33)),
        ("قتل بين 10 و15 شخصا في القصف", .killed, 10, 15),
        // a range and another source's figure: lowest to highest, the range judged by its top
        ("أصيب بين 40 إلى 50 شخصا في الغارة، وقال مسؤول إن 65 شخصا أصيبوا", .injured, 40, 65),
    ])
    func rangeTolls(text: String, who: CasualtyMention.Who, min: Int?, max: Int?) {
        let c = Self.count(text, who)
        #expect(c.status == .reported, "\(text)")
        #expect(c.min == min, "\(text)")
        #expect(c.max == max, "\(text)")
    }
}
