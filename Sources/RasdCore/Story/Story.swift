import Foundation

/// A feed item placed in context (which feed and outlet, when seen): the unit of identity,
/// dedup and extraction.
public struct Story: Sendable, Equatable {
    public var feedID: String
    public var outlet: String
    public var item: FeedItem
    /// When rasd first saw it (the fetch time); never used as the event date.
    public var seen: Date
    /// The outlet's UTC offset in seconds, for resolving "today"/"yesterday" in its text.
    public var utcOffsetSeconds: Int

    public init(feedID: String, outlet: String, item: FeedItem, seen: Date, utcOffsetSeconds: Int = 0) {
        self.feedID = feedID; self.outlet = outlet; self.item = item; self.seen = seen
        self.utcOffsetSeconds = utcOffsetSeconds
    }
}
