import Testing
@testable import RasdCore

/// "سبعة صواريخ، استهدفت 3 منها الرياض": the share sent at the sentence's target is that
/// incident's count; a type split ("57 منها من طراز توماهوك") and an untargeted part are not.
@Suite struct WeaponTargetShareTests {
    static func count(_ text: String, _ kind: WeaponKind) -> Count? {
        WeaponRules.mentions(ArabicTokenizer.tokenize(text)).first { $0.kind == kind }?.count
    }

    @Test(arguments: [
        ("اعترضت الدفاعات الجوية سبعة صواريخ باليستية، استهدفت 3 منها الرياض", WeaponKind.ballisticMissile, 3),
        ("أطلقت المدمرات 105 صواريخ كروز، 76 منها استهدفت مركز البحوث في برزة", .cruiseMissile, 76),
        ("أطلق المسلحون عشر قذائف هاون سقطت أربع منها في ساحة المستشفى", .mortar, 4),
        ("رصدت الدفاعات إطلاق 7 صواريخ باليستية من الأراضي اليمنية، واستهدف 3 منها الرياض", .ballisticMissile, 3),
        // not a targeted share
        ("أطلقت الفصائل 76 صاروخا، 57 منها من صنع محلي", .rocket, 76),
        ("أطلق المسلحون خمسة صواريخ على البلدة", .rocket, 5),
        // a "share" as large as the salvo is no share
        ("أطلقوا ثلاثة صواريخ، سقطت 3 منها في البحر", .rocket, 3),
    ])
    func share(text: String, kind: WeaponKind, expected: Int) throws {
        let c = try #require(Self.count(text, kind), "\(text)")
        #expect(c.status == .reported, "\(text)")
        #expect(c.min == expected && c.max == expected, "\(text)")
    }
}
