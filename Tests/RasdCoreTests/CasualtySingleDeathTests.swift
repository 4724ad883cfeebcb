import Testing
@testable import RasdCore

/// "لقي مصرعه"، "لقيت حتفها"، "فقد حياته": the idiom's pronoun counts the dead when the subject
/// is a name or a description no lexicon lists; a figure or counted subject keeps its own count.
@Suite struct CasualtySingleDeathTests {
    static func count(_ text: String) -> Count { CasualtyReading.count(text, .killed) }

    @Test(arguments: [
        ("وقال مصدر إن القيادي الحوثي المكنى أبو طه لقي مصرعه إثر انفجار لغم", 1),
        ("وقالت الوزارة إن فتى في الرابعة عشرة من عمره لقي حتفه في الاشتباكات", 1),
        ("وأضاف أن الصحفية لقيت حتفها متأثرة بجروحها", 1),
        ("وقال إن سائق الشاحنة فقد حياته في الانفجار", 1),
        ("وأكدت المصادر أن الأخوين لقيا مصرعهما في الغارة", 2),
        // a counted subject keeps its figure
        ("ولقي 4 مقاتلين مصرعهم في الهجوم", 4),
        ("ولقي شخصان مصرعهما في القصف", 2),
    ])
    func deathsByTheIdiom(text: String, n: Int) {
        let c = Self.count(text)
        #expect(c.status == .reported, "\(text)")
        #expect(c.min == n && c.max == n, "\(text)")
    }

    @Test(arguments: [
        // the plural pronoun counts no one by itself
        "وقال إن عناصر الميليشيا لقوا مصرعهم في الغارة",
        // not a death: "قد يلقى حتفه" is a threat, and life lost for no one
        "وحذر من أن الرهينة قد يلقى حتفه إذا لم تدفع الفدية",
    ])
    func noSingleDeath(text: String) {
        let c = Self.count(text)
        #expect(!(c.status == .reported && c.min == 1), "\(text)")
    }
}
