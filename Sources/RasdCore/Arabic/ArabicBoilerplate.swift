/// Removes scraper and site furniture that is not part of the story: `[ad_1]` markers, a bare
/// "المصدر" / "المصدر: …" credit line, "اقرأ أيضا" teasers, share/follow prompts, photo credits.
public enum ArabicBoilerplate {
    static let linePrefixes: [String] = [
        "اقرا ايضا", "اقرا ايضًا", "اقرأ أيضا", "اقرأ المزيد", "اقرا المزيد", "شاهد ايضا", "شاهد أيضا", "طالع ايضا",
        "شارك", "تابعونا", "تابعوا", "للمزيد", "المصدر", "مصدر الصورة", "حقوق الصورة", "صورة:", "فيديو:",
        "اشترك", "انضم", "اضغط هنا", "يمكنكم متابعة", "لمتابعة",
    ].map(ArabicNormalizer.normalize)

    /// True for a line that is furniture, not prose.
    public static func isBoilerplate(_ line: String) -> Bool {
        let t = line.trimmingWhitespace()
        if t.isEmpty { return true }
        if t.hasPrefix("[") && t.hasSuffix("]") && t.count < 20 { return true }
        let n = ArabicNormalizer.normalize(t)
        let words = n.split(separator: " ").count
        for p in linePrefixes where n.hasPrefix(p) {
            if words <= 12 || p == ArabicNormalizer.normalize("اقرأ أيضا") { return true }
        }
        if n.hasPrefix("#") && words <= 6 { return true }
        return false
    }

    /// The text with furniture lines dropped and inline `[ad_N]` markers removed.
    public static func clean(_ text: String) -> String {
        var kept: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if isBoilerplate(String(line)) { continue }
            kept.append(line)
        }
        var out = kept.joined(separator: "\n")
        while let r = out.range(of: "[ad_") {
            guard let close = out[r.upperBound...].firstIndex(of: "]") else { break }
            out.removeSubrange(r.lowerBound...close)
        }
        return out
    }
}
