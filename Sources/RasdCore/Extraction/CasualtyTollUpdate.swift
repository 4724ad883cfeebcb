/// An updated toll: "قتل 3 … وارتفعت حصيلة القتلى إلى 7"، "ارتفع عدد القتلى إلى 9". Wire copy
/// reports a first figure, then raises it as the wounded die or bodies are found. A raised figure
/// is this incident's toll however far above the first one, so the merge never sets it aside as
/// "another toll"; close figures still read as disagreeing sources (min/max).
public enum CasualtyTollUpdate {
    /// Verbs that raise a toll to a new figure.
    static let raiseVerbs = ["ارتفع", "ارتفعت", "يرتفع", "ترتفع"]

    /// The position of a raising verb up to three words before a toll noun ("وارتفعت حصيلة القتلى").
    static func raiseVerb(_ t: [ArabicToken], before start: Int) -> Int? {
        (max(0, start - 3)..<start).reversed().first { i in raiseVerbs.contains { t[i].matches($0) } }
    }

    /// True when the statement's quote opens with a raising verb.
    static func isUpdate(_ c: Count) -> Bool {
        guard let text = c.text, let first = ArabicTokenizer.tokenize(text).first else { return false }
        return raiseVerbs.contains { first.matches($0) }
    }
}
