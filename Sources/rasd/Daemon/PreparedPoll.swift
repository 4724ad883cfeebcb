import Foundation
import RasdAdapters
import RasdCore

/// What a poll's child task makes of a fetched body before the result reaches the serial part of
/// the cycle: the parsed feed, its stories, each story's identity (key, content hash, fingerprint)
/// and the incidents extracted from each story the store does not already hold — together nearly
/// all of a first cycle's CPU. Done in the task group's children, so it runs on every core while
/// the cycle's task holds the state store's write transaction for an earlier feed.
///
/// Nothing is written here, so a crash loses nothing. The store is only *read* (the feed's
/// identity mode, the stored content hashes of the stories' keys, the committed fingerprint
/// index); the write transaction decides again, and extracts inline any story whose facts were
/// not prepared, so a stale read costs time, never correctness.
struct PreparedPoll: Sendable {
    /// The time the poll is recorded at (stories' `seen`, the feed's schedule, incidents).
    var now: Date
    var parsed: Result<Feed, any Error>
    var stories: [Story] = []
    /// Identities for the mode the store held when the poll was read.
    var identity: PreparedIdentity?
    /// Extracted facts by story index; nil where the story looked unchanged or a copy.
    var facts: [[IncidentFacts]?] = []

    /// Everything the write transaction needs, for a fetched result; nil for any other result.
    static func prepare(_ result: FeedPollResult, feed: FeedConfig, now: Date, stages: PreparationStages) -> PreparedPoll? {
        guard case .fetched(let body, let contentType, let finalURL, _, _) = result else { return nil }
        let parsed = Result<Feed, any Error> { try stages.parsing.parse(body, contentType: contentType, baseURL: finalURL) }
        var prepared = PreparedPoll(now: now, parsed: parsed)
        guard case .success(let f) = parsed else { return prepared }
        let offset = feed.timeZone.flatMap(TimeZone.init(identifier:))?.secondsFromGMT(for: now) ?? 0
        prepared.stories = f.items.map {
            Story(feedID: feed.id, outlet: feed.outlet, item: $0, seen: now, utcOffsetSeconds: offset)
        }
        let storedMode = (try? stages.store.identityMode(feedURL: feed.url)) ?? nil
        let identity = PreparedIdentity(stories: prepared.stories, feed: feed, storedMode: storedMode ?? .guid)
        prepared.identity = identity
        let needed = (try? stages.store.needsExtraction(feedURL: feed.url, identity.observations))
            ?? Array(repeating: false, count: prepared.stories.count)
        prepared.facts = zip(prepared.stories, needed).map { story, needs in
            needs ? stages.extracting.extract(story) : nil
        }
        return prepared
    }
}

/// The stages a poll's child task uses: all safe to call from any task.
struct PreparationStages: Sendable {
    var parsing: any FeedParsing
    var extracting: any StoryExtracting
    var store: any DaemonStore
}

/// The identities of a feed's stories, in story order, for one identity mode.
struct PreparedIdentity: Sendable {
    var mode: StoryIdentity.Mode
    var observations: [StoryObservation]

    init(stories: [Story], feed: FeedConfig, storedMode: StoryIdentity.Mode) {
        let mode = FeedIdentityPolicy().decide(items: stories.map(\.item), current: storedMode).mode
        self.mode = mode
        observations = stories.map { StoryObservation(story: $0, feedURL: feed.url, mode: mode) }
    }

    /// The prepared observation of story `i` when the store decided the same mode.
    func observation(_ i: Int, mode: StoryIdentity.Mode) -> StoryObservation? {
        mode == self.mode && i < observations.count ? observations[i] : nil
    }
}
