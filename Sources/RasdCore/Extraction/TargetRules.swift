/// What was hit, from the nouns around the attack (ACLED-style target kinds).
public enum TargetRules {
    static let lexicon = PhraseLexicon<String>([
        ("قاعدة", "military_base"), ("القاعدة الجوية", "military_base"), ("قاعدة جوية", "military_base"), ("ثكنة", "military_base"),
        ("معسكر", "military_base"), ("مقر", "military"), ("موقع عسكري", "military"), ("مواقع عسكرية", "military"),
        ("جنود", "military"), ("جندي", "military"), ("عسكريين", "military"), ("قوات", "military"), ("دورية", "vehicle_convoy"),
        ("رتل", "vehicle_convoy"), ("قافلة", "vehicle_convoy"), ("موكب", "vehicle_convoy"), ("آلية", "vehicle_convoy"),
        ("حاجز", "security_checkpoint"), ("نقطة تفتيش", "security_checkpoint"), ("بوابة", "security_checkpoint"),
        ("مركز شرطة", "police"), ("الشرطة", "police"), ("شرطيين", "police"), ("مدنيين", "civilians"), ("مدنيا", "civilians"),
        ("أطفال", "civilians"), ("المدنيين", "civilians"), ("حافلة", "civilians"), ("منزل", "residential"), ("منازل", "residential"),
        ("حي سكني", "residential"), ("مبنى سكني", "residential"), ("مسجد", "religious_site"), ("كنيسة", "religious_site"),
        ("حسينية", "religious_site"), ("مستشفى", "medical"), ("مستوصف", "medical"), ("سيارة إسعاف", "medical"),
        ("محطة", "infrastructure"), ("مطار", "infrastructure"), ("ميناء", "infrastructure"), ("منشأة", "infrastructure"),
        ("منشآت", "infrastructure"), ("أنبوب", "infrastructure"), ("جسر", "infrastructure"), ("مصفاة", "infrastructure"),
        ("سوق", "public_gathering"), ("تجمع", "public_gathering"), ("حفل", "public_gathering"), ("مدرسة", "civilians"),
        ("وزارة", "government"), ("مبنى حكومي", "government"), ("مقر الحكومة", "government"), ("السفارة", "government"),
        ("سفارة", "government"),
    ])

    public static func target(_ t: [ArabicToken]) -> Target? {
        guard let m = lexicon.matches(in: t).first else { return nil }
        return Target(kind: m.payload, text: t.text(m.start..<min(t.count, m.end + 1)))
    }
}
