import Foundation
import RasdAdapters
import RasdCore

/// What a poll's child task makes of a fetched body before the result reaches the serial part of
/// the cycle: the parsed feed and each item's identity (key, content hash, fingerprint — a third
/// of a first cycle's CPU). Done in the task group's children, so it runs on every core while the
/// cycle's task holds the state store's write transaction for an earlier feed. Pure: nothing is
/// written, so a crash here loses nothing.
struct PreparedPoll: Sendable {
    var parsed: Result<Feed, any Error>
    /// Identities for the mode the feed would be read in from the default mode; the store
    /// recomputes them when the feed's stored mode turns out different.
    var identity: PreparedIdentity?

    static func prepare(_ result: FeedPollResult, feed: FeedConfig, parsing: any FeedParsing) -> PreparedPoll? {
        guard case .fetched(let body, let contentType, let finalURL, _, _) = result else { return nil }
        let parsed = Result<Feed, any Error> { try parsing.parse(body, contentType: contentType, baseURL: finalURL) }
        guard case .success(let f) = parsed else { return PreparedPoll(parsed: parsed, identity: nil) }
        return PreparedPoll(parsed: parsed, identity: PreparedIdentity(items: f.items, feed: feed))
    }
}

/// The identities of a feed's items, in item order, for one identity mode.
struct PreparedIdentity: Sendable {
    var mode: StoryIdentity.Mode
    var observations: [StoryObservation]

    init(items: [FeedItem], feed: FeedConfig) {
        let mode = FeedIdentityPolicy().decide(items: items, current: FeedState(url: feed.url).identityMode).mode
        self.mode = mode
        // `seen` and the offset do not enter an observation; the story proper is made later.
        observations = items.map {
            StoryObservation(story: Story(feedID: feed.id, outlet: feed.outlet, item: $0, seen: Date(timeIntervalSince1970: 0),
                                          utcOffsetSeconds: 0),
                             feedURL: feed.url, mode: mode)
        }
    }

    /// The prepared observation of story `i` when the store decided the same mode.
    func observation(_ i: Int, mode: StoryIdentity.Mode) -> StoryObservation? {
        mode == self.mode && i < observations.count ? observations[i] : nil
    }
}
