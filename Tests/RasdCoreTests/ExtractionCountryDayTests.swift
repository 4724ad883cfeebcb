import Foundation
import Testing
@testable import RasdCore

/// Countries as places and the day nearest the act.
@Suite struct ExtractionCountryAndDayTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }
    /// Sunday 11 August 2024, 21:00 in UTC+3.
    static let pub = CivilTime(RFC3339.parse("2024-08-11T21:00:00+03:00")!, offsetSeconds: 3 * 3600)

    @Test(arguments: [
        ("أعلن العراق قصف مواقع لتنظيم داعش داخل الأراضي السورية", ["SY"]),
        ("قالت إسرائيل إن طائراتها قصفت أهدافا في لبنان", ["LB"]),
        ("سقطت قذائف على الأراضي التركية قرب الحدود", ["TR"]),
        ("انفجار في العراق", ["IQ"]),
        ("غارات على اليمن والسعودية تعترض صاروخا", ["YE", "SA"]),
        ("قتل سبعة تلاميذ طعنا خارج مدرسة شمالي الصين", ["CN"]),
        ("هجوم على كنيسة في جنوب أفريقيا", ["ZA"]),
        ("ألقى رجل قنبلة على سفارة في الجبل الأسود", ["ME"]),
    ])
    func countriesNamedAsPlaces(_ text: String, _ codes: [String]) {
        #expect(CountryLexicon.placeMentions(Self.tokens(text)).map(\.code) == codes)
    }

    @Test(arguments: [
        // the recovery is on Sunday morning, the shelling last night
        ("تمكنت الطواقم صباح الأحد من انتشال جثمانين أصيبا في قصف مدفعي الليلة الماضية شرق المدينة", "2024-08-10"),
        ("قصفت المدفعية البلدة صباح السبت وأعلن الجيش الأحد نتائج العملية", "2024-08-10"),
        ("قتل 3 في قصف مدفعي اليوم الأحد", "2024-08-11"),
    ])
    func theDayNearestTheActDatesIt(_ text: String, _ date: String) throws {
        let t = Self.tokens(text)
        let dates = DateRules.mentions(t, publication: Self.pub)
        let acts = EventLexicon.cues.matches(in: t).map(\.start)
        let d = DateRules.nearestToAct(dates, acts: acts) ?? dates.first
        #expect(d?.date == date)
    }

    @Test func oneDayOrNoActLeavesTheChoiceToTheCaller() {
        let t = Self.tokens("قتل 3 في قصف مدفعي اليوم الأحد")
        #expect(DateRules.nearestToAct(DateRules.mentions(t, publication: Self.pub), acts: [2]) == nil)
        let u = Self.tokens("تمكنت الطواقم صباح الأحد من انتشال جثمانين الليلة الماضية")
        #expect(DateRules.nearestToAct(DateRules.mentions(u, publication: Self.pub), acts: []) == nil)
    }
}

/// Day words resolved against a Wednesday publication.
@Suite struct ExtractionDayWordTests {
    /// Wednesday 7 August 2024, 10:00 in UTC+3.
    static let pub = CivilTime(RFC3339.parse("2024-08-07T10:00:00+03:00")!, offsetSeconds: 3 * 3600)

    @Test(arguments: [
        ("قتل 3 في قصف أول أمس", "2024-08-05"),
        ("قتل 3 في قصف أمس الأول", "2024-08-05"),
        ("قتل 3 في قصف أمس", "2024-08-06"),
        ("قتل 3 في قصف الأربعاء الماضي", "2024-07-31"),
        ("قتل 3 في قصف الأربعاء", "2024-08-07"),
        ("قتل 3 في قصف الثلاثاء الماضي", "2024-08-06"),
        ("قتل 3 في قصف يوم الأحد الفائت", "2024-08-04"),
    ])
    func dayWords(_ text: String, _ date: String) {
        let d = DateRules.mentions(ArabicTokenizer.tokenize(text), publication: Self.pub)
        #expect(d.first?.date == date)
        #expect(d.count == 1)
    }
}

/// Where a source sits is not where anything happened; a country is shown without its clitics.
@Suite struct ExtractionSeatTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }

    @Test(arguments: [
        ("وذكر المرصد السوري لحقوق الإنسان من مقره في بريطانيا أن 250 قتلوا", [String]()),
        ("وقال المرصد ومقره بريطانيا إن 5 قتلوا في سوريا", ["SY"]),
        ("وقالت الولايات المتحدة إنها اتصلت بروسيا قبيل الضربات", ["RU"]),
        ("وأعلنت خلية الإعلام الأمني في العراق أن طائرات قصفت مواقع في سوريا", ["SY"]),
        ("ألقى رجل قنبلة على سفارة في الجبل الأسود", ["ME"]),
        ("وكرر سفير روسيا لدى لبنان تحذيره", [String]()),
        ("قتل 3 في قصف على قرية في لبنان", ["LB"]),
    ])
    func seatsAreNotPlaces(_ text: String, _ codes: [String]) {
        #expect(CountryLexicon.placeMentions(Self.tokens(text)).map(\.code) == codes)
    }

    @Test(arguments: [
        ("اتصلت بروسيا قبيل الضربات", "روسيا"),
        ("قال الجيش الإسرائيلي إن صواريخ أطلقت باليمن", "اليمن"),
        ("سقطت قذائف داخل الأراضي السورية", "الأراضي السورية"),
    ])
    func countriesAreShownWithoutClitics(_ text: String, _ shown: String) {
        #expect(CountryLexicon.placeMentions(Self.tokens(text)).first?.text == shown)
    }

    @Test func aCitySeatIsSkippedButTheActsPlaceKept() throws {
        let g = try Gazetteer.shippedOnce.get()
        let m = PlaceRules.mentions(Self.tokens("وقال المرصد ومقره لندن إن انفجارا وقع في مانشستر"), lookup: g)
        #expect(m.map(\.text) == ["مانشستر"])
        #expect(m.first?.place.admin1Ar == "إنجلترا")
        #expect(PlaceRules.mentions(Self.tokens("وقع انفجار في لندن"), lookup: g).map(\.text) == ["لندن"])
    }
}

/// A city abroad is kept when the story names its country only by an adjective.
@Suite struct ExtractionNisbaCountryTests {
    @Test(arguments: [
        ("قتل 22 في انفجار قنبلة بمدينة مانشستر البريطانية. وكان المهاجم قد عاد من ليبيا", "مانشستر", "GB"),
        ("هاجم انتحاريون كنائس في مدينة سورابايا الإندونيسية. وقالت الشرطة في ماليزيا إنها تتابع", "سورابايا", "ID"),
        ("صدمت سيارة حشدا في مدينة مونستر الألمانية. ونددت فرنسا بالهجوم", "مونستر", "DE"),
    ])
    func cityAbroad(_ text: String, _ name: String, _ country: String) throws {
        let g = try Gazetteer.shippedOnce.get()
        let sentences = text.split(separator: ".").map { ArabicSentence(index: 0, text: String($0), tokens: ArabicTokenizer.tokenize(String($0)), isTitle: false) }
        let countries = CountryLexicon.storyCountries(sentences)
        #expect(countries.contains(country))
        let m = PlaceRules.mentions(sentences[0].tokens, lookup: g, countries: countries).first
        #expect(m?.text == name)
        #expect(m?.place.country == country)
    }
}

/// "عمان": Jordan's capital in a story about Jordan, the Sultanate when named as such.
@Suite struct ExtractionAmmanOrOmanTests {
    @Test(arguments: [
        ("انفجار قنبلة في العاصمة الأردنية عمان", "JO"),
        ("انفجار قنبلة قرب مكتب رئيس الحكومة الأردنية في عمان", "JO"),
    ])
    func amman(_ text: String, _ country: String) throws {
        let g = try Gazetteer.shippedOnce.get()
        let t = ArabicTokenizer.tokenize(text)
        let countries = CountryLexicon.storyCountries([ArabicSentence(index: 0, text: text, tokens: t, isTitle: false)])
        #expect(PlaceRules.mentions(t, lookup: g, countries: countries).first?.place.country == country)
    }

    @Test func theSultanateIsACountry() {
        #expect(CountryLexicon.placeMentions(ArabicTokenizer.tokenize("زار الوزير سلطنة عمان")).map(\.code) == ["OM"])
    }
}
