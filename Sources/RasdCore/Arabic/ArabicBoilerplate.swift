/// Removes scraper and site furniture that is not part of the story: `[ad_1]` markers, a bare
/// "المصدر" / "المصدر: …" credit line, teasers of other stories ("اقرأ أيضا", "قد يهمك",
/// "مواضيع ذات صلة", "شاهد أيضا"), share/follow prompts, photo credits.
///
/// A teaser is another story's headline: left in, its act, place and claim would be read as this
/// story's. A teaser line is dropped whatever its length; a bare teaser header ("اقرأ أيضا:" alone)
/// opens a block whose headline lines (short, no closing full stop) go with it, up to the first
/// line of prose.
public enum ArabicBoilerplate {
    /// Lead-ins of another story's headline: the line is furniture however long it is.
    static let teaserPrefixes: [String] = [
        "اقرا ايضا", "اقرأ أيضا", "اقرأ ايضا", "شاهد ايضا", "شاهد أيضا", "طالع ايضا", "طالع أيضا", "قد يهمك",
        "مواضيع ذات صلة", "مواضيع متعلقة", "اخبار ذات صلة", "أخبار ذات صلة", "اقرأ المزيد", "اقرا المزيد",
    ].map(ArabicNormalizer.normalize)

    static let linePrefixes: [String] = teaserPrefixes + [
        "اقرا ايضًا",
        "شارك", "تابعونا", "تابعوا", "للمزيد", "المصدر", "مصدر الصورة", "حقوق الصورة", "صورة:", "فيديو:",
        "اشترك", "انضم", "اضغط هنا", "يمكنكم متابعة", "لمتابعة",
    ].map(ArabicNormalizer.normalize)

    /// The most headline lines a bare teaser header carries away.
    static let teaserBlockLines = 6
    /// A line of more words than this is prose, never a teaser headline.
    static let headlineMaxWords = 18

    /// The first scalar of every furniture prefix and "#": a line whose normalised text starts
    /// with none of them is prose, settled without normalising its start.
    static let prefixFirstScalars: Set<UInt32> =
        Set(linePrefixes.compactMap { $0.unicodeScalars.first?.value } + [UInt32(UInt8(ascii: "#"))])

    /// True for a line that is furniture, not prose.
    public static func isBoilerplate(_ line: String) -> Bool {
        let t = line.trimmingWhitespace()
        if t.isEmpty { return true }
        if t.hasPrefix("[") && t.hasSuffix("]") && t.count < 20 { return true }
        guard let first = t.unicodeScalars.lazy.compactMap(ArabicNormalizer.map).first,
              prefixFirstScalars.contains(first.value) else { return false }
        let n = ArabicNormalizer.normalize(String(t.prefix(40)))
        var counted: Int?
        func words() -> Int {
            if let counted { return counted }
            let c = t.utf8.reduce(1) { $0 + ($1 == 32 ? 1 : 0) }
            counted = c
            return c
        }
        for (k, p) in linePrefixes.enumerated() where n.utf8.starts(with: p.utf8) {
            if k < teaserPrefixes.count || words() <= 12 { return true }
        }
        if n.hasPrefix("#") && words() <= 6 { return true }
        return false
    }

    /// True for a teaser lead-in with nothing after it but punctuation ("اقرأ أيضا:", "قد يهمك"):
    /// the headlines it introduces stand on the lines below.
    public static func isTeaserHeader(_ line: String) -> Bool {
        let t = line.trimmingWhitespace()
        guard t.count <= 30 else { return false }
        let n = ArabicNormalizer.normalize(t)
        for p in teaserPrefixes where n.hasPrefix(p) {
            return n.dropFirst(p.count).allSatisfy { !$0.isLetter && !$0.isNumber }
        }
        return false
    }

    /// True for a line that reads as a headline, not prose: a few words and no closing full stop,
    /// question or exclamation mark.
    public static func isHeadlineLike(_ line: String) -> Bool {
        let t = line.trimmingWhitespace()
        guard let last = t.last, !t.isEmpty else { return false }
        if last == "." || last == "\u{061F}" || last == "?" || last == "!" || last == ":" || last == "\u{061B}" { return false }
        return t.utf8.reduce(1) { $0 + ($1 == 32 ? 1 : 0) } <= headlineMaxWords
    }

    /// The text with furniture lines dropped and inline `[ad_N]` markers removed. Lines are the
    /// non-empty runs between line feeds, read straight off the UTF-8 bytes.
    public static func clean(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var bytes = text
        let utf8 = text.utf8
        bytes.withUTF8 { b in
            var i = 0
            var teaserLinesLeft = 0
            while i < b.count {
                var j = i
                while j < b.count, b[j] != 10 { j += 1 }
                if j > i {
                    // Sliced from the text (a line feed is a scalar of its own): not validated again.
                    let l = String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: i)..<utf8.index(utf8.startIndex, offsetBy: j)]))
                    if teaserLinesLeft > 0, isHeadlineLike(l) {
                        teaserLinesLeft -= 1
                    } else if isBoilerplate(l) {
                        teaserLinesLeft = isTeaserHeader(l) ? teaserBlockLines : 0
                    } else {
                        teaserLinesLeft = 0
                        if !out.isEmpty { out += "\n" }
                        out += removingAdMarkers(l)
                    }
                }
                i = j + 1
            }
        }
        return out
    }

    /// The line without inline `[ad_N]` markers.
    static func removingAdMarkers(_ line: String) -> String {
        let b = Array(line.utf8)
        guard b.contains(UInt8(ascii: "[")) else { return line }
        var kept: [UInt8] = []
        kept.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "["), i + 3 < b.count, b[i + 1] == UInt8(ascii: "a"), b[i + 2] == UInt8(ascii: "d"),
               b[i + 3] == UInt8(ascii: "_"), let close = b[(i + 4)...].firstIndex(of: UInt8(ascii: "]")) {
                i = close + 1; continue
            }
            kept.append(b[i]); i += 1
        }
        return String(decoding: kept, as: UTF8.self)
    }
}
