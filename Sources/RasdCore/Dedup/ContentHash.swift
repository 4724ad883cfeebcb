/// The hash of an item's normalised title and text: same identity with a different content hash
/// means the outlet edited the story (an update to re-extract, not a new story).
public enum ContentHash {
    public static func of(_ item: FeedItem) -> UInt64 {
        of(title: item.title ?? "", text: item.bodyText)
    }

    public static func of(title: String, text: String) -> UInt64 {
        let words = TextTokens.words(title) + ["\u{1}"] + TextTokens.words(text)
        return StableHash.hash(words.joined(separator: " "))
    }
}
