/// A place named in a sentence, resolved to a gazetteer candidate.
public struct PlaceMention: Sendable, Equatable {
    public var place: PlaceCandidate
    /// The words as written, clitics removed from the first.
    public var text: String
    public var start: Int
    public var end: Int
    /// 1 = the place itself, 2 = near it (شمال، قرب، محيط), 3 = only the region.
    public var precision: Int
    /// The word before it was an admin word (محافظة، قضاء، مدينة …).
    public var afterAdminWord: Bool
    /// Every place the words could name (same name in other governorates or countries), best first.
    public var alternatives: [PlaceCandidate] = []
    /// Its own sentence settled which of the alternatives it is (a governorate or a sure neighbour
    /// named beside it): the story's other governorates do not change it.
    public var settled = false
    /// It describes a body, a dateline, a person's home or a hospital ("وزارة الصحة في غزة"), not
    /// the act: it neither places its neighbours nor settles the story's shared names.
    public var describing = false
}

/// Finds gazetteer places in a sentence: the longest one- to four-word phrase at each position,
/// the first word read with its clitics stripped; admin words before a place (محافظة الأنبار)
/// and directions (شمال، جنوب شرق، غربي) or nearness (قرب، محيط) mark what kind of mention it is.
public enum PlaceRules {
    static let adminWords = WordSet(["محافظة", "قضاء", "ناحية", "مدينة", "بلدة", "قرية", "مخيم", "ولاية", "إقليم", "منطقة",
                                 "مديرية", "حي", "مركز", "ريف", "قاعدة", "مطار", "معبر", "محيط", "مدينتي", "قريتي", "بلدتي",
                                 "مخيمي", "جبهة", "جزيرة", "ميناء", "سوق", "ضاحية", "مستوطنة", "صحراء"])
    /// "ريف" before a governorate can name a governorate of its own (ريف دمشق).
    static let countrysideWords = WordSet(["ريف"])
    static let namingWords = WordSet(["قاعدة", "محافظة", "مدينة", "بلدة", "قرية", "قضاء", "ناحية", "مديرية", "ولاية", "إقليم",
                                  "منطقة", "حي", "ريف", "مستوطنة"])
    static let nearWords = WordSet(["شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "بالقرب", "محيط",
                                "أطراف", "ضواحي", "ريف", "شمالا", "جنوبا", "شرقا", "غربا", "اطراف", "مشارف", "غرب", "جنوبيّ",
                                "حدود", "قبالة", "خارج"])
    /// Frequent words that are also village names somewhere: never looked up on their own.
    static let stopwords = WordSet(["قال", "قالت", "في", "من", "على", "الى", "عن", "مع", "بعد", "قبل", "بين", "حيث", "التي", "الذي",
                                "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "وقال", "اليوم", "امس", "الحرب", "السلام", "الامن",
                                "النصر", "الحرية", "الثورة", "الوحدة", "الشعب", "الدولة", "الجيش", "الشرطة", "القوات", "مصادر",
                                "مصدر", "الحكومة", "الرئيس", "الوزير", "بيان", "العالم", "النور", "الامل", "الخير", "الجديدة",
                                "الحدود", "المنطقة", "البلاد", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة",
                                "السبت", "احد", "اثنين", "عدد", "عدة", "نحو", "الحياة", "الشهداء", "المدينة", "القرية", "الصحة",
                                "الاحتلال", "التحالف", "المقاومة", "الفصائل", "الحشد", "اكثر", "المعارضة", "النظام", "عملية",
                                "الهجوم", "الجنوب", "الشمال", "الشرق", "الغرب", "الوسط", "النقطة", "الساحل", "المطار",
                                "القاعدة", "المخيم", "المركز", "الميناء", "الجسر", "السوق", "المسجد", "الكنيسة", "المستشفى",
                                "الجامعة", "المدرسة", "البحر", "الجبل", "الوادي", "القصر", "السجن", "المعبر", "الشريط",
                                "محمد", "احمد", "علي", "حسين", "حسن", "عبد", "عبدالله", "عمر", "خالد", "صالح", "سعيد", "ابراهيم",
                                "يوسف", "مصطفي", "عز", "الفصائل", "الاتحاد", "الداخليه", "المصدر", "الشماليه", "الجنوبيه",
                                "الشرقيه", "الغربيه", "الوطني", "الوطنيه", "العربي", "العربيه", "الاسلاميه", "الاسلامي", "بلد",
                                "الرئيس", "المتحده", "الامم", "مجلس", "وزاره", "الخارجيه", "الدفاع", "الاعلام", "الجديد",
                                "الحر", "الشام", "المقاومه", "العالمي", "الدولي", "الدوليه", "السوريه", "العراقيه", "اليمنيه",
                               ])
    static let placeKinds: Set<String> = ["country", "region", "county", "locality", "localadmin", "borough", "neighbourhood",
                                          "macrohood", "microhood", "military_base", "airport", "camp", "crossing", "border_crossing", "oil_field",
                                          "site", "macroregion", "dependency", "district", "port"]

    /// Places in a sentence, longest phrase first at each position.
    public static func mentions(_ t: [ArabicToken], lookup: PlaceLookup, index: PlaceIndex? = nil, countries: Set<String> = [],
                                skip: [Range<Int>] = [], text: String? = nil) -> [PlaceMention] {
        var out: [PlaceMention] = []
        var hashes = [UInt64](repeating: 0, count: 16)
        var i = 0
        var alternatives: [PlaceCandidate] = []
        /// The longest place phrase starting at `i`.
        func find(_ i: Int) -> (PlaceCandidate, Int, Int)? {
            let prevAdmin = i > 0 && adminWords.contains(t[i - 1])
            let afterProvince = i > 0 && provinceWords.contains(t[i - 1])
            let afterDistrict = i > 0 && districtWords.contains(t[i - 1])
            // (read only where some place name starts: most words start none)
            var known: (cityNamed: Bool, afterIntroducer: Bool, aimed: Bool)? = nil
            func context() -> (cityNamed: Bool, afterIntroducer: Bool, aimed: Bool) {
                if let k = known { return k }
                // "على بعد 20 كم من كركوك"، "طريق كركوك تكريت": a distance or a road is measured from the town
                let k = (cityNamed: isTownNamed(t, at: i) || isAwayFrom(t, at: i),
                         // "غرب الأنبار"، "شمال بغداد": a direction introduces a place as "في" does
                         afterIntroducer: i > 0 && (placeIntroducers.containsExact(t[i - 1]) || compassWords.containsExact(t[i - 1])),
                         aimed: isAimedAt(t, at: i))
                known = k
                return k
            }
            let maxLen = min(4, t.count - i)
            var found: (PlaceCandidate, Int, Int)? = nil  // candidate, length, reading index
            if let ix = index {
                // hashes[form * 4 + len - 1] = hash of "form next1 … next(len-1)"
                let nf = min(t[i].forms.count, 4)
                for fi in 0..<nf {
                    var h = t[i].ids[fi]
                    hashes[fi * 4] = h
                    for k in 1..<4 where k < maxLen { h = WordHash.extendWithSpace(h, t[i + k].norm); hashes[fi * 4 + k] = h }
                }
                outer: for len in stride(from: maxLen, through: 1, by: -1) {
                    // a reading with a clitic stripped keeps three letters ("وعي" is no village "عي")
                    for (fi, f) in t[i].forms.prefix(4).enumerated() where f.utf8.count >= (f.utf8.count < t[i].norm.utf8.count ? 6 : 4) {
                        let h = hashes[fi * 4 + len - 1]
                        guard var cands = ix.candidates(h) else { continue }
                        if len == 1 && !prevAdmin && ix.commonWords.contains(h) { continue }
                        let c = context()
                        cands = inStoryCountries(cands, countries, named: prevAdmin || (len > 1 && adminWords.containsExact(t[i])), district: afterDistrict,
                                                 introduced: c.afterIntroducer || f.utf8.count < t[i].norm.utf8.count, aimed: c.aimed)
                        if let best = choose(cands, single: len == 1 && !prevAdmin, province: afterProvince, city: c.cityNamed) { found = (best, len, fi); alternatives = cands; break outer }
                    }
                }
            } else {
                outer: for len in stride(from: maxLen, through: 1, by: -1) {
                    let rest = t[(i + 1)..<(i + len)].map(\.norm).joined(separator: " ")
                    for (fi, f) in t[i].forms.enumerated() where f.unicodeScalars.count >= (f.utf8.count < t[i].norm.utf8.count ? 3 : 2) {
                        let key = rest.isEmpty ? f : f + " " + rest
                        if len == 1 && !prevAdmin && lookup.isCommonWord(key) { continue }
                        var cands = lookup.placeCandidates(forKey: key)
                        if cands.isEmpty { continue }
                        let c = context()
                        cands = inStoryCountries(cands, countries, named: prevAdmin || (len > 1 && adminWords.containsExact(t[i])), district: afterDistrict,
                                                 introduced: c.afterIntroducer || f.utf8.count < t[i].norm.utf8.count, aimed: c.aimed)
                        if let best = choose(cands, single: len == 1 && !prevAdmin, province: afterProvince, city: c.cityNamed) { found = (best, len, fi); alternatives = cands; break outer }
                    }
                }
            }
            return found
        }
        while i < t.count {
            if let r = skip.first(where: { $0.contains(i) }) { i = r.upperBound; continue }
            if let c = CountryLexicon.lexicon.match(t, at: i) { i = c.end; continue }
            guard t[i].digits == nil else { i += 1; continue }
            var found: (PlaceCandidate, Int, Int)? = nil  // candidate, length, reading index
            // "بمحافظة أحد المسارحة": a frequent word opens a name of two words or more after an admin word
            if stopwordish(t[i]) {
                guard i > 0, districtWords.contains(t[i - 1]), t[i].norm.unicodeScalars.count >= 2,
                      let f = find(i), f.1 >= 2 else { i += 1; continue }
                found = f
            }
            // "قاعدة عين الأسد" is named by "عين الأسد"; airports, crossings and camps keep their word.
            // "ريف دمشق" is a governorate of its own, not Damascus: the countryside word is tried with
            // the name first.
            if found == nil, namingWords.contains(t[i]), i + 1 < t.count {
                if countrysideWords.contains(t[i]), let f = find(i), f.1 >= 2 { found = f } else { i += 1; continue }
            }
            if found == nil { found = find(i) }
            if let (_, len, _) = found, isSeat(t, at: i) || isActor(t, at: i) || isInPersonName(t, at: i, length: len) { i += len; continue }
            // "منطقة مخيم اليرموك": an admin word is never a place by itself.
            if let (_, len, _) = found, len == 1, adminWords.containsExact(t[i]) { i += 1; continue }
            if let (p0, _, _) = found, isPartnerCapital(t, at: i, p0) { i += 1; continue }
            // "بالقرب من الحدود السورية غرب الأنبار": the country a border belongs to is across it
            if let (p0, len, _) = found, p0.kind == "country", i > 0, CountryLexicon.borderWords.contains(t[i - 1]) { i += len; continue }
            if let (_, len, _) = found, len == 1, isPretext(t, at: i) { i += 1; continue }
            if let (p0, len, fi) = found {
                var p = p0
                // "العاصمة عمان"، "مدينة عمان": a capital or city word before a name rules out its country reading.
                if p.kind == "country", isCityNamed(t, at: i) {
                    let others = alternatives.filter { $0.kind != "country" && placeKinds.contains($0.kind) }
                    if let city = (others.filter { $0.kind == "locality" }.max { $0.population < $1.population }
                                   ?? others.max { rank($0) < rank($1) }) { p = city }
                }
                let prevAdmin = i > 0 && adminWords.contains(t[i - 1])
                var precision = 1
                var k = i - 1
                while k >= max(0, i - 3) {
                    if nearWords.contains(t[k]) { precision = 2; break }
                    k -= 1
                }
                if isAwayFrom(t, at: i) { precision = 2 }
                if p.kind == "region" || p.kind == "country" || p.kind == "macroregion" { precision = 3 }
                let shown = ([originalStripped(t[i], to: t[i].forms[fi])] + t[(i + 1)..<(i + len)].map(\.original)).joined(separator: " ")
                let alts = alternatives.count > 1 ? alternatives.filter { placeKinds.contains($0.kind) }.sorted { rank($0) > rank($1) } : []
                out.append(PlaceMention(place: p, text: shown, start: i, end: i + len, precision: precision, afterAdminWord: prevAdmin,
                                        alternatives: alts))
                i += len
            } else { i += 1 }
        }
        return describingPlacesLast(governmentSeatsLast(launchSitesLast(specificBeforeLandmark(preferringSentenceRegions(preferringSentenceCountry(out, t), t)), t), t), t, text: text)
            .map { withSurroundingGovernorate($0, t) }
    }

    /// The readings in the countries the story names; when none is there, the notable others (a
    /// governorate, a curated site, a city) only for a name its admin word declares a place ("مطار
    /// الضبعة العسكري في ريف حمص" in a story that names only Israel and Iran is still in Syria;
    /// "العديد" or "الخوذ البيضاء" there are no places, nor is "حي الزيتون" a Lebanese hamlet).
    /// A governorate or a big city abroad also after a word of place ("في عسير"، "بعسير"): in a
    /// story that names only Libya, "المسجد في عسير" is still in Saudi Arabia.
    /// A town across the border a projectile was aimed at ("باتجاه مدينة كريات شمونة"، "صوب سديروت") is
    /// a place of its own, though the story names only the country it was fired from.
    static func inStoryCountries(_ cands: [PlaceCandidate], _ countries: Set<String>, named: Bool, district: Bool = false,
                                 introduced: Bool = false, aimed: Bool = false) -> [PlaceCandidate] {
        guard !countries.isEmpty else { return cands }
        // the common case first, without building any list: every reading is in the story's countries
        if cands.allSatisfy({ countries.contains($0.country) }) { return cands }
        let inStory = cands.filter { countries.contains($0.country) }
        if !inStory.isEmpty, !inStory.allSatisfy({ guessedKinds.contains($0.kind) && $0.population < 1000 }) { return inStory }
        if inStory.isEmpty, !named, introduced {
            return cands.filter { $0.kind == "region" || $0.population >= notableAbroadPopulation || aimed && isTown($0) }
        }
        // a district abroad only after a district word ("محافظة ظهران الجنوب", not "حي القابل")
        let notable = cands.filter { !countries.contains($0.country) && ($0.kind == "region" || $0.population >= notableAbroadPopulation
                                                                         || named && siteKinds.contains($0.kind)
                                                                         || aimed && isTown($0)
                                                                         || district && adminKinds.contains($0.kind)) }
        // "مستوطنة كريات شمونة"، "مدينة X" in a story that names only the country fire came from: a
        // town its own word declares is a place, though abroad (at home a hamlet of the name wins)
        if inStory.isEmpty { return named ? cands.filter { notable.contains($0) || isTown($0) } : [] }
        // "الطالب بكلية التقنية في نجران" in a story that names only Yemen: a governorate or city
        // abroad outranks a nameless hamlet at home
        if !notable.isEmpty, inStory.allSatisfy({ guessedKinds.contains($0.kind) && $0.population < 1000 }) { return inStory + notable }
        return inStory
    }
    static func isTown(_ p: PlaceCandidate) -> Bool { p.kind == "locality" && p.population >= townPopulation }
    /// Administrative units (districts) a name declared by its admin word may be abroad.
    static let adminKinds: Set<String> = ["county", "localadmin", "district"]
    /// Kinds curated by hand: a base, an airport, a crossing is named by its word wherever it is.
    static let siteKinds: Set<String> = ["military_base", "airport", "camp", "crossing", "border_crossing", "oil_field", "port"]
    static let notableAbroadPopulation = 100_000

    static let provinceWords = WordSet(["محافظة", "ولاية", "إقليم", "مقاطعة"])

    static let seatWords = WordSet(["مقره", "مقرها", "ومقره", "ومقرها", "مقرهم"])
    /// Bodies that speak, not places that get attacked (an embassy, an office or a police
    /// centre are targets, so they are not here).
    static let bodyWords = WordSet(["وزارة", "قيادة", "خلية", "بعثة", "هيئة", "مفوضية", "ممثل", "سفير", "مندوب", "مبعوث",
                                    "الوزارة", "ممثلية"])
    /// "سفارة الولايات المتحدة في بودغوريتشا"، "حكومة الجبل الأسود"، "رئيس وزراء إسرائيل": a country
    /// that owns the noun before it (an embassy, a government, an office) is not where the act happened.
    /// The noun heads an idafa only without its article ("زار الوزير سلطنة عمان" is a visit).
    static func isOwnerNoun(_ t: ArabicToken) -> Bool { ownerWords.contains(t) && !t.forms.contains { $0.hasBytePrefix("ال") } }
    static let ownerWords = WordSet(["سفارة", "سفارتي", "قنصلية", "حكومة", "رئيس", "وزير", "وزراء", "وزارة",
                                     "خارجية", "ملك", "أمير", "سلطات", "رئاسة", "برلمان", "مجلس", "نظام"])
    static let envoyWords = WordSet(["سفير", "مندوب", "مبعوث", "ممثل"])
    /// "خلية الإعلام الأمني في العراق"، "سفير روسيا لدى لبنان": a country that says where a body or an
    /// envoy belongs, not where the act happened.
    public static func isBodysCountry(_ t: [ArabicToken], at i: Int) -> Bool {
        if isSeatOfBody(t, at: i) { return true }
        if i >= 1, envoyWords.contains(t[i - 1]) || isOwnerNoun(t[i - 1]) { return true }
        guard i >= 2, ["في", "لدي"].contains(t[i - 1].norm) else { return false }
        var k = i - 2
        while k >= max(0, i - 5) {
            if bodyWords.contains(t[k]) { return true }
            k -= 1
        }
        return false
    }

    /// "المرصد السوري ومقره بريطانيا"، "من مقره في لندن": where a source sits, not a place of the act.
    public static func isSeat(_ t: [ArabicToken], at i: Int) -> Bool {
        var k = i - 1
        while k >= max(0, i - 3) {
            if seatWords.contains(t[k]) { return true }
            k -= 1
        }
        return false
    }
    /// Words after a province word that are not its name: "ريف المحافظة الشرقي"، "الولاية نفسها".
    static let notProvinceNames = WordSet(["الشرقي", "الغربي", "الشمالي", "الجنوبي", "الشرقية", "الغربية", "الشمالية", "الجنوبية",
                                           "نفسها", "ذاتها", "المجاورة", "المتحدة", "رويترز", "لرويترز", "الأمريكية", "الأميركية",
                                           "المضطربة", "الحدودية", "الساحلية", "الجديدة"])

    /// Governorates a story names: its region mentions and the governorates of places that have
    /// only one reading. They settle a name shared by villages in several governorates.
    public static func storyRegions(_ mentions: [PlaceMention]) -> Set<String> {
        var out: Set<String> = []
        for m in mentions where (m.place.kind == "region" || m.alternatives.isEmpty || isProvinceCity(m.place) && m.afterAdminWord) && !m.describing {
            if let a = m.place.kind == "region" ? m.place.nameAr : m.place.admin1Ar { out.insert(a) }
        }
        return out
    }

    /// "بلدة الشجرة" names villages in Daraa, Homs, Aleppo and Kirkuk: in a story that names Daraa
    /// it is the one in Daraa. A reading in a governorate the story names wins over the
    /// best-ranked one elsewhere; the mention is kept when no reading, or the chosen one, is there.
    public static func preferringStoryRegions(_ m: PlaceMention, _ regions: Set<String>) -> PlaceMention {
        guard m.alternatives.count > 1, !m.settled, m.place.kind != "region", m.place.population < majorPlacePopulation else { return m }
        func inStory(_ p: PlaceCandidate) -> Bool { p.admin1Ar.map(regions.contains) ?? false }
        if inStory(m.place) { return m }
        // a populated town is not traded for a nameless hamlet ("مدينة دوما" is not the Douma near Hama)
        guard let better = m.alternatives.first(where: { inStory($0) && $0.kind != "region"
                                                        && !(m.place.population >= townPopulation && $0.population < 1000) }) else { return m }
        var out = m
        out.place = better
        return out
    }

    /// A town this big is what its name means in running text, whatever hamlets share the name.
    static let townPopulation = 10_000

    /// "غارات استهدفت هذه المنطقة": the place is the one the previous sentences named.
    static let anaphora = PhraseLexicon<Bool>([
        ("هذه المنطقة", true), ("المنطقة نفسها", true), ("المنطقة ذاتها", true), ("نفس المنطقة", true),
        ("هذه البلدة", true), ("البلدة نفسها", true), ("هذه المدينة", true), ("المدينة نفسها", true),
        ("هذه القرية", true), ("القرية نفسها", true),
    ])

    /// Whether a sentence points back to an earlier sentence's place.
    public static func pointsBack(_ t: [ArabicToken]) -> Bool { !anaphora.matches(in: t).isEmpty }

    /// The place an incident is located at: a governorate named first ("في محافظة إدلب") gives way
    /// to a town, site or district inside it named in the incident's sentences ("بلدة سرمدا"),
    /// which is where the act happened; `mentions` come in the incident's sentence order.
    public static func mostSpecific(_ first: PlaceMention, among mentions: [PlaceMention]) -> PlaceMention {
        // ("مدينة حمص"، "مدينة صعدة": a governorate's namesake city gives way as its governorate does)
        guard first.place.kind == "region" || isProvinceCity(first.place) else { return first }
        // Governorate names come from one table (the gazetteer spells a place's admin1 as its
        // governorate's row), so they compare as written.
        let region = first.place.nameAr
        // "في مدينة حمص" is the city itself: another populated town of its governorate does not
        // take its act (a quarter, a site or a district does; "قرب مدينة حمص"، a bare "بغداد" give
        // way as the governorate does)
        let cityItself = first.place.kind != "region" && first.precision == 1 && first.afterAdminWord
        func inside(_ p: PlaceCandidate) -> Bool {
            p.kind != "region" && p.kind != "country" && p.kind != "macroregion"
                && p.country == first.place.country && p.admin1Ar == region && p != first.place
                && !(cityItself && isTown(p))
        }
        for m in mentions {
            if inside(m.place) { return m }
            // "برزة" reads first as a village elsewhere; after "دمشق" it is the Damascus district.
            // (a governorate or country named elsewhere keeps its reading: "نجران" is not a hamlet near Riyadh)
            if !["region", "country", "macroregion"].contains(m.place.kind), m.place.population < majorPlacePopulation,
               let p = m.alternatives.first(where: { inside($0) && $0.nameAr != region }) {
                var m = m; m.place = p; return m
            }
        }
        return first
    }

    /// The word after a province word ("بولاية يوبي" → "يوبي"), as written minus clitics.
    public static func namedProvince(_ t: [ArabicToken]) -> String? {
        for i in t.indices.dropLast() where provinceWords.contains(t[i]) {
            let w = t[i + 1]
            guard w.digits == nil, !stopwordish(w), w.norm.unicodeScalars.count >= 3, !notProvinceNames.contains(w) else { continue }
            return w.original
        }
        return nil
    }

    static func stopwordish(_ t: ArabicToken) -> Bool { stopwords.containsExact(t) || t.norm.unicodeScalars.count < 2 }

    /// The best candidate; a lone word must be a well-known place (populated, a region, a site).
    /// "مدينة حلب"، "بلدة درعا"، "العاصمة بغداد" (`city`) is the town, not the governorate named after it.
    static func choose(_ cands: [PlaceCandidate], single: Bool, province: Bool = false, city: Bool = false) -> PlaceCandidate? {
        let ok = cands.filter { placeKinds.contains($0.kind) }
        guard !ok.isEmpty else { return nil }
        let ranked = ok.sorted { rank($0) > rank($1) }
        var best = ranked[0]
        if best.kind == "region", city, let town = townOfRegion(best, among: ranked) { return town }
        // "صنعاء" is the capital (أمانة العاصمة) before the smaller governorate named after it;
        // "محافظة صنعاء" is the governorate.
        if best.kind == "region", !province, let city = ranked.first(where: { $0.kind == "locality" && $0.country == best.country
                                                                     && $0.population > best.population }) {
            best = city
        }
        // "الجولان" names a nameless hamlet and a district: a lone word is the district
        if single && best.population < 1000 && !loneWordKinds.contains(best.kind) {
            return ranked.first { $0.population == best.population && loneWordKinds.contains($0.kind) }
        }
        return best
    }

    /// A town named like the governorate it lies in ("مدينة درعا" in درعا).
    public static func isProvinceCity(_ p: PlaceCandidate) -> Bool {
        (p.kind == "locality" || quarterKinds.contains(p.kind) && p.population >= townPopulation) && p.admin1Ar == p.nameAr
    }

    /// "على بعد 20 كم من مدينة الموصل"، "على مسافة 5 كم من"، "على الطريق الواصل بين بغداد وكركوك"،
    /// "على طريق بغداد كركوك": a distance or a road from a place is near it, not at it.
    static func isAwayFrom(_ t: [ArabicToken], at i: Int) -> Bool {
        for k in stride(from: i - 1, through: max(0, i - distanceWindow), by: -1) {
            if distanceWords.containsExact(t[k]), k >= 1, t[k - 1].norm == onNorm { return true }
            if i - k <= roadWindow, roadWords.contains(t[k]) { return true }
        }
        return false
    }
    static let distanceWords = WordSet(["بعد", "مسافة"])
    static let roadWords = WordSet(["طريق", "الطريق"])
    static let onNorm = ArabicNormalizer.normalize("على")
    /// "على بعد عشرين كيلومترا إلى الشمال من مدينة X": how far back the distance may start.
    static let distanceWindow = 8
    /// "الطريق الواصل بين X": how far back the road word may stand.
    static let roadWindow = 3

    /// Kinds a lone word may name though no population is known.
    static let loneWordKinds: Set<String> = ["country", "region", "county", "military_base", "airport", "camp", "crossing",
                                             "border_crossing", "site", "oil_field", "macroregion", "localadmin", "district", "port"]

    /// The town a governorate is named after: the biggest town of the same name inside it.
    /// (Who's On First files a few cities as a quarter of their governorate: Najran is a
    /// "neighbourhood" of 258,000; such a town counts when it is populated.)
    static func townOfRegion(_ region: PlaceCandidate, among cands: [PlaceCandidate]) -> PlaceCandidate? {
        let name = region.admin1Ar ?? region.nameAr
        let inside = cands.filter { $0.country == region.country && $0.admin1Ar == name }
        return inside.filter { $0.kind == "locality" }.max { $0.population < $1.population }
            ?? inside.filter { quarterKinds.contains($0.kind) && $0.population >= townPopulation }.max { $0.population < $1.population }
    }
    static let quarterKinds: Set<String> = ["neighbourhood", "borough", "macrohood"]

    static func rank(_ p: PlaceCandidate) -> Int {
        var r = p.population
        switch p.kind {
        case "country": r += 50_000_000
        case "region": r += 5_000_000
        case "military_base", "airport", "crossing", "border_crossing", "camp", "oil_field": r += 2_000_000
        default: break
        }
        return r
    }

    /// The original word with as many leading letters dropped as the normalised reading dropped.
    static func originalStripped(_ t: ArabicToken, to reading: String) -> String {
        let drop = t.norm.unicodeScalars.count - reading.unicodeScalars.count
        guard drop > 0 else { return t.original }
        var scalars = Array(t.original.unicodeScalars)
        var removed = 0
        while removed < drop, !scalars.isEmpty {
            let u = scalars.removeFirst()
            if ArabicNormalizer.map(u) != nil { removed += 1 }
        }
        // keep "ال" when the reading kept it (بالأنبار → الأنبار)
        return String(String.UnicodeScalarView(scalars))
    }
}
