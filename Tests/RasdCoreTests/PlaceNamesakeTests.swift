import Testing
@testable import RasdCore

/// The rules behind the place paraphrase rows of this round, each on spans of its own: a city
/// named like its governorate ("مدينة حلب" is the city, "محافظة حلب" the governorate), a command
/// or police force named after a town ("قيادة عمليات بغداد"), a state that fires ("أطلقت إيران"),
/// a distance or a road from a place ("على بعد 20 كم من"), and a lone word that names both a
/// hamlet and a district ("الجولان").
@Suite struct PlaceNamesakeTests {
    static func index(of word: String, in t: [ArabicToken]) throws -> Int {
        try #require(t.firstIndex { $0.original == word || $0.forms.contains(ArabicNormalizer.normalize(word)) })
    }

    /// Whether a city or town word stands before the name.
    @Test(arguments: [
        ("قصف على مدينة حلب", "حلب", true),
        ("وقصفت الطائرات بمدينة حلب", "حلب", true),
        ("في العاصمة بغداد", "بغداد", true),
        ("في العاصمة العراقية بغداد", "بغداد", true),
        ("وسط حماة", "حماة", true),
        ("في بلدة درعا", "درعا", true),
        ("في محافظة حلب", "حلب", false),
        ("في ريف حلب", "حلب", false),
        ("قصف على حلب", "حلب", false),
    ])
    func townWordBeforeTheName(_ span: String, _ word: String, _ town: Bool) throws {
        let t = ArabicTokenizer.tokenize(span)
        #expect(PlaceRules.isTownNamed(t, at: try Self.index(of: word, in: t)) == town)
    }

    static let aleppoRegion = PlaceCandidate(nameAr: "حلب", kind: "region", admin1Ar: "حلب", country: "SY", population: 4_045_166)
    static let aleppoCity = PlaceCandidate(nameAr: "حلب", kind: "locality", admin1Ar: "حلب", country: "SY", population: 1_602_264)
    static let hamletElsewhere = PlaceCandidate(nameAr: "حلب", kind: "locality", admin1Ar: "حماة", country: "SY", population: 2_000_000)
    static let hamletAbroad = PlaceCandidate(nameAr: "حلب", kind: "locality", admin1Ar: "حلب", country: "IQ", population: 3_000_000)

    /// With a city word the governorate's namesake town is chosen (in the governorate, in its
    /// country, however big a namesake elsewhere); without one, or without such a town, the
    /// governorate stays.
    @Test(arguments: [
        ([aleppoRegion, aleppoCity], true, aleppoCity),
        ([aleppoRegion, aleppoCity], false, aleppoRegion),
        ([aleppoRegion, hamletElsewhere, aleppoCity, hamletAbroad], true, aleppoCity),
        ([aleppoRegion], true, aleppoRegion),
        ([aleppoRegion, hamletElsewhere], true, aleppoRegion),
    ])
    func cityWordChoosesTheTown(_ cands: [PlaceCandidate], _ city: Bool, _ chosen: PlaceCandidate) {
        #expect(PlaceRules.choose(cands, single: false, city: city) == chosen)
    }

    static let golanHamlet = PlaceCandidate(nameAr: "قرية الجولان", kind: "locality", admin1Ar: "واسط", country: "IQ")
    static let golan = PlaceCandidate(nameAr: "مرتفعات الجولان", kind: "county", admin1Ar: "القنيطرة", country: "SY")
    static let bigTown = PlaceCandidate(nameAr: "س", kind: "locality", admin1Ar: "ع", country: "SY", population: 50_000)

    /// A lone word names a nameless hamlet only after an admin word; a district of the same name
    /// (no population known either) is what the lone word means.
    @Test(arguments: [
        ([golanHamlet, golan], golan as PlaceCandidate?),
        ([golan, golanHamlet], golan),
        ([golanHamlet], nil),
        ([golanHamlet, bigTown], bigTown),
    ])
    func loneWordIsTheDistrictNotTheHamlet(_ cands: [PlaceCandidate], _ chosen: PlaceCandidate?) {
        #expect(PlaceRules.choose(cands, single: true) == chosen)
    }

    /// A command, a police force or a university named after the town it serves; a source's post
    /// inside one is left to the seat rules.
    @Test(arguments: [
        ("أعلنت قيادة عمليات بغداد أن عبوة انفجرت", "بغداد", true),
        ("وقالت شرطة كركوك إن", "كركوك", true),
        ("وقالت قيادة شرطة محافظة ديالى إن", "ديالى", true),
        ("قال رئيس جامعة الموصل", "الموصل", true),
        ("وأعلن جهاز أمن بغداد", "بغداد", true),
        ("عن مصدر في قيادة شرطة ريف دمشق", "ريف", false),
        ("انفجرت عبوة في مدينة بغداد", "بغداد", false),
        ("انتشرت الشرطة في بغداد", "بغداد", false),
    ])
    func commandNamedAfterATown(_ span: String, _ word: String, _ command: Bool) throws {
        let t = ArabicTokenizer.tokenize(span)
        #expect(PlaceRules.isCommandName(t, at: try Self.index(of: word, in: t)) == command)
    }

    /// A distance or a road from a place.
    @Test(arguments: [
        ("انفجرت عبوة على بعد 20 كم من مدينة الموصل", "الموصل", true),
        ("على بعد ٢٠ كيلومترا إلى الشمال من الموصل", "الموصل", true),
        ("على مسافة 5 كم من الرمادي", "الرمادي", true),
        ("على الطريق الواصل بين بغداد وكركوك", "بغداد", true),
        ("على طريق بغداد كركوك", "بغداد", true),
        ("بعد انفجار عبوة في بغداد", "بغداد", false),
        ("انفجرت عبوة في مدينة الموصل", "الموصل", false),
    ])
    func distanceOrRoadFromAPlace(_ span: String, _ word: String, _ away: Bool) throws {
        let t = ArabicTokenizer.tokenize(span)
        #expect(PlaceRules.isAwayFrom(t, at: try Self.index(of: word, in: t)) == away)
    }

    /// A state right after an attack verb that opens a clause is the attacker; after a noun the
    /// verb's subject is that noun and the state is what it hit.
    @Test(arguments: [
        ("أطلقت إيران صواريخ", "إيران", true),
        ("وقصفت تركيا قرى حدودية", "تركيا", true),
        ("ومنذ 2011 قصفت إسرائيل مواقع", "إسرائيل", true),
        ("وقد استهدفت إسرائيل مواقع", "إسرائيل", true),
        ("هجمات انتحارية استهدفت الولايات المتحدة", "الولايات", false),
        ("العمليات التي استهدفت إسرائيل", "إسرائيل", false),
        ("صاروخ يستهدف سوريا", "سوريا", false),
        ("غارات على سوريا", "سوريا", false),
    ])
    func stateOpeningAnAttackClause(_ span: String, _ word: String, _ attacker: Bool) throws {
        let t = ArabicTokenizer.tokenize(span)
        #expect(CountryLexicon.isSubjectOfAttack(t, at: try Self.index(of: word, in: t)) == attacker)
    }

    /// A state after "كان" or "كل من" (and the states joined to it) is the subject of what follows.
    @Test(arguments: [
        ("وكانت السعودية قد أكدت شن غارة في اليمن", "السعودية", true),
        ("وكانت إسرائيل التي لم تشارك قد شنت غارات", "إسرائيل", true),
        ("كان كل من الولايات المتحدة وفرنسا قد هددتا", "الولايات", true),
        ("كان كل من الولايات المتحدة وفرنسا قد هددتا", "وفرنسا", true),
        ("وفرنسا هددت بالرد", "وفرنسا", false),
        ("شن التحالف غارة في اليمن", "اليمن", false),
        ("كان في اليمن", "اليمن", false),
    ])
    func stateNamedAsSubject(_ span: String, _ word: String, _ subject: Bool) throws {
        let t = ArabicTokenizer.tokenize(span)
        #expect(CountryLexicon.isNamedSubject(t, at: try Self.index(of: word, in: t)) == subject)
    }

    /// A state that fires is left out of the story's countries; a state fired at is kept.
    @Test(arguments: [
        ("أطلقت إيران صواريخ على مواقع في الجولان", Set<String>()),
        ("إيران تطلق صواريخ على قاعدة عين الأسد", Set<String>()),
        ("وشنت إسرائيل غارات على مواقع", Set<String>()),
        ("استهدفت الولايات المتحدة مواقع في العراق", Set(["IQ"])),
        ("توعدت روسيا باعتراض أي صاروخ يستهدف سوريا", Set(["RU", "SY"])),
        ("سقطت صواريخ في سوريا تطلق الدخان", Set(["SY"])),
        ("غارات على سوريا", Set(["SY"])),
    ])
    func attackingStateIsNotTheStorysCountry(_ text: String, _ codes: Set<String>) {
        let s = ArabicSentence(index: 0, text: text, tokens: ArabicTokenizer.tokenize(text), isTitle: false)
        #expect(CountryLexicon.storyCountries([s]) == codes)
    }
}
