/// Lookup keys for place names. A key is the `ArabicNormalizer` form of the name with spaces
/// collapsed and one leading admin word (محافظة، قضاء، ناحية، مدينة، بلدة، قرية، مخيم …) dropped,
/// so "محافظة الأنبار" and "الأنبار" meet. scripts/build_gazetteer.py mirrors `make` exactly; the
/// one exception it makes is a name whose bare form is a common word (Data/gazetteer/common_words.txt):
/// "مدينة الصدر" keeps the key "مدينه الصدر", since "الصدر" alone is mostly the cleric.
public enum GazetteerKey {
    /// Admin words dropped from the front of a key (normalised spelling).
    public static let adminWords: Set<String> = [
        "محافظه", "قضاء", "ناحيه", "مدينه", "بلده", "قريه", "مخيم", "مديريه", "منطقه", "ولايه",
        "شعبيه", "بلديه", "اماره", "لواء", "مركز", "عزله",
    ]

    /// Words that, written before a name, say what kind of place it is ("قاعدة عين الأسد",
    /// "مطار المزة", "مخيم الهول"). Normalised spelling → kinds they point to.
    public static let designators: [String: Set<PlaceKind>] = [
        "قاعده": [.militaryBase, .airport], "مطار": [.airport, .militaryBase],
        "معسكر": [.militaryBase], "ثكنه": [.militaryBase],
        "معبر": [.borderCrossing], "منفذ": [.borderCrossing],
        "مخيم": [.camp], "حقل": [.oilField], "ميناء": [.port], "مرفا": [.port],
        "محافظه": [.region, .county], "ولايه": [.region], "منطقه": [.region, .county],
        "اماره": [.region], "شعبيه": [.region],
        "قضاء": [.county], "ناحيه": [.county], "مديريه": [.county], "لواء": [.county],
        "مدينه": [.locality], "بلده": [.locality], "قريه": [.locality], "بلديه": [.locality],
        "مركز": [.locality], "عزله": [.locality],
    ]

    /// The key of a display name.
    public static func make(_ name: String) -> String {
        stripAdminWord(collapseSpaces(ArabicNormalizer.normalize(name)))
    }

    /// Single spaces between words, none at the ends (any whitespace counts).
    public static func collapseSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Drops one leading admin word when at least two letters remain.
    public static func stripAdminWord(_ key: String) -> String {
        guard let space = key.firstIndex(of: " ") else { return key }
        let head = String(key[..<space])
        let rest = key[key.index(after: space)...]
        guard adminWords.contains(head), rest.unicodeScalars.filter({ $0 != " " }).count >= 2 else { return key }
        return String(rest)
    }

    /// A token and its forms without proclitics (و ف ب ل ك, in combination, and ل + ال → لل),
    /// as written first. "وبالأنبار" → ["وبالانبار", "بالانبار", "الانبار"].
    public static func cliticForms(_ token: String) -> [String] {
        var forms = [token]
        var scalars = Array(token.unicodeScalars)
        var stripped = 0
        while stripped < 3, scalars.count >= 4, let first = scalars.first, proclitics.contains(first) {
            // ل + ال loses the alef ("للانبار" → "الانبار"), and with a noun starting in ل a lam
            // too ("للاذقيه" → "اللاذقيه"): both readings are tried.
            if first == "\u{0644}", scalars.count >= 5, scalars[1] == "\u{0644}" {
                var restored = scalars
                restored[0] = "\u{0627}"
                forms.append(String(String.UnicodeScalarView(restored)))
                forms.append("\u{0627}" + String(String.UnicodeScalarView(scalars)))
                break
            }
            scalars.removeFirst()
            stripped += 1
            forms.append(String(String.UnicodeScalarView(scalars)))
        }
        return forms
    }

    private static let proclitics: Set<Unicode.Scalar> = ["\u{0648}", "\u{0641}", "\u{0628}", "\u{0644}", "\u{0643}"]
}
