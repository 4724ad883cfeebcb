import Testing
@testable import RasdCore

@Suite struct GazetteerKeyTests {
    @Test(arguments: [
        ("محافظة الأنبار", "الانبار"), ("قضاء سنجار", "سنجار"), ("ناحية  البغدادي", "البغدادي"),
        ("مدينة الصدر", "الصدر"), ("مخيم جنين", "جنين"), ("قريةُ الحمرة", "الحمره"),
        ("دير الزور", "دير الزور"), ("عين الأسد", "عين الاسد"), ("مدينة", "مدينه"),
        ("محافظة ب", "محافظه ب"), ("\u{200F}خان  يونس ", "خان يونس"),
    ])
    func keys(_ name: String, _ expected: String) {
        #expect(GazetteerKey.make(name) == expected)
    }

    @Test(arguments: [
        ("وبالأنبار", ["وبالانبار", "بالانبار", "الانبار"]),
        ("للأنبار", ["للانبار", "الانبار", "اللانبار"]),
        ("وللاذقية", ["وللاذقيه", "للاذقيه", "الاذقيه", "اللاذقيه"]),
        ("بغداد", ["بغداد", "غداد"]),
        ("كل", ["كل"]),
    ])
    func clitics(_ token: String, _ expected: [String]) {
        #expect(GazetteerKey.cliticForms(ArabicNormalizer.normalize(token)) == expected)
    }

    /// The build script computes keys in Python; they must be what Swift computes from name_ar.
    @Test func shippedKeysMatchSwiftNormalisation() throws {
        let gazetteer = try Gazetteer.shippedOnce.get()
        #expect(gazetteer.places.count > 10_000)
        var checked = 0
        for (i, place) in gazetteer.places.enumerated() where i % 37 == 0 || place.kind.isSite {
            #expect(place.key == GazetteerKey.make(place.nameAr), "row \(i): \(place.nameAr)")
            if !GazetteerKey.adminWords.contains(where: { place.nameAr.hasPrefix($0) }) {
                let plain = GazetteerKey.collapseSpaces(ArabicNormalizer.normalize(place.nameAr))
                if GazetteerKey.stripAdminWord(plain) == plain { #expect(place.key == plain) }
            }
            for alt in place.altKeys {
                #expect(ArabicNormalizer.normalize(alt) == alt && GazetteerKey.make(alt) == alt, "alt \(alt)")
            }
            checked += 1
        }
        #expect(checked > 1_000)
    }
}
