/// Decides, from one fetched batch, which identity mode a feed needs. Some feeds leave GUIDs
/// empty or give every item the same GUID (or reuse them for new items); keying those by GUID
/// would drop real stories as "seen". The downgrade is one-way and sticky (stored per feed), so a
/// feed does not flap between modes and re-key its items each cycle.
///
/// - no GUID problem: keep the current mode;
/// - some items share a GUID (at most `threshold` of them): GUID + link;
/// - GUIDs empty or repeated for more than `threshold` of the items: link.
public struct FeedIdentityPolicy: Sendable, Equatable {
    /// Fraction of items with empty or repeated GUIDs above which a feed switches to link identity.
    public var threshold: Double

    public init(threshold: Double = 0.05) { self.threshold = threshold }

    public struct Decision: Sendable, Equatable {
        public var mode: StoryIdentity.Mode
        /// True only on the batch where the mode changed, so the caller logs it once.
        public var downgraded: Bool
        /// Items with an empty or missing GUID, and items whose GUID another item in the batch has.
        public var emptyGUIDs: Int
        public var repeatedGUIDs: Int
    }

    public func decide(items: [FeedItem], current: StoryIdentity.Mode) -> Decision {
        var counts: [String: Int] = [:]
        var empty = 0
        for item in items {
            let g = item.id?.trimmingWhitespace() ?? ""
            if g.isEmpty { empty += 1 } else { counts[g, default: 0] += 1 }
        }
        let repeated = counts.values.filter { $0 > 1 }.reduce(0, +)
        var wanted = StoryIdentity.Mode.guid
        if !items.isEmpty {
            let bad = Double(empty + repeated) / Double(items.count)
            if bad > threshold { wanted = .link } else if repeated > 0 { wanted = .guidAndLink }
        }
        let mode = wanted.strictness > current.strictness ? wanted : current
        return Decision(mode: mode, downgraded: mode != current, emptyGUIDs: empty, repeatedGUIDs: repeated)
    }
}
