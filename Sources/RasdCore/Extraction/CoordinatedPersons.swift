/// Person nouns joined by و to a counted group of dead or wounded: "بمقتل 15 طفلا وامرأتين"،
/// "مقتل 3 جنود وضابط"، "مقتل ثلاثة من رجال الأمن وامرأة وطفلين"، "مقتل 3 جنود ومدنيين اثنين".
/// Wire copy counts the main group with a figure and adds one or two people by their noun
/// (singular = 1, dual = 2, a plural-or-dual noun with "اثنين" = 2); together they are the toll.
enum CoordinatedPersons {
    /// Written like a dual: "اثنين"/"اثنان" after a plural-or-dual noun makes it two people.
    static let two = WordSet(["اثنين", "اثنان"])

    /// The person nouns glued to و from `i` on, what they count together and where they end, or
    /// nil. A noun its own casualty verb or noun follows ("وطفل أصيب") is that statement's subject,
    /// not part of this toll; a noun with the article ("والجندي") names someone already told.
    static func persons(_ t: [ArabicToken], at i: Int) -> (value: Int, end: Int)? {
        var total = 0, j = i
        while let p = person(t, at: j) { total += p.value; j = p.end }
        guard total > 0, j >= t.count || CasualtyRules.cues.match(t, at: j) == nil else { return nil }
        return (total, j)
    }

    /// A definite number word after a possessed plural: "وأطفالها الثلاثة"، "وأبناؤه الأربعة".
    static let definiteCounts = ArabicNumbers.table([("الثلاثة", 3), ("الثلاث", 3), ("الأربعة", 4), ("الأربع", 4), ("الخمسة", 5),
                                                     ("الخمس", 5), ("الستة", 6), ("الست", 6), ("السبعة", 7), ("السبع", 7),
                                                     ("الثمانية", 8), ("الثماني", 8), ("التسعة", 9), ("التسع", 9), ("العشرة", 10)])

    /// "وأطفالها الثلاثة": a plural glued to و, then its count as a definite number word.
    static func family(_ t: [ArabicToken], at i: Int) -> (value: Int, end: Int)? {
        guard i + 1 < t.count, t[i].norm.hasBytePrefix("\u{0648}"), !t[i].norm.hasBytePrefix("وال"),
              let v = definiteCounts[WordHash.of(t[i + 1].norm)] else { return nil }
        return (v, i + 2)
    }

    /// One person noun glued to و at `i` (or a family counted by a definite number word).
    static func person(_ t: [ArabicToken], at i: Int) -> (value: Int, end: Int)? {
        guard i < t.count, t[i].norm.hasBytePrefix("\u{0648}"), !t[i].norm.hasBytePrefix("وال"), !t[i].norm.hasBytePrefix("واحد") else { return nil }
        if let f = family(t, at: i) { return f }
        if i + 1 < t.count, two.contains(t[i + 1]), CasualtyRules.pluralOrDual.contains(t[i]) || CasualtyRules.persons.match(t, at: i) != nil {
            return (2, i + 2)
        }
        guard let p = CasualtyRules.persons.match(t, at: i) else { return nil }
        return (p.payload, p.end)
    }

    /// "مقتل 15 طفلا" in a title and "قتل 15 طفلا وامرأتان" in the body: the smaller figure and its
    /// noun stand word for word in a toll that adds people to them, so it is a group of that toll.
    static func isGroup(_ part: Count, of whole: Count) -> Bool {
        guard let p = part.text, let w = whole.text, let pm = part.min, let wm = whole.min, wm > pm else { return false }
        let pt = ArabicTokenizer.tokenize(p), wt = ArabicTokenizer.tokenize(w)
        guard let f = pt.indices.first(where: { ArabicNumbers.figure(pt, at: $0) != nil }), f + 1 < pt.count, wt.count >= 2 else { return false }
        let (a, b) = (pt[f].norm, pt[f + 1].norm)
        guard let k = (0..<(wt.count - 1)).first(where: { wt[$0].norm == a && wt[$0 + 1].norm == b }) else { return false }
        return ((k + 2)..<wt.count).contains { person(wt, at: $0) != nil }
    }
}
