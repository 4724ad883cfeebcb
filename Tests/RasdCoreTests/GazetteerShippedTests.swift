import Foundation
import Testing
@testable import RasdCore

@Suite struct GazetteerShippedTests {
    @Test(arguments: [
        ("عين الأسد", PlaceKind.militaryBase, "IQ", "الأنبار"),
        ("حرير", .militaryBase, "IQ", "أربيل"),
        ("التنف", .militaryBase, "SY", "حمص"),
        ("حميميم", .militaryBase, "SY", "اللاذقية"),
        ("مخيم الهول", .camp, "SY", "الحسكة"),
        ("معبر رفح", .borderCrossing, "PS", "قطاع غزة"),
        ("مطار بغداد الدولي", .airport, "IQ", "بغداد"),
        ("البرج 22", .militaryBase, "JO", "المفرق"),
    ])
    func curatedSitesAreShipped(_ name: String, _ kind: PlaceKind, _ country: String, _ admin1: String) throws {
        let g = try #require(try? Gazetteer.shippedOnce.get())
        let tokens = GazetteerFixtures.tokens(name)
        let m = try #require(g.longestMatch(in: tokens, at: 0))
        #expect(m.range == 0..<tokens.count)
        let place = try #require(g.resolve(m, context: PlaceContext(countries: [country])))
        #expect(place.kind == kind)
        #expect(place.country == country)
        #expect(place.admin1Ar == admin1)
        #expect(!place.source.isEmpty && !place.source.hasPrefix("wof:"))
        #expect(place.lat != 0 && place.lon != 0)
    }

    @Test func userOverlayOverTheShippedFile() throws {
        let header = "name_ar\tname_ar_other\tname_en\tkind\tadmin1_ar\tadmin1_en\tcountry\tlat\tlon\tpopulation\tsource\n"
        let good = header + "نقطة الصقور\tسيطرة الصقور\tSaqour checkpoint\tsite\tالأنبار\tAl-Anbar\tIQ\t33.42\t43.30\t\tnotes\n"
        let g = try Gazetteer.shipped(userOverlay: good, origin: "gazetteer.local.tsv")
        let shipped = try Gazetteer.shippedOnce.get()
        #expect(g.places.count == shipped.places.count + 1)
        #expect(g.resolve(g.places(named: "سيطرة الصقور"), context: PlaceContext())?.priority == 1)
        #expect(try Gazetteer.shipped(userOverlay: nil, origin: "-").places.count == shipped.places.count)
        let bad = header + "نقطة\t\tX\tsite\tالأنبار\tAl-Anbar\tIQ\t333\t43.30\t\tnotes\n"
        #expect(throws: GazetteerErrors.self) { try Gazetteer.shipped(userOverlay: bad, origin: "gazetteer.local.tsv") }
    }

    @Test(arguments: [
        ("الفلوجة", "IQ", "الأنبار"), ("خان يونس", "PS", "قطاع غزة"), ("دير الزور", "SY", "دير الزور"),
        ("صنعاء", "YE", "أمانة العاصمة"), ("الموصل", "IQ", "نينوى"),
    ])
    func majorTownsResolveWithoutContext(_ name: String, _ country: String, _ admin1: String) throws {
        let g = try #require(try? Gazetteer.shippedOnce.get())
        let place = try #require(g.resolve(g.places(named: name), context: PlaceContext()))
        #expect(place.country == country && place.admin1Ar == admin1, "\(place)")
        #expect(!place.admin1En.isEmpty)
    }

    @Test(arguments: ["الجيش", "التحالف", "الخميس", "القصف", "اليوم", "الشرطة", "الجنوب", "المدينة", "آب", "الصدر"])
    func ordinaryWordsAreNotPlaces(_ word: String) throws {
        let g = try #require(try? Gazetteer.shippedOnce.get())
        #expect(g.longestMatch(in: GazetteerFixtures.tokens(word), at: 0) == nil)
    }

    @Test(arguments: [("محافظة الجنوب", "LB"), ("جنوب لبنان", "LB"), ("محافظة إب", "YE"), ("مدينة الصدر", "IQ")])
    func commonWordNamesWithDesignator(_ text: String, _ country: String) throws {
        let g = try #require(try? Gazetteer.shippedOnce.get())
        let m = try #require(g.longestMatch(in: GazetteerFixtures.tokens(text), at: 0))
        #expect(g.resolve(m)?.country == country)
    }

    /// Every curated row (Data/gazetteer/overlay.tsv) is valid and made it into the shipped file:
    /// catches an overlay edited without re-running scripts/build_gazetteer.py.
    @Test func curatedOverlayIsValidAndShipped() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = String(decoding: try Data(contentsOf: repo.appendingPathComponent("Data/gazetteer/overlay.tsv")), as: UTF8.self)
        let overlay = GazetteerTSV.parse(text, origin: "overlay.tsv")
        #expect(overlay.errors.isEmpty, "\(overlay.errors)")
        #expect(overlay.places.count > 150)
        let g = try #require(try? Gazetteer.shippedOnce.get())
        for row in overlay.places {
            #expect(!row.source.hasPrefix("overlay.tsv:"), "\(row.nameAr) has no source")
            let shipped = g.places(forKey: row.key).filter { $0.country == row.country && $0.kind == row.kind }
            #expect(shipped.contains { distanceKm($0, row) < 0.2 && $0.source == row.source }, "\(row.nameAr) not shipped")
        }
    }
}
