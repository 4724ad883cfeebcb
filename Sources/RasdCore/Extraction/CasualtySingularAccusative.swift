/// One dead or wounded told by a singular noun in the accusative with no figure: "أوقع الانفجار
/// قتيلا"، "سقط قتيلا"، "أردته الشرطة قتيلا"، "خلف الهجوم جريحا". "قتيلا" mostly follows a figure
/// ("12 قتيلا"), so alone it was read as an uncounted toll (vague); without a figure it is one.
extension CasualtyRules {
    static let singularAccusatives = WordSet(["قتيلا", "جريحا", "مصابا"])

    /// Vague single-word mentions of "قتيلا"/"جريحا"/"مصابا" with no figure or amount before
    /// them and no second harm noun joined after ("قتيلا وجريحا" shares one figure) become one.
    static func singularAccusativeTolls(_ out: [CasualtyMention], _ t: [ArabicToken]) -> [CasualtyMention] {
        out.map { m in
            guard m.count.status == .vague, m.count.min == nil, m.start < t.count, singularAccusatives.contains(t[m.start]),
                  m.count.text == t[m.start].original else { return m }
            // a figure or amount before: "12 قتيلا"، "عشرات قتيلا"، "بين 22 إلى 33 قتيلا"
            // (a figure glued to the word before counts too: "حتى الآن25 قتيلا")
            if (max(0, m.start - 3)..<m.start).contains(where: { t[$0].digits != nil || ArabicNumbers.phrase(t, at: $0) != nil || hasDigit(t[$0]) }) { return m }
            if m.start > 0, t[m.start - 1].matches("بين") { return m }
            // "قتيلا وجريحا": one figure for both
            if m.start + 1 < t.count, t[m.start + 1].norm.hasBytePrefix("\u{0648}"), cues.match(t, at: m.start + 1) != nil { return m }
            var one = m
            one.count = Count(status: .reported, min: 1, max: 1, text: m.count.text)
            return one
        }
    }

    static func hasDigit(_ tok: ArabicToken) -> Bool { tok.norm.unicodeScalars.contains { ("0"..."9").contains($0) } }
}
