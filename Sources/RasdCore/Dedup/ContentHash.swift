/// The hash of an item's normalised title and text: same identity with a different content hash
/// means the outlet edited the story (an update to re-extract, not a new story).
public enum ContentHash {
    public static func of(_ item: FeedItem) -> UInt64 {
        of(title: item.title ?? "", text: item.bodyText)
    }

    public static func of(title: String, text: String) -> UInt64 {
        of(titleWords: TextTokens.wordList(title), textWords: TextTokens.wordList(text))
    }

    /// The same hash from words already split by `TextTokens.wordList`.
    public static func of(titleWords: TextTokens.WordList, textWords: TextTokens.WordList) -> UInt64 {
        var h = StableHash.Accumulator()
        titleWords.bytes.withUnsafeBufferPointer { b in
            var start = 0
            for end in titleWords.ends {
                for k in start..<Int(end) { h.add(b[k]) }
                h.add(0x20)
                start = Int(end)
            }
        }
        h.add(0x01)
        textWords.bytes.withUnsafeBufferPointer { b in
            var start = 0
            for end in textWords.ends {
                h.add(0x20)
                for k in start..<Int(end) { h.add(b[k]) }
                start = Int(end)
            }
        }
        return h.finish()
    }

    /// The same hash from words already split by `TextTokens.words` (a story's words are split
    /// once for both this hash and its `TextFingerprint`): the stable hash of the title's words,
    /// a U+0001 word and the text's words, joined by single spaces.
    public static func of(titleWords: [String], textWords: [String]) -> UInt64 {
        var h = StableHash.Accumulator()
        for w in titleWords {
            h.add(w)
            h.add(0x20)
        }
        h.add(0x01)
        for w in textWords {
            h.add(0x20)
            h.add(w)
        }
        return h.finish()
    }
}
