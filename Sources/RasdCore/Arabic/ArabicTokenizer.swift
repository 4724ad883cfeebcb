/// One word of a sentence: the text as written (for quotes and display) and its normalised
/// matching forms. `forms` holds the word and every clitic-stripped reading, longest first, so a
/// lexicon entry written in dictionary form ("الأنبار", "صاروخ") matches "وبالأنبار", "لصاروخ".
public struct ArabicToken: Sendable, Equatable {
    public var original: String
    public var norm: String
    public var forms: [String]
    /// `WordHash` of each reading, in the order of `forms`.
    public var ids: [UInt64]
    /// Number value when the token is written in digits ("12", "١٢", "2,500").
    public var digits: Int?

    public init(original: String) {
        self.original = original
        let n = ArabicNormalizer.normalize(original)
        norm = n
        forms = ArabicClitics.readings(n)
        ids = forms.map(WordHash.of)
        digits = ArabicTokenizer.digitValue(n) ?? (forms.count > 1 ? ArabicTokenizer.digitValue(forms[1]) : nil)  // و10
    }

    /// True when any reading equals `word` (already normalised).
    @inline(__always) public func matches(_ word: String) -> Bool { ids.contains(WordHash.of(word)) }
    /// True when any reading has this `WordHash` id.
    @inline(__always) public func matches(id: UInt64) -> Bool { ids.contains(id) }
    /// True when any reading starts with `prefix` (already normalised).
    public func matches(prefix: String) -> Bool { forms.contains { $0.utf8.starts(with: prefix.utf8) } }
}

/// Splits a sentence into words at spaces and punctuation (hashtags' `#` and `_` included), the
/// way wire copy glues words to quotes and brackets.
public enum ArabicTokenizer {
    public static func tokenize(_ sentence: String) -> [ArabicToken] {
        var out: [ArabicToken] = []
        out.reserveCapacity(sentence.utf8.count / 8)
        let view = sentence.unicodeScalars
        var start: String.UnicodeScalarView.Index? = nil
        var prev: Unicode.Scalar? = nil
        var i = view.startIndex
        while i < view.endIndex {
            let u = view[i]
            let next = view.index(after: i)
            var inWord = isWordScalar(u)
            if !inWord, u == "," || u == "." || u == "\u{066C}" || u == "\u{066B}", let p = prev, isDigit(p),
               next < view.endIndex, isDigit(view[next]) {
                inWord = true  // 2,500 / 2.5 / ٢٬٥٠٠ stay one token
            }
            if inWord {
                if let s = start, let p = prev, isDigit(p), (0x0621...0x064A).contains(u.value) {
                    out.append(ArabicToken(original: String(view[s..<i]))); start = i  // "150صاروخا" → 150 صاروخا
                } else if start == nil { start = i }
            } else if let s = start {
                out.append(ArabicToken(original: String(view[s..<i]))); start = nil
            }
            prev = u
            i = next
        }
        if let s = start { out.append(ArabicToken(original: String(view[s..<view.endIndex]))) }
        return out
    }

    @inline(__always) static func isDigit(_ u: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(u.value) || (0x0660...0x0669).contains(u.value) || (0x06F0...0x06F9).contains(u.value)
    }

    @inline(__always) static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x2D
        }
        if (0x0621...0x064A).contains(v) || (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v) { return true }
        if (0x064B...0x065F).contains(v) || v == 0x0670 || v == 0x0640 { return true }  // marks stay inside the word
        if (0x0671...0x06D3).contains(v) { return true }
        if (0x200B...0x200F).contains(v) { return true }  // invisible marks glued inside words
        if (0x00C0...0x024F).contains(v) { return true }
        return false
    }

    /// Integer value of a digit token ("2500", "2,500", "2.500" as thousands); nil otherwise.
    static func digitValue(_ n: String) -> Int? {
        guard let f = n.utf8.first, f >= 48, f <= 57 else { return nil }
        var v = 0
        var sawDot = false
        for b in n.utf8 {
            if b >= 48 && b <= 57 { v = v &* 10 &+ Int(b - 48); if v > 1_000_000_000 { return nil } }
            else if b == 44 { continue }
            else if b == 46 { if sawDot { continue }; sawDot = true; continue }
            else { return nil }
        }
        return v
    }
}

/// Proclitics of written Arabic: conjunctions و ف, prepositions ب ل ك, the article ال and their
/// combinations (وبال، فلل، وللـ، كال …).
public enum ArabicClitics {
    /// The word and its readings with clitics removed, longest first; no reading shorter than
    /// two letters is produced, so short words are not shredded.
    public static func readings(_ w: String) -> [String] {
        var out: [String] = [w]
        let s = Array(w.unicodeScalars)
        guard s.count >= 3, s[0].value >= 0x0621 else { return out }
        let view = w.unicodeScalars
        func add(_ from: Int, prefix: String = "") {
            guard s.count - from >= 2 else { return }
            let tail = String(view[view.index(view.startIndex, offsetBy: from)...])
            let r = prefix.isEmpty ? tail : prefix + tail
            if !out.contains(r) { out.append(r) }
        }
        let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}", ba: Unicode.Scalar = "\u{0628}"
        let lam: Unicode.Scalar = "\u{0644}", kaf: Unicode.Scalar = "\u{0643}", alef: Unicode.Scalar = "\u{0627}"
        var starts: [Int] = [0]
        if s[0] == waw || s[0] == fa { starts.append(1) }
        for st in starts {
            if st > 0 { add(st) }
            guard st + 2 < s.count else { continue }
            let c = s[st]
            if c == lam && s[st + 1] == lam {  // لل = ل + ال
                add(st + 2, prefix: "\u{0627}\u{0644}"); add(st + 2)
            } else if c == ba || c == lam || c == kaf {
                add(st + 1)
                if s[st + 1] == alef && st + 3 < s.count && s[st + 2] == lam { add(st + 3) }
            }
            if c == alef && s[st + 1] == lam { add(st + 2) }
        }
        return out
    }
}
