/// An armed group, state force or government named in a story.
public struct ActorMention: Sendable, Equatable {
    public enum Kind: String, Sendable { case state, nonState }
    /// Canonical name (for grouping spelling variants).
    public var canonical: String
    public var kind: Kind
    /// The words as written.
    public var text: String
    public var start: Int
    public var end: Int
}

/// Armed groups and state forces with the spellings outlets use (داعش / تنظيم الدولة / الدولة
/// الإسلامية، الحوثيون / أنصار الله / ميليشيات الحوثي، …) and countries' armies and air forces,
/// including nisba adjectives ("غارة إسرائيلية" names the perpetrator).
public enum ActorLexicon {
    static let rows: [(String, String, ActorMention.Kind)] = [
        ("داعش", "ISIS", .nonState), ("تنظيم داعش", "ISIS", .nonState), ("تنظيم الدولة", "ISIS", .nonState),
        ("تنظيم الدولة الإسلامية", "ISIS", .nonState), ("الدولة الإسلامية", "ISIS", .nonState), ("ولاية سيناء", "ISIS", .nonState),
        ("جيش خالد بن الوليد", "ISIS", .nonState), ("تنظيم القاعدة", "AQ", .nonState),
        ("القاعدة في جزيرة العرب", "AQAP", .nonState), ("حركة الشباب", "Shabaab", .nonState), ("الشباب", "Shabaab", .nonState),
        ("بوكو حرام", "Boko Haram", .nonState), ("بوكوحرام", "Boko Haram", .nonState), ("طالبان", "Taliban", .nonState), ("حركة طالبان", "Taliban", .nonState),
        ("الحوثيون", "Houthis", .nonState), ("الحوثيين", "Houthis", .nonState), ("الحوثي", "Houthis", .nonState),
        ("ميليشيات الحوثي", "Houthis", .nonState), ("ميليشيا الحوثي", "Houthis", .nonState), ("مليشيات الحوثي", "Houthis", .nonState),
        ("مليشيا الحوثي", "Houthis", .nonState), ("الميليشيات الحوثية", "Houthis", .nonState), ("الميليشيا الحوثية", "Houthis", .nonState),
        ("المليشيا الحوثية", "Houthis", .nonState), ("المليشيات الحوثية", "Houthis", .nonState), ("أنصار الله", "Houthis", .nonState),
        ("جماعة أنصار الله", "Houthis", .nonState), ("الجماعات الحوثية", "Houthis", .nonState), ("حوثية", "Houthis", .nonState),
        ("الحوثية", "Houthis", .nonState),
        ("المقاومة الإسلامية في العراق", "Islamic Resistance in Iraq", .nonState), ("كتائب حزب الله", "Kataib Hezbollah", .nonState),
        ("حزب الله", "Hezbollah", .nonState), ("كتائب القسام", "Qassam", .nonState), ("كتائب عز الدين القسام", "Qassam", .nonState),
        ("القسام", "Qassam", .nonState), ("حماس", "Hamas", .nonState), ("حركة حماس", "Hamas", .nonState),
        ("سرايا القدس", "Saraya al-Quds", .nonState), ("الجهاد الإسلامي", "PIJ", .nonState), ("حركة الجهاد الإسلامي", "PIJ", .nonState),
        ("هيئة تحرير الشام", "HTS", .nonState), ("جبهة النصرة", "HTS", .nonState), ("النصرة", "HTS", .nonState),
        ("قسد", "SDF", .nonState), ("قوات سوريا الديمقراطية", "SDF", .nonState), ("وحدات حماية الشعب", "YPG", .nonState),
        ("الوحدات الكردية", "YPG", .nonState), ("حزب العمال الكردستاني", "PKK", .nonState), ("العمال الكردستاني", "PKK", .nonState),
        ("الجيش السوري الحر", "FSA", .nonState), ("الجيش الحر", "FSA", .nonState), ("الجيش الوطني السوري", "SNA", .nonState),
        ("فصائل المعارضة", "Syrian opposition", .nonState), ("الفصائل المعارضة", "Syrian opposition", .nonState),
        ("المعارضة المسلحة", "Syrian opposition", .nonState), ("فصائل فلسطينية", "Palestinian factions", .nonState),
        ("الفصائل الفلسطينية", "Palestinian factions", .nonState), ("مسلحون", "Unidentified armed group", .nonState),
        ("مسلحين", "Unidentified armed group", .nonState), ("مجهولون", "Unidentified", .nonState), ("مسلحون مجهولون", "Unidentified armed group", .nonState),
        ("المتمردين", "Rebels", .nonState), ("المتمردون", "Rebels", .nonState), ("الانقلابيين", "Houthis", .nonState),
        ("الحشد الشعبي", "PMF", .state), ("هيئة الحشد الشعبي", "PMF", .state), ("الحشد", "PMF", .state),
        ("التحالف الدولي", "International coalition", .state), ("التحالف الذي تقوده الولايات المتحدة", "International coalition", .state),
        ("التحالف العربي", "Saudi-led coalition", .state), ("تحالف دعم الشرعية", "Saudi-led coalition", .state),
        ("التحالف لدعم الشرعية", "Saudi-led coalition", .state), ("قوات التحالف", "Coalition", .state), ("التحالف", "Coalition", .state),
        ("الجيش الإسرائيلي", "Israel", .state), ("جيش الاحتلال", "Israel", .state), ("قوات الاحتلال", "Israel", .state),
        ("جيش الدفاع", "Israel", .state), ("الاحتلال الإسرائيلي", "Israel", .state), ("إسرائيل", "Israel", .state),
        ("إسرائيلي", "Israel", .state), ("إسرائيلية", "Israel", .state), ("الإسرائيلي", "Israel", .state), ("الإسرائيلية", "Israel", .state),
        ("الاحتلال", "Israel", .state), ("سلاح الجو الإسرائيلي", "Israel", .state),
        ("الجيش السوري", "Syria", .state), ("قوات النظام", "Syria", .state), ("قوات النظام السوري", "Syria", .state),
        ("النظام السوري", "Syria", .state), ("الجيش العربي السوري", "Syria", .state), ("القوات الحكومية", "Government forces", .state),
        ("قوات الحكومة", "Government forces", .state), ("الجيش العراقي", "Iraq", .state), ("القوات العراقية", "Iraq", .state),
        ("القوات الأمنية", "Security forces", .state), ("قوات الأمن", "Security forces", .state), ("الجيش اليمني", "Yemen", .state),
        ("الجيش الوطني", "Yemen", .state), ("قوات الشرعية", "Yemen", .state), ("ألوية العمالقة", "Yemen", .state),
        ("المقاومة اليمنية", "Yemen", .state), ("القوات المشتركة", "Yemen", .state), ("الجيش المصري", "Egypt", .state),
        ("القوات المسلحة", "Armed forces", .state), ("الجيش الليبي", "Libya", .state), ("الجيش الوطني الليبي", "LNA", .state),
        ("الجيش التركي", "Turkey", .state), ("القوات التركية", "Turkey", .state), ("الجيش الأمريكي", "USA", .state),
        ("الجيش الأميركي", "USA", .state), ("القوات الأمريكية", "USA", .state), ("القوات الأميركية", "USA", .state),
        ("الولايات المتحدة", "USA", .state), ("واشنطن", "USA", .state), ("أمريكا", "USA", .state), ("أميركا", "USA", .state),
        ("الطيران الروسي", "Russia", .state), ("روسيا", "Russia", .state), ("القوات الروسية", "Russia", .state),
        ("روسية", "Russia", .state), ("الدفاع الجوي السعودي", "Saudi Arabia", .state), ("الدفاعات الجوية السعودية", "Saudi Arabia", .state),
        ("الجيش السعودي", "Saudi Arabia", .state), ("الدفاعات الجوية السورية", "Syria", .state), ("الدفاعات الجوية", "Air defence", .state),
        ("الحرس الثوري", "IRGC", .state), ("الحرس الثوري الإيراني", "IRGC", .state), ("إيران", "Iran", .state),
        ("الجيش الأفغاني", "Afghanistan", .state), ("الجيش الباكستاني", "Pakistan", .state), ("الشرطة", "Police", .state),
        ("الجيش", "Army", .state), ("الجيش اللبناني", "Lebanon", .state), ("البيشمركة", "Peshmerga", .state),
    ]
    /// Nisba adjectives that name the force behind a strike ("غارات روسية"، "صاروخين إسرائيليين").
    static let nisbaRows: [(String, String)] = [("إسرائيلي", "Israel"), ("روسي", "Russia"), ("أمريكي", "USA"), ("أميركي", "USA"),
                                                ("تركي", "Turkey"), ("سعودي", "Saudi Arabia"), ("إيراني", "Iran"), ("إماراتي", "UAE")]
    static let nisbaForms: Set<String> = {
        var out: Set<String> = []
        for (w, _) in nisbaRows {
            for form in [w, w + "ة", w + "ين", w + "ون", w + "ان", w + "ا", "ال" + w, "ال" + w + "ة", w + "تين"] { out.insert(ArabicNormalizer.normalize(form)) }
        }
        return out
    }()
    public static let lexicon: PhraseLexicon<(String, ActorMention.Kind)> = {
        var all = rows.map { ($0.0, ($0.1, $0.2)) }
        for (w, c) in nisbaRows {
            for form in [w, w + "ة", w + "ين", w + "ون", w + "ان", w + "ا", "ال" + w, "ال" + w + "ة", w + "تين"] {
                all.append((form, (c, ActorMention.Kind.state)))
            }
        }
        return PhraseLexicon(all)
    }()

    public static func mentions(_ t: [ArabicToken]) -> [ActorMention] {
        lexicon.matches(in: t).map {
            ActorMention(canonical: $0.payload.0, kind: $0.payload.1, text: t.text($0.start..<$0.end), start: $0.start, end: $0.end)
        }
    }
}
