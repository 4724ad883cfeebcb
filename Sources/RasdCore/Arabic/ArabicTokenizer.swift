/// One word of a sentence: the text as written (for quotes and display) and its normalised
/// matching forms. `forms` holds the word and every clitic-stripped reading, longest first, so a
/// lexicon entry written in dictionary form ("الأنبار", "صاروخ") matches "وبالأنبار", "لصاروخ".
///
/// A class, not a struct: rules pass words around by the thousand, and a copy of a reference is
/// one count where a copy of the struct was one for each of its arrays and strings.
public final class ArabicToken: Sendable, Equatable {
    public let original: String
    public let norm: String
    public let forms: [String]
    /// `WordHash` of each reading, in the order of `forms`.
    public let ids: [UInt64]
    /// Number value when the token is written in digits ("12", "١٢", "2,500").
    public let digits: Int?

    public static func == (a: ArabicToken, b: ArabicToken) -> Bool {
        a === b || (a.original == b.original && a.norm == b.norm && a.forms == b.forms && a.ids == b.ids && a.digits == b.digits)
    }

    public init(original: String) {
        self.original = original
        let n = ArabicNormalizer.normalize(original)
        norm = n
        let (f, i) = ArabicClitics.formsAndIds(n)
        forms = f; ids = i
        digits = ArabicTokenizer.digitValue(n) ?? (f.count > 1 ? ArabicTokenizer.digitValue(f[1]) : nil)  // و10
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
        // Arabic letters of the word being read (tatweel left out)
        var letters = 0
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
                    out.append(ArabicToken(original: String(view[s..<i]))); start = i; letters = 0  // "150صاروخا" → 150 صاروخا
                } else if let s = start, letters >= 3, isDigit(u), let p = prev, (0x0621...0x064A).contains(p.value) {
                    // "قتل الخميس22 مقاتلا" → الخميس 22 (a word, not a clitic: "و10"، "لـ35" stay whole)
                    out.append(ArabicToken(original: String(view[s..<i]))); start = i; letters = 0
                } else if start == nil { start = i; letters = 0 }
                if (0x0621...0x064A).contains(u.value), u.value != 0x0640 { letters += 1 }
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
    /// Most leading letters a reading drops (و + ب + ال); `EventCueScreen` relies on this bound.
    public static let maxStrippedScalars = 4

    /// The word and its readings with clitics removed, longest first; no reading shorter than
    /// two letters is produced, so short words are not shredded.
    public static func readings(_ w: String) -> [String] {
        var out: [String] = [w]
        let s = Array(w.unicodeScalars)
        let view = w.unicodeScalars
        forEachReading(count: s.count, scalar: { s[$0].value }) { from, article in
            let tail = String(view[view.index(view.startIndex, offsetBy: from)...])
            let r = article ? "\u{0627}\u{0644}" + tail : tail
            if !out.contains(r) { out.append(r) }
        }
        return out
    }

    /// `readings(w)` with the `WordHash` of each, read off the UTF-8 bytes (the tokenizer's hot path).
    static func formsAndIds(_ w: String) -> ([String], [UInt64]) {
        var forms = [w]
        var ids = [WordHash.of(w)]
        let utf8 = w.utf8
        var bytes = w
        bytes.withUTF8 { b in
            // Byte offset of each of the first scalars (readings start at most 4 scalars in).
            var starts = (0, 0, 0, 0, 0, 0)
            var n = 0
            for (k, byte) in b.enumerated() where byte & 0xC0 != 0x80 {
                switch n {
                case 0: starts.0 = k
                case 1: starts.1 = k
                case 2: starts.2 = k
                case 3: starts.3 = k
                case 4: starts.4 = k
                case 5: starts.5 = k
                default: break
                }
                n += 1
            }
            func offset(_ i: Int) -> Int {
                switch i { case 0: starts.0; case 1: starts.1; case 2: starts.2; case 3: starts.3; case 4: starts.4; default: starts.5 }
            }
            func scalar(_ i: Int) -> UInt32 {
                let o = offset(i), c = b[o]
                if c < 0x80 { return UInt32(c) }
                if c < 0xE0 { return (UInt32(c & 0x1F) << 6) | UInt32(b[o + 1] & 0x3F) }
                return 0xFFFF  // no clitic letter is three bytes or more
            }
            forEachReading(count: n, scalar: scalar) { from, article in
                let tail = UnsafeBufferPointer(rebasing: b[offset(from)...])
                var h = article ? articleHash : WordHash.seed
                for x in tail { h ^= UInt64(x); h = h &* 0x0000_0100_0000_01B3 }
                // A repeated reading has the same id; its bytes are compared to be sure. Readings
                // are normalised words (no combining marks), so equal bytes is equal text, and
                // Swift's `==` (which compares through Unicode normalisation) is not needed.
                if ids.contains(h) {
                    let prefix: [UInt8] = article ? Self.article : []
                    for (k, id) in ids.enumerated() where id == h {
                        var f = forms[k]
                        let same = f.withUTF8 { fb in
                            fb.count == prefix.count + tail.count && fb.starts(with: prefix) && fb[prefix.count...].elementsEqual(tail)
                        }
                        if same { return }
                    }
                }
                // Sliced from the word (a reading starts at a scalar): not validated as UTF-8 again.
                let t = String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: offset(from))...]))
                forms.append(article ? "\u{0627}\u{0644}" + t : t)
                ids.append(h)
            }
        }
        return (forms, ids)
    }

    static let articleHash = WordHash.of("\u{0627}\u{0644}")
    /// ال as UTF-8.
    static let article: [UInt8] = Array("\u{0627}\u{0644}".utf8)

    /// Calls `body(from, article)` for each reading after the word itself, longest first: the
    /// word's scalars from `from` on, with ال put before them when `article` (لل → ال). `scalar(i)`
    /// is the i-th scalar of the normalised word of `count` scalars. May repeat a reading.
    @inline(__always)
    static func forEachReading(count n: Int, scalar: (Int) -> UInt32, _ body: (Int, Bool) -> Void) {
        guard n >= 3, scalar(0) >= 0x0621 else { return }
        func add(_ from: Int, _ article: Bool = false) { if n - from >= 2 { body(from, article) } }
        let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628
        let lam: UInt32 = 0x0644, kaf: UInt32 = 0x0643, alef: UInt32 = 0x0627
        let s0 = scalar(0)
        for st in 0...((s0 == waw || s0 == fa) ? 1 : 0) {
            if st > 0 { add(st) }
            guard st + 2 < n else { continue }
            let c = scalar(st), c1 = scalar(st + 1)
            if c == lam && c1 == lam {  // لل = ل + ال
                add(st + 2, true); add(st + 2)
            } else if c == ba || c == lam || c == kaf {
                add(st + 1)
                if c1 == alef && st + 3 < n && scalar(st + 2) == lam { add(st + 3) }
            }
            if c == alef && c1 == lam { add(st + 2) }
        }
    }
}
