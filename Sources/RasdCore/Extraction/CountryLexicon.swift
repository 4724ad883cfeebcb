/// Country names as written in Arabic news → ISO 3166-1 alpha-2, for stories whose place is
/// only a country ("في العراق") or to prefer a gazetteer candidate in the story's country.
public enum CountryLexicon {
    static let rows: [(String, String, String)] = [
        ("العراق", "IQ", "Iraq"), ("سوريا", "SY", "Syria"), ("سورية", "SY", "Syria"), ("اليمن", "YE", "Yemen"),
        ("ليبيا", "LY", "Libya"), ("مصر", "EG", "Egypt"), ("لبنان", "LB", "Lebanon"), ("الأردن", "JO", "Jordan"),
        ("السعودية", "SA", "Saudi Arabia"), ("المملكة العربية السعودية", "SA", "Saudi Arabia"), ("الكويت", "KW", "Kuwait"),
        ("البحرين", "BH", "Bahrain"), ("قطر", "QA", "Qatar"), ("الإمارات", "AE", "United Arab Emirates"),
        ("سلطنة عمان", "OM", "Oman"), ("السودان", "SD", "Sudan"), ("جنوب السودان", "SS", "South Sudan"), ("الصومال", "SO", "Somalia"),
        ("فلسطين", "PS", "Palestine"), ("الأراضي الفلسطينية", "PS", "Palestine"), ("إسرائيل", "IL", "Israel"), ("تركيا", "TR", "Turkey"), ("إيران", "IR", "Iran"),
        ("أفغانستان", "AF", "Afghanistan"), ("باكستان", "PK", "Pakistan"), ("نيجيريا", "NG", "Nigeria"), ("مالي", "ML", "Mali"),
        ("تونس", "TN", "Tunisia"), ("الجزائر", "DZ", "Algeria"), ("المغرب", "MA", "Morocco"), ("موريتانيا", "MR", "Mauritania"),
        ("النيجر", "NE", "Niger"), ("تشاد", "TD", "Chad"), ("بوركينا فاسو", "BF", "Burkina Faso"), ("الكاميرون", "CM", "Cameroon"),
        ("كينيا", "KE", "Kenya"), ("إثيوبيا", "ET", "Ethiopia"), ("اثيوبيا", "ET", "Ethiopia"), ("الهند", "IN", "India"),
        ("فرنسا", "FR", "France"), ("بلجيكا", "BE", "Belgium"), ("ألمانيا", "DE", "Germany"), ("بريطانيا", "GB", "United Kingdom"),
        ("كندا", "CA", "Canada"), ("روسيا", "RU", "Russia"), ("أوكرانيا", "UA", "Ukraine"), ("الفلبين", "PH", "Philippines"),
        ("ميانمار", "MM", "Myanmar"), ("إندونيسيا", "ID", "Indonesia"), ("اندونيسيا", "ID", "Indonesia"),
        ("الولايات المتحدة", "US", "United States"), ("أمريكا", "US", "United States"), ("أميركا", "US", "United States"),
        ("الصين", "CN", "China"), ("اليابان", "JP", "Japan"), ("إسبانيا", "ES", "Spain"), ("إيطاليا", "IT", "Italy"),
        ("هولندا", "NL", "Netherlands"), ("السويد", "SE", "Sweden"), ("النمسا", "AT", "Austria"), ("سويسرا", "CH", "Switzerland"),
        ("الدنمارك", "DK", "Denmark"), ("النرويج", "NO", "Norway"), ("أستراليا", "AU", "Australia"), ("نيوزيلندا", "NZ", "New Zealand"),
        ("بنغلاديش", "BD", "Bangladesh"), ("سريلانكا", "LK", "Sri Lanka"), ("تايلاند", "TH", "Thailand"), ("ماليزيا", "MY", "Malaysia"),
        ("بورما", "MM", "Myanmar"), ("أذربيجان", "AZ", "Azerbaijan"), ("أرمينيا", "AM", "Armenia"), ("إريتريا", "ER", "Eritrea"),
        ("جيبوتي", "DJ", "Djibouti"), ("أوغندا", "UG", "Uganda"), ("تنزانيا", "TZ", "Tanzania"), ("الكونغو", "CD", "DR Congo"),
        ("موزمبيق", "MZ", "Mozambique"), ("جنوب أفريقيا", "ZA", "South Africa"), ("جنوب إفريقيا", "ZA", "South Africa"),
        ("أفريقيا الوسطى", "CF", "Central African Republic"), ("إفريقيا الوسطى", "CF", "Central African Republic"),
        ("السنغال", "SN", "Senegal"), ("ساحل العاج", "CI", "Ivory Coast"), ("اليونان", "GR", "Greece"), ("قبرص", "CY", "Cyprus"),
        ("كولومبيا", "CO", "Colombia"), ("فنزويلا", "VE", "Venezuela"), ("المكسيك", "MX", "Mexico"), ("البرازيل", "BR", "Brazil"),
        ("كوريا الجنوبية", "KR", "South Korea"), ("كوريا الشمالية", "KP", "North Korea"), ("الجبل الأسود", "ME", "Montenegro"),
    ]
    // A bare "عمان" is Amman as often as Oman: it is left to the gazetteer and the story's countries.
    /// "داخل الأراضي السورية": a country's territory named by its nisba adjective.
    static let territories: [(String, String, String)] = [
        ("السورية", "SY", "Syria"), ("العراقية", "IQ", "Iraq"), ("اللبنانية", "LB", "Lebanon"), ("الإسرائيلية", "IL", "Israel"),
        ("التركية", "TR", "Turkey"), ("السعودية", "SA", "Saudi Arabia"), ("الأردنية", "JO", "Jordan"), ("اليمنية", "YE", "Yemen"),
        ("الليبية", "LY", "Libya"), ("المصرية", "EG", "Egypt"), ("الإيرانية", "IR", "Iran"), ("الأفغانية", "AF", "Afghanistan"),
        ("الباكستانية", "PK", "Pakistan"),
    ]
    public static let lexicon = PhraseLexicon<(String, String)>(rows.map { ($0.0, ($0.1, $0.2)) }
        + territories.flatMap { n in ["الأراضي", "أراضي", "داخل"].map { ($0 + " " + n.0, (n.1, n.2)) } })

    /// Countries a sentence names as places, in text order. A country that is the subject of a
    /// speech verb ("أعلن العراق قصف …"، "قالت إسرائيل") is a speaker, not where the act happened.
    public static func placeMentions(_ t: [ArabicToken]) -> [(code: String, text: String)] {
        placeMatches(t).map { (code: $0.payload.0, text: shown(t, $0.start..<$0.end)) }
    }

    /// The country names of a sentence that may be where something happened: not the one a
    /// speaker is ("أعلن العراق"), not a seat or a speaking body's country.
    static func placeMatches(_ t: [ArabicToken]) -> [PhraseMatch<(String, String)>] {
        lexicon.matches(in: t)
            .filter { ($0.start == 0 || !StatementDateRules.speech.contains(t[$0.start - 1]) && !PlaceRules.actorVerbs.contains(t[$0.start - 1])
                        && !isSubjectOfAttack(t, at: $0.start) && !isNamedSubject(t, at: $0.start))
                && !PlaceRules.isSeat(t, at: $0.start)
                && !PlaceRules.isBodysCountry(t, at: $0.start) && !isSubject(t, $0.start..<$0.end)
                && !isAcrossBorder(t, at: $0.start) && !isLeaderOrBacker(t, at: $0.start) && !(($0.start > 0) && featureWords.contains(t[$0.start - 1])) }
    }

    /// "بحيرة تشاد"، "خليج عمان": a lake or a sea named after a country is no country.
    static let featureWords = WordSet(["بحيرة", "خليج", "بحر"])
    static let borderWords = WordSet(["الحدود", "حدود", "الحدودية", "الحدودي", "حدودها", "حدوده", "الشريط"])
    /// "كمين في شمال غربي البلاد على مقربة من الحدود مع الجزائر"، "قرب حدودها مع سوريا": the country
    /// across a border is where the border leads, not where the act happened (that is the country
    /// whose border it is).
    static func isAcrossBorder(_ t: [ArabicToken], at i: Int) -> Bool {
        // "قرب الحدود السورية"، "على حدود سوريا": a border named by its country is on the country's edge
        if i >= 1, borderWords.containsExact(t[i - 1]) { return true }
        guard i >= 2 else { return false }
        if t[i - 1].norm == "مع" { return t[max(0, i - 3)..<(i - 1)].contains { borderWords.contains($0) } }
        // "قرية على بحيرة تشاد القريبة من النيجر": near a country is outside it
        if t[i - 1].norm == "من" { return nearbyWords.contains(t[i - 2]) || patronWords.contains(t[i - 2]) }
        return false
    }

    /// "التحالف الذي تقوده السعودية"، "تحالف عربي كردي تدعمه الولايات المتحدة"، "الميليشيا التابعة
    /// لإيران": the state that leads, backs or owns a force is not where the force acted.
    static func isLeaderOrBacker(_ t: [ArabicToken], at i: Int) -> Bool {
        i >= 1 && leaderWords.contains(t[i - 1])
    }
    static let leaderWords = WordSet(["تقوده", "تقودها", "يقوده", "يقودها", "بقيادة", "تدعمه", "تدعمها", "يدعمه", "يدعمها",
                                      "تدعمهم", "يدعمهم", "التابعة", "التابع", "التابعين", "الموالية", "الموالي", "الموالين",
                                      "الموالون", "المدعومة", "المدعوم", "المدعومين"])
    static let nearbyWords = WordSet(["القريبة", "القريب", "قريبة", "قريب", "مقربة", "بالقرب", "المحاذية", "المحاذي"])
    /// "الحوثيين المدعومين من إيران": the state that backs a group is not where the group acted.
    static let patronWords = WordSet(["المدعومين", "المدعوم", "المدعومة", "المدعومون", "مدعوم", "مدعومة", "مدعومين", "مدعومون"])

    /// "قالت مصادر إن إسرائيل أطلقت صاروخا": a country right before a verb of acting, with no word of
    /// place before it, is the state that acted.
    static func isSubject(_ t: [ArabicToken], _ r: Range<Int>) -> Bool {
        guard r.upperBound < t.count, !SentenceAnalyzer.isLocative(t, before: r.lowerBound) else { return false }
        let next = t[r.upperBound]
        return SentenceAnalyzer.actingVerbs.contains(next) || PlaceRules.actorVerbs.contains(next)
            || StatementDateRules.speech.contains(next) || reactionVerbs.contains(next)
    }
    /// "ليبيا تعرب عن استنكارها للعمل الإرهابي"، "مصر تدين الهجوم": a country that reacts speaks.
    static let reactionVerbs = WordSet(["تعرب", "أعربت", "تدين", "أدانت", "دانت", "تستنكر", "استنكرت", "ترحب", "رحبت", "تقول",
                                        "تعلن", "تؤكد", "تنفي", "تندد", "نددت", "تطالب", "تحذر", "تتهم"])

    static let firstWords: Set<String> = Set((rows.map(\.0) + territories.map(\.0)).compactMap {
        ArabicNormalizer.normalize($0).split(separator: " ").first.map(String.init) })

    /// The words as written, the clitics of the first removed ("بروسيا" → "روسيا").
    static func shown(_ t: [ArabicToken], _ r: Range<Int>) -> String {
        guard let f = t[r.lowerBound].forms.first(where: firstWords.contains) else { return t.text(r) }
        return ([PlaceRules.originalStripped(t[r.lowerBound], to: f)] + t[(r.lowerBound + 1)..<r.upperBound].map(\.original))
            .joined(separator: " ")
    }

    /// Nisba adjectives ("عراقية"، "السوري") that tell which countries a story is about.
    static let nisbas: [(String, String)] = [
        ("عراقي", "IQ"), ("سوري", "SY"), ("يمني", "YE"), ("ليبي", "LY"), ("مصري", "EG"), ("لبناني", "LB"), ("أردني", "JO"),
        ("سعودي", "SA"), ("فلسطيني", "PS"), ("إسرائيلي", "IL"), ("تركي", "TR"), ("إيراني", "IR"), ("كويتي", "KW"),
        ("بحريني", "BH"), ("إماراتي", "AE"), ("قطري", "QA"), ("عماني", "OM"), ("سوداني", "SD"), ("صومالي", "SO"),
        ("أفغاني", "AF"), ("باكستاني", "PK"), ("نيجيري", "NG"), ("تونسي", "TN"), ("جزائري", "DZ"), ("مغربي", "MA"),
        ("غزة", "PS"), ("القطاع", "PS"), ("الحوثي", "YE"), ("الحوثيين", "YE"), ("الحوثيون", "YE"), ("داعش", "IQ"), ("داعش", "SY"),
        ("دمشق", "SY"), ("بغداد", "IQ"), ("صنعاء", "YE"), ("بيروت", "LB"), ("طرابلس", "LY"), ("الرياض", "SA"), ("عدن", "YE"),
        ("حلب", "SY"), ("الموصل", "IQ"), ("سيناء", "EG"), ("القاهرة", "EG"),
        ("كندي", "CA"), ("إثيوبي", "ET"), ("أثيوبي", "ET"), ("كيني", "KE"), ("تشادي", "TD"), ("إندونيسي", "ID"),
        ("بريطاني", "GB"), ("أمريكي", "US"), ("أميركي", "US"), ("فرنسي", "FR"), ("ألماني", "DE"), ("روسي", "RU"),
        ("بلجيكي", "BE"),
    ]
    static let nisbaLexicon: PhraseLexicon<String> = {
        var rows: [(String, String)] = []
        for (w, c) in nisbas {
            rows.append((w, c)); rows.append((w + "ة", c)); rows.append((w + "ين", c)); rows.append((w + "ون", c))
            rows.append((w + "ا", c)); rows.append(("ال" + w, c)); rows.append(("ال" + w + "ة", c))
        }
        return PhraseLexicon(rows)
    }()

    /// "أطلقت إيران صواريخ على الجولان"، "إيران تطلق صواريخ"، "استهدفت الولايات المتحدة مواقع في
    /// العراق": a state right after a verb of attack, or right before one with no word of place
    /// before it, is the attacker; the act is where its fire landed.
    static let attackVerbs = WordSet(["أطلقت", "شنت", "قصفت", "استهدفت", "هاجمت", "ضربت"])
    /// "إيران تطلق صواريخ": a headline's present tense after the state.
    static let attackVerbsAfter = WordSet(["أطلقت", "شنت", "قصفت", "استهدفت", "هاجمت", "ضربت", "تطلق", "تشن", "تقصف", "تستهدف",
                                           "تهاجم", "تضرب"])
    static func isAttacker(_ t: [ArabicToken], _ r: Range<Int>) -> Bool {
        if isSubjectOfAttack(t, at: r.lowerBound) { return true }
        return r.upperBound < t.count && attackVerbsAfter.contains(t[r.upperBound]) && !SentenceAnalyzer.isLocative(t, before: r.lowerBound)
    }

    /// "وشنت إسرائيل"، "قصفت تركيا" opening a clause: the state is the verb's subject. After a noun
    /// ("هجمات انتحارية استهدفت الولايات المتحدة"، "التي استهدفت إسرائيل") it is the object.
    static func isSubjectOfAttack(_ t: [ArabicToken], at i: Int) -> Bool {
        guard i >= 1, attackVerbs.contains(t[i - 1]) else { return false }
        let k = i - 1
        if k == 0 || !attackVerbs.containsExact(t[k]) { return true }  // sentence-first, or و/ف on the verb
        return clauseOpeners.contains(t[k - 1]) || t[k - 1].digits != nil
    }
    /// "وكانت السعودية قد أكدت"، "وكانت إسرائيل التي لم تشارك …"، "كان كل من الولايات المتحدة وفرنسا
    /// قد هددتا": a state after "كان" or "كل من" is the subject of what follows, not a place.
    static func isNamedSubject(_ t: [ArabicToken], at i: Int) -> Bool {
        guard i >= 1 else { return false }
        if wasWords.containsExact(t[i - 1]) { return true }
        func afterEach(_ j: Int) -> Bool { j >= 2 && t[j - 1].norm == "من" && t[j - 2].norm == "كل" }
        if afterEach(i) { return true }
        // the states joined to it: "كل من الولايات المتحدة وفرنسا وبريطانيا"
        return i >= 3 && t[i].norm.hasBytePrefix("و") && (max(2, i - 4)..<i).contains(where: afterEach)
    }
    static let wasWords = WordSet(["كان", "كانت", "وكان", "وكانت", "فكانت", "فكان"])
    static let clauseOpeners = WordSet(["قد", "وقد", "كما", "ثم", "فيما", "بينما", "عندما", "إذا", "حين", "حينما", "بعدما", "لما",
                                        "كذلك", "أيضا", "اليوم", "أمس", "حيث"])

    /// Countries a story is about: named countries (not an attacker's) and nisba adjectives.
    public static func storyCountries(_ sentences: [ArabicSentence]) -> Set<String> {
        var out: Set<String> = []
        for s in sentences {
            for m in lexicon.matches(in: s.tokens) where !PlaceRules.isGroupsSeat(s.tokens, at: m.start)
                && !isAttacker(s.tokens, m.start..<m.end) { out.insert(m.payload.0) }
            for m in nisbaLexicon.matches(in: s.tokens) { out.insert(m.payload) }
        }
        if out.contains("PS") { out.insert("IL") }
        if out.contains("IL") { out.insert("PS") }
        return out
    }
}
