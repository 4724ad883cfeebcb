/// One person named as the dead or wounded where no figure is written: a singular subject
/// before its verb ("أفادت الوكالة بأن طفلا قتل وأصيب أربعة مدنيين") and a leader named by
/// title after the verbal noun ("مقتل الملا فضل الله، قائد حركة طالبان"، "مقتل صالح الصماد
/// رئيس المجلس السياسي"). Wire copy counts such a person as one dead.
extension CasualtyRules {
    /// Verbs in the singular, passive or intransitive, that a one-person subject comes before.
    static let singularVerbs = WordSet(["قتل", "أصيب", "جرح", "استشهد", "توفي", "قضى", "لقي"])
    /// Singular people nouns in the accusative, as they stand after "أن"/"إن".
    static let accusativePersons = WordSet(["شخصا", "طفلا", "رجلا", "جنديا", "مدنيا", "فلسطينيا", "مواطنا", "ضابطا", "شرطيا",
                                            "مسلحا", "مقاتلا", "شابا", "عنصرا", "صحفيا", "مستوطنا", "إسرائيليا", "امرأة", "طفلة",
                                            "فتى", "فتاة", "سائقا", "عاملا", "مزارعا", "صيادا", "طالبا", "مسعفا"])
    static let thatWords = WordSet(["أن", "إن", "بأن", "وأن", "وإن"])

    /// "بأن طفلا قتل": the one-person subject before a singular verb (the verb's position given).
    static func singleSubjectBefore(_ t: [ArabicToken], verb v: Int) -> Bool {
        guard v >= 2, singularVerbs.contains(t[v]) else { return false }
        // "بأن شخصا واحدا قتل": "واحدا" may stand between the person and the verb
        let p = v >= 3 && (t[v - 1].matches("واحدا") || t[v - 1].matches("واحده")) ? v - 2 : v - 1
        return accusativePersons.contains(t[p]) && thatWords.contains(t[p - 1])
    }

    /// Dual verbs after their subject: "قتلا"، "أصيبا"، "استشهدا"، "تعرضا".
    static let dualVerbs = WordSet(["قتلا", "أصيبا", "استشهدا", "تعرضا", "جرحا"])

    /// The cues a titled person follows as one dead ("لاغتيال الرئيس" is an intent, not a death).
    static let titledCues = WordSet(["مقتل", "مصرع", "قتل", "استشهاد"])

    /// Titles that name one person: "قائد"، "رئيس"، "زعيم"، "القيادي"، ranks.
    static let titles = WordSet(["رئيس", "قائد", "زعيم", "قيادي", "القيادي", "أمير", "مسؤول", "نائب", "مؤسس", "مدير", "وزير",
                                 "الملا", "الشيخ", "العميد", "اللواء", "المقدم", "الرائد", "الجنرال", "العقيد", "النقيب",
                                 "المتحدث", "محافظ", "عضو"])
    /// Words that cannot stand in a person's name between the verbal noun and the title: amounts,
    /// groups of people, and the speech verbs that open the next clause ("مقتل المدنيين وقال رئيس …").
    static let notName = WordSet(["عدد", "عددا", "العشرات", "المئات", "الآلاف", "جميع", "كل", "معظم", "أغلب", "بعض",
                                  "مدنيين", "جنود", "مسلحين", "عناصر", "أشخاص", "مواطنين", "فلسطينيين", "أطفال", "مقاتلين",
                                  "قال", "أكد", "أعلن", "أضاف", "ذكر", "أفاد", "قالت", "أكدت", "أعلنت", "أضافت", "ذكرت", "أفادت"])

    /// "مقتل الملا فضل الله، قائد …": a title within four words after the verbal noun, with only
    /// a name between (no figure, no other cue, no preposition), or a name and the singular "الذي"
    /// after it. Returns the title's (or the name's last word's) position.
    static func titledPerson(_ t: [ArabicToken], after i: Int) -> Int? {
        var j = i
        while j < min(t.count, i + 5) {
            if titles.contains(t[j]) { return j }
            // "مقتل أنس أبو خوصة الذي وصفته …": a name, then the singular relative that describes him
            if j > i, t[j].matches("الذي") { return j - 1 }
            if stopScan.contains(t[j]) || notName.contains(t[j]) || cues.match(t, at: j) != nil
                || ArabicNumbers.phrase(t, at: j) != nil || t[j].digits != nil { return nil }
            j += 1
        }
        return nil
    }

    /// Groups named without a figure: everyone aboard or inside ("كل من كانوا على متنها"، "جميع من"،
    /// "من كان") and broken plurals of people ("عناصر"، "جنود"، "أفراد").
    static let everyone = WordSet(["كل", "جميع", "كافة"])
    static let whoWere = WordSet(["من"])
    /// "فلسطينيين"، "مدنيين": written alike in the plural and the dual (genitive), so without a
    /// figure they are dead or wounded of no known number, unless "أحدهما" makes them two.
    static let pluralOrDual = WordSet(["فلسطينيين", "مدنيين", "إسرائيليين", "مواطنين", "مسلحين", "مقاتلين", "عسكريين",
                                       "سوريين", "يمنيين", "عراقيين", "إرهابيين", "متشددين", "حوثيين", "أفغان", "صحفيين", "مستوطنين"])
    static let oneOfTwo = WordSet(["أحدهما", "إحداهما", "كلاهما", "كلتاهما"])

    /// "وفاة فلسطينيين … أحدهما صحفي": the dual, made plain by "one of the two".
    static func dualByOneOfTwo(_ t: [ArabicToken], after i: Int) -> Bool {
        guard i < t.count, pluralOrDual.contains(t[i]) else { return false }
        return ((i + 1)..<min(t.count, i + 5)).contains { oneOfTwo.contains(t[$0]) }
    }

    static let brokenPlurals = WordSet(["عناصر", "جنود", "أفراد", "أشخاص", "أطفال", "رجال", "نساء", "ضباط", "قادة", "عمال",
                                        "مقاتلي", "عناصره", "أفراده"])

    /// End of an unnumbered group of people right after a cue, or nil.
    static func unnumberedGroup(_ t: [ArabicToken], after i: Int) -> Int? {
        guard i < t.count else { return nil }
        if brokenPlurals.contains(t[i]) || pluralOrDual.contains(t[i]) { return i + 1 }
        // "وأصيب عدد آخر من الأشخاص"
        if others.contains(t[i]), i + 1 < t.count, t[i + 1].matches(prefix: "اخر") { return i + 2 }
        if everyone.contains(t[i]), i + 1 < t.count, whoWere.containsExact(t[i + 1]) { return i + 2 }
        // "ومقتل من كان على متنها": "من" then "كان/كانوا"
        if whoWere.containsExact(t[i]), i + 1 < t.count, NewsFraming.pluperfectAux.contains(t[i + 1]) { return i + 2 }
        return nil
    }

    /// "88 قتيلا وجريحا"، "عدد القتلى والجرحى إلى 40": a nominal toll joined by و to the other kind's
    /// noun, with a plain figure before the pair or after "إلى"/"بلغ", counts both together.
    static func jointToll(_ t: [ArabicToken], _ m: PhraseMatch<(CasualtyMention.Who, Form)>) -> Bool {
        let who = m.payload.0
        var first = m.start, last = m.end
        if m.end < t.count, t[m.end].norm.hasBytePrefix("\u{0648}"), let o = cues.match(t, at: m.end), o.payload.0 != who, o.payload.1 == .nominal {
            last = o.end
        } else if m.start > 0, t[m.start].norm.hasBytePrefix("\u{0648}"),
                  let o = (max(0, m.start - 3)..<m.start).lazy.compactMap({ cues.match(t, at: $0) }).first(where: { $0.end == m.start }),
                  o.payload.0 != who, o.payload.1 == .nominal {
            first = o.start
        } else { return false }
        if let n = WeaponRules.numberBefore(t, first), !n.vague { return true }
        guard last + 1 < t.count, t[last].matches("الي") || t[last].matches(prefix: "بلغ") else { return false }
        return figureAfter(t, last + 1, limit: 1).map { !$0.vague } ?? false
    }

    /// "اثنين على الأقل من العاملين واثنين من المسلحين قتلوا": subjects joined by و before one verb
    /// add up. `n` is the figure nearest the verb; earlier figures of the same list (up to eight
    /// words back, no cue or preposition between) are added to it.
    static func joinedSubjects(_ t: [ArabicToken], _ n: NumberPhrase) -> NumberPhrase {
        // ("واحد" opens with the letter و but joins nothing)
        guard !n.vague, var total = n.min, t[n.start].norm.hasBytePrefix("\u{0648}"), !t[n.start].norm.hasBytePrefix("واحد") else { return n }
        var open = n.max == nil, start = n.start
        var s = n.start - 1
        while s >= max(0, n.start - 8) {
            if cues.match(t, at: s) != nil || stopScan.contains(t[s]) && !t[s].matches("علي") { break }
            if let p = ArabicNumbers.phrase(t, at: s), p.end <= start, !p.vague, let v = p.min, !excluded(t, p.start) {
                total += v; open = open || p.max == nil || (p.end + 1 < t.count && t[p.end].matches("علي") && t[p.end + 1].matches("اقل"))
                start = p.start
                if !t[p.start].norm.hasBytePrefix("\u{0648}") { break }
            }
            s -= 1
        }
        return NumberPhrase(min: total, max: open ? nil : total, vague: false, start: start, end: n.end)
    }

    /// "قتلوا أو أصيبوا"، "قتل أو جرح": the verb and the other kind's verb joined by "أو" share one
    /// figure, so neither fate has a count. Returns the quoted words, or nil.
    static func killedOrWounded(_ t: [ArabicToken], _ m: PhraseMatch<(CasualtyMention.Who, Form)>) -> String? {
        let who = m.payload.0
        if m.end + 1 < t.count, t[m.end].matches("او"), let o = cues.match(t, at: m.end + 1), o.payload.0 != who, o.payload.1 == .verbal {
            return t.text(m.start..<o.end)
        }
        if m.start > 1, t[m.start - 1].matches("او"), let o = cues.match(t, at: m.start - 2), o.end == m.start - 1,
           o.payload.0 != who, o.payload.1 == .verbal {
            return t.text(o.start..<m.end)
        }
        // "مقتل أو اعتقال 20 جهاديا"، "قتل أو أسر": one figure for the dead and the captured
        if m.end + 1 < t.count, t[m.end].matches("او"), otherFates.contains(t[m.end + 1]) {
            return t.text(m.start..<(m.end + 2))
        }
        return nil
    }

    /// Fates told with the dead under one figure: arrest, capture, surrender, flight.
    static let otherFates = WordSet(["اعتقال", "اعتقل", "اعتقلوا", "أسر", "أسروا", "أسرهم", "إصابة", "جرح", "استسلام", "فرار",
                                     "اختطاف", "اختفاء", "فقدان", "فقد"])

    /// "مقتل مدنيين"، "مقتل عناصر": a vague toll that names a group and no amount, as a statement
    /// quoting "reports of civilians killed" writes it; it adds no dead besides a counted toll.
    static func isBareGroup(_ c: Count) -> Bool {
        guard c.status == .vague, c.min == nil, let text = c.text, let last = ArabicTokenizer.tokenize(text).last else { return false }
        return pluralOrDual.contains(last) || brokenPlurals.contains(last)
    }

    /// A nationality or group adjective used as a noun ("فرنسي"، "إسرائيلي"، "أمريكي"): a word
    /// ending in the nisba "ي", longer than a particle.
    static func isNisba(_ tok: ArabicToken) -> Bool {
        let w = tok.norm
        return w.count >= 4 && w.hasByteSuffix("ي") && !w.hasBytePrefix("ال")
    }

    /// "… و3 مجندين" after a person noun: a figure glued to و that counts people.
    static func joinedFigure(_ t: [ArabicToken], at i: Int) -> (value: Int, end: Int)? {
        // "شخص واحد" is one person, not "و" + a figure
        guard i < t.count, t[i].norm.hasBytePrefix("\u{0648}"), !t[i].norm.hasBytePrefix("واحد"), let n = ArabicNumbers.phrase(t, at: i), n.start == i, !n.vague,
              let v = n.min, n.max == v, n.end < t.count, !notPeople(t, n.end), cues.match(t, at: n.end) == nil else { return nil }
        return (v, n.end + 1)
    }
}

extension CasualtyRules {
    /// "مقتل شخص واحد على الأقل"، "قتيلان على الأقل": people counted by their noun (singular or
    /// dual) and then bounded below; "واحد"/"واحدة" may stand between the noun and the bound.
    static func atLeast(_ t: [ArabicToken], after end: Int) -> Bool {
        var j = end
        if j < t.count, t[j].matches("واحد") || t[j].matches("واحده") || t[j].matches("اثنين") || t[j].matches("اثنان") { j += 1 }
        return ArabicNumbers.isAtLeast(t, at: j)
    }
}

extension CasualtyRules {
    /// "قتل 16 طفلا وأربع نساء"، "إصابة 3 جنود و2 من المدنيين": right after a counted group's noun,
    /// a second figure glued to و with its own people noun counts more of the same dead or wounded
    /// (wire copy names the groups of a toll one by one). Not after "بينهم" (a part of the group),
    /// nor a figure whose noun is a casualty word ("12 قتيلا و32 جريحا") or counts no people.
    static let dayWords = WordSet(["يوم", "اليوم", "أمس", "ليل", "ليلة", "مساء", "صباح", "فجر", "الجمعة", "السبت", "الأحد",
                                   "الاثنين", "الثلاثاء", "الأربعاء", "الخميس"])

    /// "قتل 4 مدنيين، هم امرأة وثلاثة أطفال": the groups after "هم" break the toll down, they add nothing.
    static let breakdownWords = WordSet(["هم", "وهم", "هما", "وهما", "هن", "وهن"])

    static func coordinatedGroup(_ t: [ArabicToken], after c: NumberPhrase) -> (value: Int, end: Int, open: Bool)? {
        let noun = c.end
        guard noun + 1 < t.count, !c.vague, c.min != nil, !notPeople(t, noun) else { return nil }
        // the group's noun and up to two words that qualify it ("عناصر من الشرطة"، "مدنيا فلسطينيا")
        var k = noun, joined = false, floor = false, reach = noun + 3
        while k < min(t.count, reach) {
            // "مقتل 22 طفلا على الأقل وأربع نساء": the first group's floor stands between the groups
            if k > noun, ArabicNumbers.isAtLeast(t, at: k) {
                floor = true; reach += 2
                if k + 2 < t.count, t[k + 2].norm.hasBytePrefix("\u{0648}") { k += 1; joined = true; break }
                k += 2; continue
            }
            let w = t[k]
            // "40 شخصا يوم الجمعة، و30 آخرين يوم السبت": a day between makes the second figure another day's
            guard !w.norm.hasBytePrefix("\u{0648}"), !stopScan.contains(w), !excludeBefore.contains(w), cues.match(t, at: k) == nil,
                  !dayWords.contains(w), !breakdownWords.contains(w), ArabicNumbers.phrase(t, at: k) == nil else { return nil }
            if k + 1 < t.count, t[k + 1].norm.hasBytePrefix("\u{0648}") { joined = true; break }
            k += 1
        }
        // the joined figure as `joinedFigure` reads it, a floor after it allowed ("و4 مدنيين على الأقل")
        let i = k + 1
        // "بمقتل 15 طفلا وامرأتين"، "مقتل 3 جنود وضابط": a person noun (one or two) joined by و counts more of them
        if joined, let p = CoordinatedPersons.persons(t, at: i) {
            return (value: p.value, end: p.end, open: floor || c.max == nil)
        }
        guard joined, i < t.count, t[i].norm.hasBytePrefix("\u{0648}"), !t[i].norm.hasBytePrefix("واحد"), let n = ArabicNumbers.phrase(t, at: i),
              n.start == i, !n.vague, let v = n.min, n.max == v || n.max == nil, n.end < t.count, !notPeople(t, n.end),
              cues.match(t, at: n.end) == nil else { return nil }
        let g = (value: v, end: n.end + 1, open: n.max == nil || floor)
        // "و2 في خان يونس": a toll of its own place, told by `continuingTolls`; "و3 منهم": a part
        let after = g.end - 1
        if t[after].matches("في") || subsetAfter.contains(t[after]) { return nil }
        // "و35 مدنيا أصيبوا": a figure its own verb follows is that verb's toll
        if (g.end..<min(t.count, g.end + 2)).contains(where: { cues.match(t, at: $0) != nil }) { return nil }
        return g
    }
}

extension CasualtyRules {
    /// The figure at `i` follows a casualty verb or noun within two words ("أصيب العشرات"، "قتل 10"):
    /// it counts the dead or wounded.
    static func countsPeople(_ t: [ArabicToken], figureAt i: Int) -> Bool {
        (max(0, i - 2)..<i).contains { cues.match(t, at: $0) != nil }
    }
}

extension CasualtyRules {
    /// "جنديان مصريان"، "جنديين سعوديين"، "مواطن سعودي"، "طفلة فلسطينية": a person noun and the nisba
    /// adjective that agrees with it (or a rank, "ضابط برتبة عقيد"، "ضابط صف"). Wire copy names a group's nationality or side between the
    /// person and the next group joined by و ("قتل جنديان مصريان و8 مسلحين"), so the groups add
    /// up across it. Returns the position after the adjective, or the person's own end.
    static func afterAdjective(_ t: [ArabicToken], person p: PhraseMatch<Int>) -> Int {
        // "ضابط برتبة عقيد وجنديان": a rank named after the person
        if p.end + 2 < t.count, t[p.end].matches("برتبه"), t[p.end + 2].norm.hasBytePrefix("\u{0648}") { return p.end + 2 }
        // "ضابط صف و4 مجندين": a non-commissioned officer is one person of two words
        if p.end + 1 < t.count, t[p.end].matches("صف"), t[p.end + 1].norm.hasBytePrefix("\u{0648}") { return p.end + 1 }
        guard p.end + 1 < t.count, t[p.end + 1].norm.hasBytePrefix("\u{0648}") else { return p.end }
        let w = t[p.end].norm
        guard !w.hasBytePrefix("ال"), !w.hasBytePrefix("\u{0648}"), w.count >= 4, cues.match(t, at: p.end) == nil,
              persons.match(t, at: p.end) == nil, ArabicNumbers.phrase(t, at: p.end) == nil else { return p.end }
        // the dual agrees in the dual ("مصريان"، "سعوديين"), the singular in the singular ("مصري"، "فلسطينية")
        let agrees = p.payload == 2 ? (w.hasByteSuffix("يان") || w.hasByteSuffix("يين")) : (w.hasByteSuffix("ي") || w.hasByteSuffix("يه"))
        return agrees ? p.end + 1 : p.end
    }
}

extension CasualtyRules {
    /// "حتفه"، "حتفهم": the object that completes "لقي … حتفهم" ("met their end").
    static let endObjects = WordSet(["حتفه", "حتفهم", "حتفها", "حتفهما"])
    /// The verbs "لقي"، "لقوا"، "لقيت"، "لقيا" whose object that is.
    static let meetVerbs = WordSet(["لقي", "لقوا", "لقيت", "لقيا"])

    /// True when the word at `i` is "حتفهم" completing a "لقي" up to six words before it: the verb
    /// has read the toll, so the object is no statement of its own (read alone, the "وأصيب 30"
    /// after it would share a vague "حتفهم وأصيب" instead of its own figure).
    static func completesMeetVerb(_ t: [ArabicToken], at i: Int) -> Bool {
        endObjects.contains(t[i]) && (max(0, i - 6)..<i).contains { meetVerbs.contains(t[$0]) }
    }
}

extension CasualtyRules {
    /// "عائلة واحدة"، "أسرة واحدة"، "دفعة واحدة": "واحد"/"واحدة" right after a noun that is no person
    /// is that noun's adjective ("one family"), not a count of the dead; "شخص واحد" still counts one.
    static func oneQualifiesNoun(_ t: [ArabicToken], at i: Int) -> Bool {
        guard i > 0, t[i].matches("واحد") || t[i].matches("واحده") else { return false }
        return persons.match(t, at: i - 1) == nil && ArabicNumbers.phrase(t, at: i - 1) == nil && cues.match(t, at: i - 1) == nil
    }
}
