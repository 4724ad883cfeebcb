import Testing
@testable import RasdCore

/// People carried to hospital are the wounded: "ونقل ثلاثة أشخاص إلى المستشفى".
@Suite struct CasualtyHospitalTransferTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count { CasualtyReading.count(text, who) }

    @Test(arguments: [
        ("ونقل ثلاثة أشخاص إلى المستشفى لتلقي العلاج", 3),
        ("وأسعف خمسة مدنيين إلى مستشفيات المدينة", 5),
        ("وتم نقل 4 أشخاص للمستشفى", 4),
        ("وقال إنه جرى نقل 30 آخرين إلى المستشفيات", 30),
        ("وقال إن فرق الإسعاف نقلت 12 إلى المستشفى", 12),
    ])
    func woundedTakenToHospital(text: String, n: Int) {
        let c = Self.count(text, .injured)
        #expect(c.status == .reported, "\(text)")
        #expect(c.min == n && c.max == n, "\(text)")
    }

    @Test(arguments: [
        // the dead carried there are the dead
        "ونقل 5 قتلى إلى المستشفى",
        // not people, or not taken to a hospital
        "وقال مسؤول إن الحكومة قررت نقل 200 عائلة إلى المخيمات قرب المستشفى",
        // treated for shock is not wounded
        "ونقل ثلاثة أشخاص إلى المستشفى لإصابتهم بالصدمة",
    ])
    func notWounded(text: String) {
        #expect(Self.count(text, .injured).status != .reported, "\(text)")
    }
}
