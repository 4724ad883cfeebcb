import Testing
@testable import RasdCore

/// Tolls counted as cases ("و15 حالة وفاة"، "حالتي وفاة"، "5 حالات إصابة") are figures of the dead
/// and wounded; "حالة" without a figure or a dual counts no one.
@Suite struct CasualtyCasesTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

    @Test(arguments: [
        ("وأعلنت الشؤون الصحية أن الطوارئ استقبلت 40 مصابا و15 حالة وفاة جراء التفجير", CasualtyMention.Who.killed, 15),
        ("واستقبل المستشفى حالتي وفاة من موقع الانفجار", .killed, 2),
        ("وسجلت المستشفيات 5 حالات إصابة طفيفة", .injured, 5),
        ("وقالت الوزارة إن 12 حالة إصابة وصلت إلى المستشفى", .injured, 12),
    ])
    func casesCounted(text: String, who: CasualtyMention.Who, n: Int) {
        let c = Self.count(text, who)
        #expect(c.status == .reported, "\(text)")
        #expect(c.min == n && c.max == n, "\(text)")
    }

    @Test(arguments: [
        "وقال الطبيب إن حالة المصاب مستقرة",
        "وتراوحت حالات المصابين بين المتوسطة والطفيفة",
    ])
    func noFigure(text: String) {
        #expect(Self.count(text, .injured).status != .reported, "\(text)")
        #expect(Self.count(text, .killed).status != .reported, "\(text)")
    }
}
