/// How a sentence itself settles what its place names mean: the governorate or neighbour it
/// names beside a shared village name, a launch site that is not where a projectile struck, and
/// words that only look like places (a government that acts, a person's lineage, a pretext).
/// Kept apart from the phrase finder in `PlaceRules.swift`, which calls these on each sentence.
extension PlaceRules {
    /// "صاروخ أطلق من صعدة باتجاه جازان"، "قذائف أطلقت من بيت حانون على سديروت": where a projectile was
    /// launched from is not where it struck; another place of the sentence comes first.
    static func launchSitesLast(_ mentions: [PlaceMention], _ t: [ArabicToken]) -> [PlaceMention] {
        guard mentions.count > 1 else { return mentions }
        let origin = mentions.map { isLaunchSite(t, at: $0.start) }
        // "فشلت في إطلاق صاروخ من مديرية همدان شمال العاصمة صنعاء": a landmark the launch site is
        // placed by ("شمال …") is no target.
        guard origin.contains(true), zip(mentions, origin).contains(where: { !$0.1 && !isLandmark(t, at: $0.0.start) }) else { return mentions }
        return zip(mentions, origin).filter { !$0.1 }.map(\.0) + zip(mentions, origin).filter { $0.1 }.map(\.0)
    }

    /// A place another is placed by: a direction or nearness word within the three words before it,
    /// with no word of aim after that word ("من صعدة في شمال اليمن باتجاه جازان": جازان is aimed at).
    static func isLandmark(_ t: [ArabicToken], at i: Int) -> Bool {
        guard let k = t[max(0, i - 3)..<i].lastIndex(where: { nearWords.contains($0) }) else { return false }
        return !t[(k + 1)..<i].contains { aimWords.contains($0) }
    }
    static let aimWords = WordSet(["باتجاه", "اتجاه", "نحو", "تجاه", "صوب", "على", "استهدف", "استهدفت"])
    /// Words a projectile's aim is told with: "باتجاه"، "نحو"، "صوب"، "تجاه".
    static let headingWords = WordSet(["باتجاه", "اتجاه", "تجاه", "صوب"])
    /// The place right after a heading word, or after one and an admin word ("باتجاه مدينة X").
    static func isAimedAt(_ t: [ArabicToken], at i: Int) -> Bool {
        guard i >= 1 else { return false }
        if headingWords.contains(t[i - 1]) { return true }
        return i >= 2 && adminWords.contains(t[i - 1]) && headingWords.contains(t[i - 2])
    }

    /// "القيادي علي بن علي محسن": a name opening on "بن" after a word that does not introduce a place
    /// is a person's lineage, not the village "بن علي".
    /// Likewise a family name "آل X" ("المقدم علي عمير آل جرمان"، "الملك سلمان بن عبدالعزيز آل
    /// سعود") is no village "آل X"; and a name followed by "بن" ("الشيخ عثمان بن ناصر") is a person.
    static func isInPersonName(_ t: [ArabicToken], at i: Int, length: Int = 1) -> Bool {
        if i + length < t.count, ["بن", "ابن"].contains(t[i + length].norm) { return true }
        // "آل" normalises to "ال", which no other standalone word does
        guard i >= 1, ["بن", "ابن", "ال"].contains(t[i].norm) else { return false }
        let before = t[i - 1]
        return !(placeIntroducers.contains(before) || adminWords.contains(before) || nearWords.contains(before))
    }
    // "على" is left out: normalised it is the name "علي" ("علي بن علي").
    // "فوق"، "سماء"، "أجواء": where a missile was intercepted ("اعترض فوق جازان"، "في سماء الرياض").
    static let placeIntroducers = WordSet(["في", "من", "الى", "إلى", "نحو", "باتجاه", "تجاه", "صوب", "عند", "داخل", "بين", "فوق",
                                           "سماء", "أجواء"])

    /// "بالتعاون مع واشنطن ولندن"، "اتفاق مع دمشق": a big city right after "مع" is the government
    /// one acts with, not a place of the act.
    static func isPartnerCapital(_ t: [ArabicToken], at i: Int, _ p: PlaceCandidate) -> Bool {
        guard p.kind == "locality", p.population >= majorPlacePopulation else { return false }
        return (i >= 1 && t[i - 1].norm == "مع") || (i >= 2 && t[i - 2].norm == "مع" && t[i].norm.hasBytePrefix("و"))
    }

    /// "أمير جازان: تفجير مسجد بعسير"، "مقاتلا مواليا لنظام دمشق": a city or governorate owning the
    /// noun before it is the government or governor seated there, and a post's place (below)
    /// describes a person; another place the sentence names comes first (alone, it is kept: the
    /// authorities of a town often tell of an act in it).
    static func governmentSeatsLast(_ mentions: [PlaceMention], _ t: [ArabicToken]) -> [PlaceMention] {
        guard mentions.count > 1 else { return mentions }
        let seat = mentions.map { isGovernmentSeat(t, at: $0.start, $0.place) || isPostPlace(t, at: $0.start) }
        guard seat.contains(true), seat.contains(false) else { return mentions }
        return zip(mentions, seat).filter { !$0.1 }.map(\.0) + zip(mentions, seat).filter { $0.1 }.map(\.0)
    }

    /// "عميد السلك الدبلوماسي بالرياض"، "أستاذ العلوم السياسية في جامعة بغداد": the place of a
    /// person's post describes the person; another place of the sentence comes first (alone it is
    /// kept: "إمام مسجد قوات الطوارئ بعسير" tells of the mosque that was attacked).
    static func isPostPlace(_ t: [ArabicToken], at i: Int) -> Bool {
        t[max(0, i - 4)..<i].contains { postWords.contains($0) }
    }
    static let postWords = WordSet(["إمام", "خطيب", "مفتي", "أستاذ", "عميد", "الأستاذ", "الإمام", "الخطيب", "المفتي"])

    static func isGovernmentSeat(_ t: [ArabicToken], at i: Int, _ p: PlaceCandidate) -> Bool {
        if isCommandName(t, at: i), p.kind == "region" || p.kind == "locality" { return true }
        guard i >= 1, isOwnerNoun(t[i - 1]) else { return false }
        return p.kind == "region" || (p.kind == "locality" && p.population >= governmentSeatPopulation)
    }
    /// "قيادة عمليات بغداد"، "شرطة كركوك"، "قيادة شرطة محافظة ديالى"، "جامعة الموصل": a command, a
    /// police force or a university named after the town or governorate it serves. It tells the
    /// governorate (it is not a description) but another place of the sentence is where the act was.
    static func isCommandName(_ t: [ArabicToken], at i: Int) -> Bool {
        var k = i - 1
        // "شرطة محافظة ديالى"، "شرطة منطقة جازان"
        if k >= 0, adminWords.containsExact(t[k]) { k -= 1 }
        guard k >= 0, commandWords.contains(t[k]), !t[k].forms.contains(where: { $0.hasBytePrefix("ال") }) else { return false }
        // "مصدر في قيادة شرطة ريف دمشق": a source's post, which the seat rules read
        return !t[max(0, k - 2)..<k].contains(where: { $0.norm == "في" })
    }
    static let commandWords = WordSet(["عمليات", "شرطة", "جامعة", "أمن", "استخبارات", "مخابرات", "حشد"])
    /// A town this big has a government or authorities of its own that news names by the town.
    static let governmentSeatPopulation = 100_000

    /// "بحجة تفجير عبوة"، "تحت حجة قراءة القرآن": "حجة" is "pretext" after ب or تحت, not Hajjah
    /// (the governorate keeps its admin word: "بمحافظة حجة").
    static func isPretext(_ t: [ArabicToken], at i: Int) -> Bool {
        let w = ArabicNormalizer.normalize("حجة")
        guard t[i].norm == "ب" + w || t[i].norm == "وب" + w || t[i].norm == w else { return false }
        return t[i].norm != w || (i >= 1 && t[i - 1].norm == "تحت")
    }

    static let launchWords = WordSet(["أطلق", "أطلقت", "أطلقه", "أطلقها", "أطلقته", "أطلقوا", "أطلقوه", "أطلقوها", "انطلق", "انطلقت",
                                      "إطلاق", "يطلق", "تطلق", "أطلقتها", "المطلق", "المطلقة", "تنطلق", "ينطلق"])
    /// A place after "من" (or "من منطقة", "من داخل الأراضي اليمنية (محافظة صعدة)", "من داخل اليمن
    /// شمالي عمران") with a launch word a few words before it.
    static func isLaunchSite(_ t: [ArabicToken], at i: Int) -> Bool {
        var k = i - 1
        // the words that may stand between "من" and the place: admin and direction words, "داخل
        // الأراضي" and the country they name ("باتجاه" is no "اتجاه": it turns to the target)
        while k >= max(0, i - 5), t[k].norm != "من",
              adminWords.containsExact(t[k]) || nearWords.contains(t[k]) || originWords.containsExact(t[k])
                || CountryLexicon.firstWords.contains(t[k].norm) || isNisba(t[k]) {
            k -= 1
        }
        guard k >= 1, t[k].norm == "من", !nearWords.contains(t[k - 1]) else { return false }
        return t[max(0, k - 8)..<k].contains { launchWords.contains($0) }
    }
    static let originWords = WordSet(["داخل", "جهة", "اتجاه", "الأراضي", "أراضي"])
    /// "اليمنية"، "السوري": a country's adjective (definite, ending in ي or ية).
    static func isNisba(_ t: ArabicToken) -> Bool {
        let n = t.norm
        return n.hasBytePrefix("ال") && (n.hasByteSuffix("يه") || n.hasByteSuffix("ي")) && n.unicodeScalars.count >= 5
    }

    /// "مطار الضبعة العسكري في ريف حمص": a name shared by villages in several governorates is the
    /// one in the governorate its own sentence names; the sentence says more than the story does.
    static func preferringSentenceRegions(_ mentions: [PlaceMention], _ t: [ArabicToken]) -> [PlaceMention] {
        guard mentions.count > 1 else { return mentions }
        var regions: [String: String] = [:]  // governorate → country
        // ("مدينة درعا" names its governorate as "محافظة درعا" does)
        for m in mentions where m.place.kind == "region" || isProvinceCity(m.place) && m.afterAdminWord {
            regions[m.place.admin1Ar ?? m.place.nameAr] = m.place.country
        }
        // "من الرحيبة وبلدتي الناصرية وجيرود": a place with one reading tells its neighbours' governorate
        // and country too; so does a big city, whose reading holds against hamlets of its name
        // ("مركز برزة للأبحاث قرب دمشق" is the Damascus Barzeh, not the villages near Idlib or Homs).
        // A government's seat ("حكومة بغداد") says nothing of where its neighbours lie.
        let sure = mentions.filter { ($0.alternatives.count <= 1 || isMajorCity($0.place) && $0.precision == 2) && $0.place.kind != "country"
            && !($0.start > 0 && isOwnerNoun(t[$0.start - 1])) && !isDescribingPlace(t, at: $0.start) }
        guard !sure.isEmpty || !regions.isEmpty else { return mentions }
        return mentions.compactMap { m in
            var known = regions
            var countries: Set<String> = []
            for n in sure where n != m {
                if let a = n.place.kind == "region" ? n.place.nameAr : n.place.admin1Ar { known[a] = n.place.country }
                countries.insert(n.place.country)
            }
            guard m.place.kind != "region", m.place.kind != "country", m.place.population < majorPlacePopulation else { return m }
            if m.place.admin1Ar.map({ known[$0] != nil }) ?? false {
                var out = m
                out.settled = m.alternatives.count > 1
                return out
            }
            let others = m.alternatives.filter { $0.kind != "region" && $0.kind != "country" }
            if let better = others.first(where: { a in a.admin1Ar.map { known[$0] == a.country } ?? false })
                ?? (countries.contains(m.place.country) ? nil : others.first(where: { countries.contains($0.country) })) {
                var out = m
                out.place = better
                out.settled = true
                return out
            }
            // "منطقة بني قيس في ولاية حجة": when the governorate named right after a village is not
            // where the village's only reading lies, that reading is another village; the
            // governorate is what the sentence says.
            // ("قرية المروة بمحافظة الحرث": a district named by its admin word with one reading counts as
            // the governorate it lies in)
            // ("بلدة الخيام في جنوب لبنان": a direction with a country names an area, not a governorate)
            let followed = mentions.contains { r in
                ((r.place.kind == "region" || isProvinceCity(r.place) && r.afterAdminWord) && !compassWords.contains(t[r.start])
                    || isNamedDistrict(r, t))
                    && r.start >= m.end && r.start - m.end <= followingRegionWindow }
            return followed && guessedKinds.contains(m.place.kind) && m.place.population < 10_000 ? nil : m
        }
    }
    /// "وفي جنوب دمشق … في حي القدم"، "شرق صنعاء … بمديرية نهم": a sentence that opens on a landmark
    /// (a place named by a direction or nearness word) and then names a district, town or quarter
    /// with its admin word is about the latter; it comes first.
    static func specificBeforeLandmark(_ mentions: [PlaceMention]) -> [PlaceMention] {
        guard mentions.count > 1, mentions[0].precision == 2,
              let j = mentions.firstIndex(where: { $0.precision == 1 && $0.afterAdminWord
                  && !["region", "country", "macroregion"].contains($0.place.kind) }) else { return mentions }
        var out = mentions
        out.insert(out.remove(at: j), at: 0)
        return out
    }

    static let districtWords = WordSet(["محافظة", "مديرية", "قضاء", "ناحية", "ولاية", "منطقة", "إقليم"])
    /// A district or governorate-seat town named with its admin word and only one reading.
    static func isNamedDistrict(_ m: PlaceMention, _ t: [ArabicToken]) -> Bool {
        m.start > 0 && districtWords.contains(t[m.start - 1]) && m.alternatives.count <= 1 && m.place.kind != "country"
    }

    /// How many words after a village its governorate may be named ("بني قيس الخاضعة للحوثيين في ولاية حجة").
    static let followingRegionWindow = 6
    /// Kinds read from Who's On First by name alone (curated sites are not second-guessed).
    static let guessedKinds: Set<String> = ["locality", "neighbourhood", "microhood", "macrohood", "borough", "localadmin"]

    static func isMajorCity(_ p: PlaceCandidate) -> Bool { p.kind == "locality" && p.population >= majorPlacePopulation }

    /// A city this big keeps its reading against a hamlet of the same name elsewhere ("صنعاء" in a
    /// story that also names Hajjah is the capital, not the hamlet in Hajjah).
    static let majorPlacePopulation = 500_000

    /// Words that name a city before its name: "العاصمة عمان"، "العاصمة الأردنية عمان"، "مدينة عمان".
    static let cityWords = WordSet(["العاصمة", "عاصمة", "مدينة", "المدينة"])
    static func isCityNamed(_ t: [ArabicToken], at i: Int) -> Bool {
        (i >= 1 && cityWords.contains(t[i - 1])) || (i >= 2 && cityWords.contains(t[i - 2]) && t[i - 1].norm.hasBytePrefix("ال"))
    }
    /// A city word or a town word ("بلدة درعا"، "وسط حماة") before a name: the town, not the governorate.
    static let townWords = WordSet(["بلدة", "البلدة", "مدينتي", "وسط"])
    static func isTownNamed(_ t: [ArabicToken], at i: Int) -> Bool {
        isCityNamed(t, at: i) || (i >= 1 && townWords.contains(t[i - 1]))
    }

    /// "اتهمت دمشق"، "شنت روسيا غارات"، "اعترضت الرياض صاروخا": a country or capital right after a
    /// verb of speaking or acting is the government that speaks or acts, not where the act happened.
    public static func isActor(_ t: [ArabicToken], at i: Int) -> Bool {
        i >= 1 && (StatementDateRules.speech.contains(t[i - 1]) || actorVerbs.contains(t[i - 1]))
    }
    static let actorVerbs = WordSet(["شنت", "شن", "تشن", "يشن", "هددت", "هدد", "تهدد", "يهدد", "توعدت", "توعد", "دعت", "دعا",
                                     "اتهمت", "اتهم", "تتهم", "يتهم", "أبلغت", "أبلغ", "حذرت", "حذر", "تحذر", "اعترضت", "أسقطت",
                                     "نفت", "نفى", "تنفي", "ينفي", "طالبت", "طالب", "أدانت", "أدان", "نددت", "ندد", "حملت", "حمّلت",
                                     "حمل", "ردت", "رد", "تدعم", "يدعم", "دعمت", "نفذت", "تبنت", "قررت", "أرسلت", "أكدت", "أكد",
                                     "اعتبرت", "اعتبر", "رفضت", "رفض", "تتهمه", "واتهمت", "وحذرت", "ووصفت", "وصفت", "وصف"])
}

/// Capitals whose governorate is the city alone, ringed by a governorate of their own: what lies
/// "قرب دمشق"، "خارج العاصمة دمشق"، "شرق صنعاء" is in the ring (ريف دمشق، محافظة صنعاء), not
/// in the city's governorate (دمشق، أمانة العاصمة).
extension PlaceRules {
    /// City governorate → the governorate around it (Arabic, English), as the gazetteer spells
    /// them, and whether the city's suburbs lie in the ring too. Damascus governorate is the city
    /// alone, so "قرب دمشق"، "ضواحي دمشق" are in ريف دمشق; أمانة العاصمة takes in Sanaa's suburbs,
    /// so only a compass direction ("شمال صنعاء") leaves it.
    static let surroundingGovernorates: [String: (ar: String, en: String, suburbs: Bool)] = [
        "دمشق": ("ريف دمشق", "Rif Dimashq", true),
        "أمانة العاصمة": ("صنعاء", "Sanaa", false),
    ]
    static let compassWords = WordSet(["شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "شمالا", "جنوبا",
                                       "شرقا", "غربا"])

    /// A city-governorate capital named only as a landmark (precision 2) places the act in the
    /// governorate around it.
    static func withSurroundingGovernorate(_ m: PlaceMention, _ t: [ArabicToken]) -> PlaceMention {
        guard m.precision == 2, m.place.kind == "locality", let a = m.place.admin1Ar,
              let (ring, ringEn, suburbs) = surroundingGovernorates[a] else { return m }
        let compass = t[max(0, m.start - 3)..<m.start].last { nearWords.contains($0) }.map { compassWords.contains($0) } ?? false
        guard compass || suburbs else { return m }
        var out = m
        out.place.admin1Ar = ring
        out.place.admin1En = ringEn
        return out
    }
}

/// "استهداف المدنيين في مدينة جازان حيث اعترضت الرياض صاروخا": an act told in a "حيث" clause
/// happened at the place the clause hangs on, whatever the sentence named before it.
extension PlaceRules {
    /// How far before "حيث" the place it refers to may end ("في مدينة جازان في جنوب السعودية حيث").
    static let whereClauseWindow = 5

    /// The mentions with the place a "حيث" clause holding an act refers to first.
    public static func whereClausePlaceFirst(_ mentions: [PlaceMention], _ t: [ArabicToken], acts: [Int]) -> [PlaceMention] {
        guard mentions.count > 1 else { return mentions }
        for k in t.indices where t[k].norm == "حيث" && acts.contains(where: { $0 > k }) {
            // the last place that is not a country, ending shortly before "حيث"
            guard let j = mentions.lastIndex(where: { $0.end <= k && k - $0.end <= whereClauseWindow && $0.place.kind != "country" }),
                  j > 0 else { continue }
            var out = mentions
            out.insert(out.remove(at: j), at: 0)
            return out
        }
        return mentions
    }
}
