/// "ارتفعت الحصيلة بعد وفاة أحد الجرحى"، "وفاة مصابين متأثرين بجراحهم": the wounded named after a
/// death word are the ones who died. The story still says there were wounded, but the figure
/// counts the dead: the wounded are told without a number (vague), not as that figure.
extension CasualtyRules {
    /// Words of dying that take the wounded as their subject or object.
    static let deathWords = WordSet(["وفاة", "توفي", "توفيت", "توفوا", "توفيا", "مات", "ماتوا", "فارق", "فارقوا"])

    /// Reported wounded right after a death word (within three words) become vague.
    static func woundedWhoDied(_ out: [CasualtyMention], _ t: [ArabicToken]) -> [CasualtyMention] {
        out.map { m in
            guard m.who == .injured, m.count.status == .reported,
                  (max(0, m.start - 3)..<m.start).contains(where: { deathWords.contains(t[$0]) }) else { return m }
            var v = m; v.count = Count(status: .vague, text: m.count.text); return v
        }
    }
}
