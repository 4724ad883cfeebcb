import Testing
@testable import RasdCore

/// Count forms around a weapon noun read by `WeaponCountForms`: the nominative dual in construct
/// with a make, a cardinal after an indefinite plural, blasts counted then named by their device,
/// and a part counted of a whole that follows. Each row is one sentence → the (kind, min, max) of
/// every weapon mention `WeaponRules.mentions` reads in it.
@Suite struct WeaponCountFormsTests {
    static func read(_ s: String) -> [String] {
        WeaponRules.mentions(ArabicTokenizer.tokenize(s)).map {
            "\($0.kind.rawValue) \($0.count.min.map(String.init) ?? "nil")-\($0.count.max.map(String.init) ?? "nil")"
        }
    }

    @Test(arguments: [
        // nominative dual "صاروخا" + make, the subject of the verb before it: two
        ("سقط صاروخا كاتيوشا على قاعدة عين الأسد.", "rocket 2-2"),
        ("سقط صاروخا غراد على القاعدة.", "rocket 2-2"),
        ("سقط صاروخا جراد على القاعدة.", "rocket 2-2"),
        ("استهدف صاروخا كاتيوشا قاعدة عين الأسد.", "rocket 2-2"),
        ("انفجر صاروخا كاتيوشا قرب السفارة.", "rocket 2-2"),
        ("أصاب صاروخا سكود مدينة مأرب.", "ballistic_missile 2-2"),
        // the accusative singular after a subject: one
        ("أطلق مسلحون صاروخا كاتيوشا على القاعدة.", "rocket 1-1"),
        ("أطلقت الجماعة صاروخا غراد على القاعدة.", "rocket 1-1"),
        // a cardinal after an indefinite plural
        ("شن الطيران الحربي غارات ثلاث على مدينة إدلب.", "aircraft 3-3"),
        ("شن الطيران غارات أربع على المدينة.", "aircraft 4-4"),
        ("أطلق مسلحون صواريخ خمسة على القاعدة.", "rocket 5-5"),
        // blasts counted, then named by the device that made them
        ("قتل عشرة أشخاص في ثلاثة تفجيرات بسيارات مفخخة في كركوك.", "vbied 3-3"),
        ("قتل عشرة أشخاص في 4 تفجيرات بعبوات ناسفة في كركوك.", "ied 4-4"),
        ("قتل عشرة أشخاص في تفجيرين بحزامين ناسفين في كركوك.", "suicide_device 2-2"),
    ])
    func reads(_ sentence: String, _ want: String) {
        let got = Self.read(sentence)
        #expect(got.contains(want), "\(sentence)\n  want \(want)\n  got \(got)")
    }

    @Test(arguments: [
        // a cardinal followed by the noun it counts is not the weapon's ("غارات ثلاثة أيام")
        ("شن الطيران غارات ثلاثة أيام متتالية على المدينة.", "aircraft 3-3"),
        // a definite plural is not counted by a number after it ("الغارات الثلاث" is an adjective of rank)
        ("أسفرت الغارات ثلاث مرات عن قتلى.", "aircraft 3-3"),
        // a part counted of the whole that follows is not the act's count
        ("اعترضت الدفاعات 71 صاروخا من أصل 103 صواريخ أطلقت على دمشق.", "missile_unspecified 71-71"),
        ("اعترضت الدفاعات 71 صاروخا من أصل 103 صواريخ أطلقت على دمشق.", "rocket 71-71"),
    ])
    func doesNotRead(_ sentence: String, _ unwanted: String) {
        let got = Self.read(sentence)
        #expect(!got.contains(unwanted), "\(sentence)\n  unwanted \(unwanted)\n  got \(got)")
    }

    @Test func partOfWholeKeepsTheWhole() {
        let got = Self.read("اعترضت الدفاعات 71 صاروخا من أصل 103 صواريخ أطلقتها الولايات المتحدة على دمشق.")
        #expect(got.contains("missile_unspecified 103-103"), "\(got)")
    }
}
