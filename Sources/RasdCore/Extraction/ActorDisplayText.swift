/// The actor of a claim as a reader would write it: wire copy glues conjunctions and prepositions
/// to names ("وروسية"، "لإسرائيل"، "لتنظيم القاعدة"، "للجيش"), which belong to the sentence, not to
/// the name. A name that itself starts with one of those letters ("ولاية سيناء"، "بوكو حرام"،
/// "لواء …") stays whole: a clitic is dropped only when the word as written opens no known name
/// and the word without it does.
enum ActorDisplayText {
    /// Normalised first words of every name and voice in the shipped lexicon.
    static let firstWords: Set<String> = {
        var s = Set<String>()
        for name in ActorLexicon.rows.map(\.0) + ActorLexicon.voiceRows.map(\.0) {
            if let w = name.split(separator: " ").first { s.insert(ArabicNormalizer.normalize(String(w))) }
        }
        return s.union(ActorLexicon.nisbaForms)
    }()

    /// Proclitics that may stand before a name, longest first.
    static let proclitics = ["وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"]

    /// `text` without a clitic glued to its first word ("وبالحوثيين" → "الحوثيين").
    static func of(_ text: String) -> String {
        let s = ClaimRules.withoutClitic(text)
        guard s == text else { return s }
        guard let first = text.split(separator: " ").first else { return text }
        let n = ArabicNormalizer.normalize(String(first))
        if firstWords.contains(n) { return text }
        for p in proclitics where n.hasBytePrefix(p) && n.count >= p.count + 3 {
            if firstWords.contains(String(n.dropFirst(p.count))) { return String(text.dropFirst(p.count)) }
        }
        return text
    }
}
