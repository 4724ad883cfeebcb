import Testing
@testable import RasdCore

/// People treated after an attack are its wounded ("وتلقى ثلاثة مدنيين العلاج"); someone receiving
/// a call or information is not. And the passive "يصاب"/"يتأذى" with "أحد" after a negator spares
/// everyone, as "يصب أحد" does.
@Suite struct CasualtyTreatmentTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

    @Test(arguments: [
        ("وتلقى ثلاثة مدنيين العلاج في المستشفى", Count.Status.reported, Optional(3)),
        ("وتلقى 12 شخصا العلاج من جروح طفيفة", .reported, 12),
        ("وعولج خمسة أشخاص من جروح طفيفة في موقع الانفجار", .reported, 5),
        ("وقال أطباء إن أكثر من 500 شخص عولجوا من أعراض الاختناق", .reported, 501),
        ("وأضافت أن عددا كبيرا من الناس يتلقون العلاج من أعراض تتضمن تشنجات", .vague, nil),
        ("وتلقى عدد من الأشخاص العلاج في موقع الانفجار", .vague, nil),
    ])
    func treatedAreWounded(text: String, status: Count.Status, n: Int?) {
        let c = Self.count(text, .injured)
        #expect(c.status == status, "\(text)")
        #expect(c.min == n, "\(text)")
    }

    @Test(arguments: [
        "وتلقى الرئيس اتصالا هاتفيا من نظيره الفرنسي",
        "وتلقى الجيش معلومات عن الهجوم قبل ساعات",
        "وتلقت الوزارة 3 رسائل تهديد خلال أسبوع",
        "ولم يتلق أحد العلاج بعد",
    ])
    func notTreatmentOfWounded(text: String) {
        let c = Self.count(text, .injured)
        #expect(c.status != .reported && c.status != .vague, "\(text)")
    }

    @Test(arguments: [
        "وتضرر عدد من المنازل دون أن يصاب أحد",
        "وسقط الصاروخ في أرض خالية دون أن يصاب أي شخص",
        "وقالت الشرطة إنه لم يتأذ أحد في الحادث",
    ])
    func nobodyHurt(text: String) {
        #expect(Self.count(text, .killed).status == .none, "\(text)")
        #expect(Self.count(text, .injured).status == .none, "\(text)")
    }
}
