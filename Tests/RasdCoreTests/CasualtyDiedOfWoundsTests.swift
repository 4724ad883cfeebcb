import Testing
@testable import RasdCore

/// The wounded who died: the dead are counted, the wounded stay without a figure.
@Suite struct CasualtyDiedOfWoundsTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

    @Test(arguments: [
        "وعزا مدير المرصد ارتفاع الحصيلة إلى وفاة أحد الجرحى",
        "وتوفي اثنان من الجرحى متأثرين بجراحهم",
    ])
    func woundedWhoDied(text: String) {
        #expect(Self.count(text, .injured).status == .vague, "\(text)")
        #expect(Self.count(text, .killed).status == .reported, "\(text)")
    }

    /// Wounded still alive keep their figure.
    @Test func woundedAlive() {
        let c = Self.count("قتل شخص وأصيب ثلاثة آخرون بجروح", .injured)
        #expect(c.status == .reported && c.min == 3)
    }
}
