/// Subheadings inside a story ("تحت أنقاض دوما"، "مساعدات لنازحي عفرين"): a short line without a
/// sentence's closing stop opens a new section of the story. What follows is about what the
/// section tells, so it does not carry on the incident told just before it: a drone claim under
/// a new subheading is not the claim of the shelling of the section above.
enum SectionHeadings {
    /// The longest line (in words) read as a subheading.
    static let maxWords = 8
    /// Marks that close a sentence or a quotation (a line ending on one is prose, not a heading).
    static let closingMarks: Set<Character> = [".", "!", "?", "؟", ":", "؛", "…", "\"", "»", ")", "”", "،", ","]

    /// The body line is a subheading: a few words, no closing stop, no comma inside, no opening conjunction.
    static func isHeading(_ s: ArabicSentence) -> Bool {
        if s.isTitle { return false }
        let text = s.text.trimmingWhitespace()
        guard let last = text.last, !closingMarks.contains(last), !text.contains("،"), !text.contains(",") else { return false }
        // "وانفجارات ضخمة في دمشق": a line opening on و/ف carries on the line before it (a caption's
        // second line); a heading word that begins with و ("وزير") is missed, the safe way round
        guard let first = s.tokens.first, !first.norm.hasPrefix("و"), !first.norm.hasPrefix("ف") else { return false }
        return s.tokens.count <= maxWords
    }
}
