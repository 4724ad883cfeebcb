import Foundation
import Testing
@testable import RasdCore

/// The place an incident is given when wire copy says the same thing in different words: a
/// body's, reporter's or envoy's seat ("وزارة الصحة في غزة"، "مراسل الجزيرة في غزة"), a dateline,
/// a person's home, a hospital town, a launch site, direction and distance phrases, admin words,
/// headline style and clitics. Each row of `Fixtures/places/paraphrases.tsv` is one story against
/// the shipped gazetteer; `scripts/place_paraphrases.py` runs the same table through `rasd extract`.
@Suite struct PlaceParaphraseTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var line: Int, group: String, text: String, name: String, admin1: String, country: String
        /// The precision the row expects (1 the place itself, 2 near it, 3 the region), when it says.
        var precision: Int? = nil
        var testDescription: String { "\(line) \(group): \(text)" }
    }

    /// Rows of the table: group, story, place as written, governorate, country ("-" for none), and
    /// optionally the precision.
    static let rows: [Row] = {
        guard let tsv = try? Fixtures.text("places/paraphrases.tsv") else { return [] }
        return tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { n, line in
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 5 || f.count == 6 && Int(f[5]) != nil else {
                return Row(line: n + 1, group: "malformed", text: String(line), name: "", admin1: "", country: "")
            }
            return Row(line: n + 1, group: f[0], text: f[1], name: f[2], admin1: f[3], country: f[4], precision: f.count == 6 ? Int(f[5]) : nil)
        }
    }()

    static let extractor: IncidentExtractor? = (try? Gazetteer.shippedOnce.get()).map { IncidentExtractor(gazetteer: $0) }

    @Test func tableIsReadable() {
        #expect(Self.rows.count >= 50)
        #expect(!Self.rows.contains { $0.group == "malformed" })
        #expect(Self.extractor != nil)
    }

    @Test(arguments: rows)
    func firstIncidentsPlace(_ row: Row) throws {
        let extractor = try #require(Self.extractor)
        let story = StoryText(text: row.text, published: RFC3339.parse("2024-07-25T14:03:00+03:00"), utcOffsetSeconds: 3 * 3600)
        let incident = try #require(extractor.extract(story).first, "no incident")
        let loc = try #require(incident.location, "no location")
        #expect(loc.nameAr == row.name)
        #expect(loc.admin1Ar ?? "-" == row.admin1)
        #expect(loc.country ?? "-" == row.country)
        if let p = row.precision { #expect(loc.precision == p) }
    }

    /// Whether the word `place` in the span describes someone rather than places the act.
    @Test(arguments: [
        ("قالت وزارة الصحة في غزة", "غزة", true),
        ("وقال مراسل الجزيرة في غزة", "غزة", true),
        ("وقال مراسلنا في بيروت", "بيروت", true),
        ("وقال المتحدث باسم الجيش في بغداد", "بغداد", true),
        ("وقالت خلية الإعلام الأمني في العراق", "العراق", true),
        ("وأعلنت قيادة العمليات المشتركة في بغداد", "بغداد", true),
        ("وقال قائد القوات الأمريكية في العراق", "العراق", true),
        ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في اليمن", "اليمن", true),
        ("وقال الدفاع المدني بمدينة نجران", "نجران", true),
        ("وقال سفير روسيا لدى لبنان", "لبنان", true),
        ("مبعوث الأمم المتحدة الخاص إلى سوريا", "سوريا", true),
        ("أعلنت المقاومة الإسلامية في العراق", "العراق", true),
        ("وقال مصدر أمني في بغداد", "بغداد", true),
        ("وأفادت مصادر طبية في غزة", "غزة", true),
        ("وقال شهود عيان في مدينة درعا", "درعا", true),
        ("وقال مدير صحة عسير", "عسير", true),
        // fighters where they fight, a ministry that speaks before the act, a target named by its office
        ("وقالت فصائل المقاومة في غزة", "غزة", false),
        ("وقالت الوزارة إن انفجارا وقع في بغداد", "بغداد", false),
        ("هجوم على مكتب حزب في أربيل", "أربيل", false),
        ("سقطت قذيفة في بغداد", "بغداد", false),
        // datelines
        ("بيروت (رويترز) - قتل شخصان", "بيروت", true),
        ("سبق- أبها: وجه المدير", "أبها", true),
        ("واس- الرياض: وصف المفتي", "الرياض", true),
        ("وقالت رويترز إن انفجارا وقع في بغداد صباح اليوم", "بغداد", false),
        // homes and hospitals
        ("قتل شاب من سكان مدينة جنين", "جنين", true),
        ("استشهد شاب من أبناء مدينة جنين", "جنين", true),
        ("وهو ابن مدينة جنين", "جنين", true),
        ("استقبل أهالي محافظة البرك جثمان الشهيد", "البرك", true),
        ("قتل شاب من بلدة بيت أمر", "بيت", true),
        ("انسحب المسلحون من بلدة بيت أمر", "بيت", false),
        ("ونقل إلى مستشفى في الخليل", "الخليل", true),
        ("ونقلوا إلى المستشفى الأهلي في الخليل", "الخليل", true),
        ("قصفت الطائرات مستشفى في حلب", "حلب", false),
        ("قتل شاب في مدينة جنين", "جنين", false),
    ])
    func describingPlace(_ span: String, _ place: String, _ describing: Bool) throws {
        let t = ArabicTokenizer.tokenize(span)
        let i = try #require(t.firstIndex { $0.original == place || $0.forms.contains(ArabicNormalizer.normalize(place)) })
        let dateline = PlaceRules.datelineEnd(t, text: span) > i
        #expect((dateline || PlaceRules.isDescribingPlace(t, at: i)) == describing)
    }

    /// A group's seat does not make the story about its country; an envoy's or a place of the act does.
    @Test(arguments: [
        ("أعلنت المقاومة الإسلامية في العراق استهداف إيلات", Set<String>()),
        ("وقال سفير روسيا لدى لبنان إن غارة استهدفت بلدة", Set(["RU", "LB"])),
        ("انفجرت عبوة ناسفة في العراق", Set(["IQ"])),
    ])
    func storyCountriesLeaveOutABodysSeat(_ text: String, _ codes: Set<String>) {
        let s = ArabicSentence(index: 0, text: text, tokens: ArabicTokenizer.tokenize(text), isTitle: false)
        #expect(CountryLexicon.storyCountries([s]) == codes)
    }

    /// Where a projectile was fired from, as against the place it was aimed at (which "باتجاه"
    /// turns to: it is no "اتجاه" of the launch site).
    @Test(arguments: [
        ("أطلق صاروخ من جنوب لبنان باتجاه مدينة كريات شمونة", "جنوب", true),
        ("أطلق صاروخ من جنوب لبنان باتجاه مدينة كريات شمونة", "كريات", false),
        ("أطلقت قذائف من اتجاه بيت حانون", "بيت", true),
        ("صواريخ أطلقت من قطاع غزة على سديروت", "قطاع", true),
        ("سقطت صواريخ في عسقلان", "عسقلان", false),
    ])
    func launchSiteAndAim(_ span: String, _ place: String, _ launch: Bool) throws {
        let t = ArabicTokenizer.tokenize(span)
        let i = try #require(t.firstIndex { $0.original == place })
        #expect(PlaceRules.isLaunchSite(t, at: i) == launch)
    }

    /// A place right after a heading word, or after one and an admin word.
    @Test(arguments: [
        ("باتجاه مدينة كريات شمونة", "كريات", true),
        ("صوب سديروت", "سديروت", true),
        ("في مدينة كريات شمونة", "كريات", false),
    ])
    func aimedAt(_ span: String, _ place: String, _ aimed: Bool) throws {
        let t = ArabicTokenizer.tokenize(span)
        let i = try #require(t.firstIndex { $0.original == place })
        #expect(PlaceRules.isAimedAt(t, at: i) == aimed)
    }

    /// A border named by its country ("قرب الحدود السورية"، "على حدود سوريا") does not place the act in it.
    @Test(arguments: [
        ("قتل جنديان قرب الحدود السورية غرب الأنبار", [String]()),
        ("اشتباكات على حدود سوريا", []),
        ("قتل جنديان في سوريا قرب الحدود", ["SY"]),
    ])
    func borderCountry(_ text: String, _ codes: [String]) {
        #expect(CountryLexicon.placeMentions(ArabicTokenizer.tokenize(text)).map(\.code) == codes)
    }
}
