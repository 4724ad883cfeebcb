/// Computes story keys for the items of one feed under the feed's identity mode.
///
/// Per item, the first rule that applies wins:
/// - mode `.guid`: the GUID; an item without one falls through to its link;
/// - mode `.guidAndLink`: GUID + canonical link (items without a GUID fall through);
/// - mode `.link` (and the fall-through): the canonical link;
/// - neither GUID nor link: a hash of the normalised title and text.
public enum StoryIdentity {
    public enum Mode: String, Sendable, Equatable, Codable, CaseIterable {
        case guid
        case guidAndLink = "guid+link"
        case link

        /// How far a mode has been downgraded; the policy never moves back up.
        var strictness: Int {
            switch self {
            case .guid: return 0
            case .guidAndLink: return 1
            case .link: return 2
            }
        }
    }

    public static func key(for item: FeedItem, mode: Mode) -> StoryKey {
        let guid = item.id?.trimmingWhitespace() ?? ""
        let link = item.link.map(CanonicalURL.canonical) ?? ""
        switch mode {
        case .guid where !guid.isEmpty:
            return StoryKey(kind: .guid, value: guid)
        case .guidAndLink where !guid.isEmpty:
            return StoryKey(kind: .guidLink, value: guid + " " + link)
        default:
            break
        }
        if !link.isEmpty { return StoryKey(kind: .link, value: link) }
        if !guid.isEmpty { return StoryKey(kind: .guid, value: guid) }
        return StoryKey(kind: .text, value: StableHash.hex(ContentHash.of(item)))
    }
}

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
