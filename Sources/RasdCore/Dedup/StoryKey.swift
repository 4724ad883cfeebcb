/// The identity of a story within one feed, as stored in the state: "have we seen this item?"
/// is a lookup of this key. The prefix says which rule produced it, so a key from a GUID can never
/// collide with a key from a link.
public struct StoryKey: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The item's GUID / Atom id as published.
        case guid
        /// GUID plus canonical link, for feeds that reuse GUIDs for different items.
        case guidLink = "guid+link"
        /// The canonical link.
        case link
        /// Hash of the normalised title and text, for items with neither GUID nor link.
        case text
    }

    public var kind: Kind
    public var value: String

    public init(kind: Kind, value: String) { self.kind = kind; self.value = value }

    /// `kind:value`, the form stored in the database.
    public var description: String { kind.rawValue + ":" + value }

    /// Parses the stored form back; nil for a string without a known prefix.
    public init?(stored: String) {
        guard let colon = stored.firstIndex(of: ":"), let kind = Kind(rawValue: String(stored[..<colon])) else {
            return nil
        }
        self.kind = kind
        self.value = String(stored[stored.index(after: colon)...])
    }
}
