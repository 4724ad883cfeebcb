/// Subheadings inside a story ("تحت أنقاض دوما"، "مساعدات لنازحي عفرين"): a short line without a
/// sentence's closing stop is the title of the section after it, not more about the incident told
/// just before it: a heading's cues ("المعارضة تعلن مسؤوليتها") are not that incident's. (The
/// section's own sentences still carry on as prose does: wire copy keeps telling the same act
/// under its subheadings — the funerals, the toll, the reactions.)
enum SectionHeadings {
    /// The longest line (in words) read as a subheading.
    static let maxWords = 8
    /// Marks that close a sentence or a quotation (a line ending on one is prose, not a heading).
    static let closingMarks: Set<Character> = [".", "!", "?", "؟", ":", "؛", "…", "\"", "»", ")", "”", "،", ","]

    /// The body line is a subheading: a few words, no closing stop, no comma inside, no opening
    /// conjunction, after a line that does close on a stop (in copy scraped without stops a short
    /// line is just a sentence: "لم تعلن أي جهة مسؤوليتها").
    static func isHeading(_ s: ArabicSentence, after previous: ArabicSentence?) -> Bool {
        if s.isTitle { return false }
        guard let previous, !previous.isTitle, let end = previous.text.trimmingWhitespace().last, closingMarks.contains(end)
        else { return false }
        let text = s.text.trimmingWhitespace()
        guard let last = text.last, !closingMarks.contains(last), !text.contains("،"), !text.contains(",") else { return false }
        // "وانفجارات ضخمة في دمشق": a line opening on و/ف carries on the line before it (a caption's
        // second line); a heading word that begins with و ("وزير") is missed, the safe way round
        guard let first = s.tokens.first, !first.norm.hasBytePrefix("و"), !first.norm.hasBytePrefix("ف") else { return false }
        return s.tokens.count <= maxWords
    }

    /// Words that open a question ("هل استخدمت الحكومة السورية أسلحة كيميائية من قبل؟").
    static let questionWords = WordSet(["هل", "لماذا", "ماذا", "كيف", "متى", "أين"])

    /// "بعد اشتباكات عدن: هل نشب الخلاف بين السعودية والإمارات؟": a question (a section title, a
    /// link to another story, an analyst's query) asks about acts, it reports none.
    static func isQuestion(_ s: ArabicSentence) -> Bool {
        guard let last = s.text.trimmingWhitespace().last else { return false }
        if last == "؟" || last == "?" { return true }
        return s.tokens.first.map { questionWords.contains($0) } ?? false
    }
}
