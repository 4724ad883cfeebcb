/// Decides from a story's raw text, before any sentence splitting or tokenising, whether the
/// story can contain an event cue at all. Most stories of a news feed name no attack, and for
/// them the extractor's answer is `[]`: every incident starts from a match of `EventLexicon.cues`
/// in some sentence (`SentenceAnalysis.rawEvents`), so a story without a possible cue is settled
/// here for a fraction of the cost of tokenising and analysing it.
///
/// The screen is built from the lexicon itself, so it can never disagree with it when cues are
/// added. A cue matches at a token when one of the token's clitic readings equals the cue's first
/// word (or starts with it, for `*` entries). A reading (`ArabicClitics.readings`) is the token's
/// normalised text with at most `ArabicClitics.maxStrippedScalars` leading letters removed,
/// sometimes with ال put back (لل → ال). The screen cuts the text into runs of letters that occur
/// in the cues' first words (normalised scalar by scalar, marks skipped, breaking wherever the
/// tokenizer breaks and more) and tests, for each run, its suffixes from those offsets with and
/// without ال against the first words' `WordHash` ids. That is a superset of every reading the
/// tokenizer can produce, so "no" is always right; "yes" only means "run the extractor".
public struct EventCueScreen: Sendable {
    /// 64K-bit filter of the exact first words' ids, checked before the set.
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var firstWords: Set<UInt64> = []
    /// Whether some exact first word is this many UTF-8 bytes long: a tail (with ال when read
    /// with it) of any other length cannot hash to a first word, so it is not hashed at all.
    private var exactLengths: [Bool] = []
    /// Bit `a << 8 | b` set when some exact first word starts with the letters U+06aa U+06bb
    /// (`plainPairs`), or starts with ال followed by them (`articlePairs`): a tail of two letters
    /// or more whose first two letters are in neither table cannot be a first word (alone or
    /// after ال), so it is not hashed.
    private var plainPairs = [UInt64](repeating: 0, count: 1024)
    private var articlePairs = [UInt64](repeating: 0, count: 1024)
    /// First words of `*` entries, normalised UTF-8.
    private var prefixWords: [[UInt8]] = []
    /// Scalars U+0600…U+06FF that occur in some first word (every other scalar ends a run).
    private var alphabet = [Bool](repeating: false, count: 256)
    /// `classify` of every scalar below U+0800 (ASCII, Latin, Arabic), made once from the same functions.
    private var classes: [UInt16] = []
    /// Set when a first word holds something the byte scan cannot follow (never for the shipped
    /// lexicon): the screen then lets every story through.
    private var passesEverything = false

    /// The screen of the event cue lexicon, the one the extractor consults.
    public static let events = EventCueScreen(EventLexicon.cues)

    public init<Payload>(_ lexicon: PhraseLexicon<Payload>) {
        let words = lexicon.exactFirst.values.flatMap { $0.map { $0.words[0] } }
        let prefixes = lexicon.prefixFirst.map { $0.words[0] }
        for w in words + prefixes {
            for u in w.unicodeScalars {
                guard (0x0600...0x06FF).contains(u.value) else { passesEverything = true; continue }
                alphabet[Int(u.value - 0x0600)] = true
            }
        }
        classes = (0..<0x800).map { classify(UInt32($0)) }
        exactLengths = Array(repeating: false, count: (words.map(\.utf8.count).max() ?? 0) + 1)
        for w in words { exactLengths[w.utf8.count] = true }
        for w in words {
            let u = Array(w.utf8)
            // Pairs are read as the scan writes letters: two bytes each, U+0600…U+06FF.
            func pair(_ i: Int) -> Int? {
                guard i + 3 < u.count, (0xD8...0xDB).contains(u[i]), (0xD8...0xDB).contains(u[i + 2]) else { return nil }
                let a = ((Int(u[i] & 0x1F) << 6) | Int(u[i + 1] & 0x3F)) & 0xFF
                let b = ((Int(u[i + 2] & 0x1F) << 6) | Int(u[i + 3] & 0x3F)) & 0xFF
                return a << 8 | b
            }
            if u.count >= 4 {
                guard let p = pair(0) else { passesEverything = true; continue }
                plainPairs[p >> 6] |= 1 << UInt64(p & 63)
            }
            if u.starts(with: Self.article) && u.count >= 8 {
                guard let p = pair(4) else { passesEverything = true; continue }
                articlePairs[p >> 6] |= 1 << UInt64(p & 63)
            }
        }
        for id in lexicon.exactFirst.keys {
            firstWords.insert(id)
            bits[Int((id & 0xFFFF) >> 6)] |= 1 << (id & 63)
        }
        for p in prefixes {
            // A prefix that ال alone could satisfy would match almost every word.
            if p.isEmpty || Self.article.starts(with: Array(p.utf8)) { passesEverything = true }
            prefixWords.append(Array(p.utf8))
        }
    }

    /// ال as normalised UTF-8.
    static let article: [UInt8] = Array("\u{0627}\u{0644}".utf8)
    static let articleHash = WordHash.of("\u{0627}\u{0644}")

    /// False only when no sentence of the story can hold a cue, so the extractor would find no incident.
    public func mayContainCue(_ story: StoryText) -> Bool {
        mayContainCue(in: story.title, skippingAdMarkers: false) || mayContainCue(in: story.text, skippingAdMarkers: true)
    }

    /// False when no token of `text` can start a cue. `skippingAdMarkers`: the text is a story body,
    /// whose `[ad_N]` markers `ArabicBoilerplate.clean` removes, joining what stood around them.
    public func mayContainCue(in text: String, skippingAdMarkers: Bool) -> Bool {
        if passesEverything { return true }
        var text = text
        return text.withUTF8 { scan($0, skippingAdMarkers: skippingAdMarkers) }
    }

    private func scan(_ b: UnsafeBufferPointer<UInt8>, skippingAdMarkers: Bool) -> Bool {
        // The current run's normalised letters, two bytes each: never more bytes than the text
        // (every cue letter is two bytes in the text too), so one buffer of the text's size.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, b.count)) { buffer in
            scan(b, skippingAdMarkers: skippingAdMarkers, run: buffer)
        }
    }

    private func scan(_ b: UnsafeBufferPointer<UInt8>, skippingAdMarkers: Bool, run buffer: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var runCount = 0
        func run() -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buffer[..<runCount]) }
        // Whether the run began where the tokenizer starts a token (text start or after a break).
        var runIsTokenStart = true
        var afterBreak = true
        var i = 0
        while i < b.count {
            let c = b[i]
            if skippingAdMarkers, c == 0x5B, let end = Self.adMarkerEnd(b, at: i) { i = end; continue }
            var v = UInt32(c), width = 1
            if c >= 0xF0, i + 3 < b.count {
                v = (UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6) | UInt32(b[i + 3] & 0x3F); width = 4
            } else if c >= 0xE0, i + 2 < b.count {
                v = (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F); width = 3
            } else if c >= 0xC0, i + 1 < b.count {
                v = (UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F); width = 2
            }
            i += width
            let k = v < 0x800 ? classes[Int(v)] : classify(v)
            if k == Self.transparent { continue }  // a mark inside a word: the token's normal form skips it
            let isWord = k != Self.breaking
            if k >= Self.letter {
                if runCount == 0 { runIsTokenStart = afterBreak }
                let m = 0x0600 | UInt32(k & 0xFF)
                buffer[runCount] = UInt8(0xC0 | (m >> 6)); buffer[runCount + 1] = UInt8(0x80 | (m & 0x3F))
                runCount += 2
                afterBreak = false
                continue
            }
            // Anything else ends the run; a non-word scalar also ends the token.
            if runCount > 0 {
                if runMatches(run(), wholeToken: runIsTokenStart && !isWord, endsToken: !isWord) { return true }
                // the tokenizer ends a word of three letters or more at a glued figure ("تفجير12"): read the run as ending there too
                if isWord, let d = Unicode.Scalar(v), ArabicTokenizer.isDigit(d), runMatches(run(), wholeToken: runIsTokenStart, endsToken: true) { return true }
                runCount = 0
            }
            afterBreak = !isWord
        }
        return runCount > 0 && runMatches(run(), wholeToken: runIsTokenStart, endsToken: true)
    }

    /// What a scalar is to the scan: ends the token, is skipped inside it (a mark), is part of
    /// it but of no cue, or (`letter | low byte`) a cue letter U+06xx after normalising.
    static let breaking: UInt16 = 0, transparent: UInt16 = 1, otherWord: UInt16 = 2, letter: UInt16 = 0x100

    func classify(_ v: UInt32) -> UInt16 {
        let u = Unicode.Scalar(v) ?? " "
        let isWord = ArabicTokenizer.isWordScalar(u)
        guard let m = ArabicNormalizer.map(u) else { return isWord ? Self.transparent : Self.breaking }
        guard isWord else { return Self.breaking }
        if (0x0600...0x06FF).contains(m.value), alphabet[Int(m.value - 0x0600)] { return Self.letter | UInt16(m.value & 0xFF) }
        return Self.otherWord
    }

    /// The index after an `[ad_…]` marker starting at `i` (closed before the line ends), as
    /// `ArabicBoilerplate.removingAdMarkers` finds them.
    static func adMarkerEnd(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i + 3 < b.count, b[i + 1] == 0x61, b[i + 2] == 0x64, b[i + 3] == 0x5F else { return nil }
        var j = i + 4
        while j < b.count, b[j] != 10 {
            if b[j] == 0x5D { return j + 1 }
            j += 1
        }
        return nil
    }

    /// Whether the run can hold the start of a cue. A run that is a whole token is read exactly
    /// as the tokenizer reads it (`ArabicClitics.forEachReading`). Of a run inside a longer token
    /// only tails from at most `maxStrippedScalars` letters in (alone or after ال) can be readings,
    /// and only when the token ends with the run can a reading equal a first word; `*` words are
    /// looked for at all of those tails. Every letter of a run is two bytes.
    private func runMatches(_ r: UnsafeBufferPointer<UInt8>, wholeToken: Bool, endsToken: Bool) -> Bool {
        let letters = r.count / 2
        func tailMatches(_ o: Int, article: Bool, exact: Bool) -> Bool {
            let tail = UnsafeBufferPointer(rebasing: r[(2 * o)...])
            if exact, isExactLength(tail.count + (article ? Self.article.count : 0)),
               tail.count < 4 || startsFirstWord(tail, article: article),
               isFirstWord(Self.hash(article ? Self.articleHash : WordHash.seed, tail)) { return true }
            for p in prefixWords {
                if article {
                    if p.starts(with: Self.article), tail.starts(with: p[2...]) { return true }
                } else if tail.starts(with: p) { return true }
            }
            return false
        }
        if wholeToken {
            if tailMatches(0, article: false, exact: true) { return true }
            var found = false
            ArabicClitics.forEachReading(count: letters, scalar: { k in
                (UInt32(r[2 * k] & 0x1F) << 6) | UInt32(r[2 * k + 1] & 0x3F)
            }) { from, article in
                if !found, tailMatches(from, article: article, exact: true) { found = true }
            }
            return found
        }
        for o in 0...min(ArabicClitics.maxStrippedScalars, letters - 1) {
            if tailMatches(o, article: false, exact: endsToken) || tailMatches(o, article: true, exact: endsToken) { return true }
        }
        return false
    }

    /// Whether some exact first word starts with the tail's first two letters (after ال when
    /// `article`). Every letter of a run is two bytes of U+06xx.
    @inline(__always) private func startsFirstWord(_ tail: UnsafeBufferPointer<UInt8>, article: Bool) -> Bool {
        let a = ((Int(tail[0] & 0x1F) << 6) | Int(tail[1] & 0x3F)) & 0xFF
        let b = ((Int(tail[2] & 0x1F) << 6) | Int(tail[3] & 0x3F)) & 0xFF
        let p = a << 8 | b
        return (article ? articlePairs : plainPairs)[p >> 6] & (1 << UInt64(p & 63)) != 0
    }

    @inline(__always) private func isExactLength(_ n: Int) -> Bool { n < exactLengths.count && exactLengths[n] }

    @inline(__always) private func isFirstWord(_ h: UInt64) -> Bool {
        bits[Int((h & 0xFFFF) >> 6)] & (1 << (h & 63)) != 0 && firstWords.contains(h)
    }

    /// `WordHash.extend` over bytes.
    @inline(__always) static func hash(_ h0: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = h0
        for b in bytes { h ^= UInt64(b); h = h &* 0x0000_0100_0000_01B3 }
        return h
    }
}
