import Foundation
import GRDB
import Testing
@testable import RasdAdapters
import RasdCore

/// The reads a poll makes before its feed's write transaction (to skip extracting stories the
/// store already holds), and the durability settings of the writer.
@Suite struct StateReadTests {
    typealias F = StateFixtures

    @Test func contentHashesAreThoseOfStoredKeysInKeyOrder() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let store = try StateStore(directory: dir.path)
        let a = F.story(feed: F.feedA, outlet: "A", guid: "a-1", link: "https://a.example/1", title: "هجوم",
                        body: try F.text("wire_afp_outlet_a"))
        let other = F.story(feed: F.feedA, outlet: "A", guid: "a-2", link: "https://a.example/2", title: "خبر", body: "نص")
        // A feed never stored: every key unknown.
        #expect(try store.contentHashes(feedURL: F.feedA, keys: [a.key, other.key]) == [nil, nil])
        try F.ingest(store, feed: F.feedA, a, facts: [])
        #expect(try store.contentHashes(feedURL: F.feedA, keys: [other.key, a.key]) == [nil, a.contentHash])
        // Keys are per feed: the same key in another feed is unknown.
        #expect(try store.contentHashes(feedURL: F.feedB, keys: [a.key]) == [nil])
    }

    @Test func identityModeIsTheStoredOne() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let store = try StateStore(directory: dir.path)
        #expect(try store.identityMode(feedURL: F.feedA) == nil)
        try store.write { tx in
            var s = FeedState(url: F.feedA)
            s.identityMode = .link
            try tx.putFeedState(s)
        }
        #expect(try store.identityMode(feedURL: F.feedA) == .link)
        #expect(try store.identityMode(feedURL: F.feedB) == nil)
    }

    @Test func readsSeeOnlyCommittedWrites() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let store = try StateStore(directory: dir.path)
        let a = F.story(feed: F.feedA, outlet: "A", guid: "a-1", link: "https://a.example/1", title: "هجوم",
                        body: try F.text("wire_afp_outlet_a"))
        struct Rollback: Error {}
        var seenInside: [UInt64?] = []
        #expect(throws: Rollback.self) {
            try store.write { tx in
                _ = try tx.observe(feedURL: F.feedA, a, now: F.t0)
                seenInside = try store.contentHashes(feedURL: F.feedA, keys: [a.key])
                throw Rollback()
            }
        }
        #expect(seenInside == [nil])
        #expect(try store.contentHashes(feedURL: F.feedA, keys: [a.key]) == [nil])
        #expect(store.nearestIndexed(try #require(a.fingerprint)) == nil)
    }

    @Test func writerUsesWALWithNormalSync() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let store = try StateStore(directory: dir.path)
        let (mode, sync) = try store.write { tx in
            (try String.fetchOne(tx.db, sql: "PRAGMA journal_mode"), try Int.fetchOne(tx.db, sql: "PRAGMA synchronous"))
        }
        #expect(mode == "wal")
        #expect(sync == 1)  // NORMAL
    }

    @Test func makeDurableSyncsTheLog() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let store = try StateStore(directory: dir.path)
        let s = F.story(feed: F.feedA, outlet: "A", guid: "a-1", link: "https://a.example/1", title: "هجوم",
                        body: try F.text("wire_afp_outlet_a"))
        try F.ingest(store, feed: F.feedA, s, facts: [F.ied(killed: 3)])
        #expect(FileManager.default.fileExists(atPath: dir.database + "-wal"))
        #expect(throws: Never.self) { try store.makeDurable() }
        // After a truncating checkpoint the log is empty: nothing to sync, no error.
        try store.checkpoint()
        #expect(throws: Never.self) { try store.makeDurable() }
        #expect(try store.contentHashes(feedURL: F.feedA, keys: [s.key]) == [s.contentHash])
    }
}

/// The fingerprint index is built on first use: writes that do not observe stories leave it
/// unbuilt, and building it later sees every commit, including those made while it was unbuilt.
@Suite struct StateLazyIndexTests {
    typealias F = StateFixtures

    static func story(_ n: Int, text: String) -> StoryObservation {
        F.story(feed: F.feedA, outlet: "A", guid: "a-\(n)", link: "https://a.example/\(n)", title: "خبر \(n)", body: text)
    }

    @Test func indexIsBuiltOnFirstUseAndSeesEveryCommit() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let wire = Self.story(1, text: try F.text("wire_afp_outlet_a"))
        let own = Self.story(2, text: try F.text("own_report_same_attack"))
        do {
            let store = try StateStore(directory: dir.path)
            try F.ingest(store, feed: F.feedA, wire, facts: [])
        }
        let store = try StateStore(directory: dir.path)
        #expect(!store.isIndexBuilt)
        // Schedules and outbox marks do not build it.
        try store.write(indexed: false) { tx in try tx.putFeedState(FeedState(url: F.feedB)) }
        #expect(!store.isIndexBuilt)
        // A story committed without the index built (as a non-observing write would) is found
        // once it is built.
        try store.write(indexed: false) { tx in _ = try tx.observe(feedURL: F.feedA, own, now: F.t0) }
        #expect(!store.isIndexBuilt)
        #expect(store.nearestIndexed(try #require(own.fingerprint))?.distance == 0)
        #expect(store.isIndexBuilt)
        #expect(store.indexedFingerprints == 2)
        // Built: later commits are applied to it.
        let other = Self.story(3, text: try F.text("other_attack_same_day"))
        try F.ingest(store, feed: F.feedA, other, facts: [])
        #expect(store.indexedFingerprints == 3)
        #expect(store.nearestIndexed(try #require(wire.fingerprint))?.distance == 0)
    }

    @Test func aCopyIsFoundAfterARestartWithoutAnyRead() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let a = F.story(feed: F.feedA, outlet: "A", guid: "a-1", link: "https://a.example/1", title: "هجوم",
                        body: try F.text("wire_afp_outlet_a"))
        let b = F.story(feed: F.feedB, outlet: "B", guid: "b-1", link: "https://b.example/1", title: "هجوم",
                        body: try F.text("wire_afp_outlet_b"))
        do { try F.ingest(try StateStore(directory: dir.path), feed: F.feedA, a, facts: []) }
        let store = try StateStore(directory: dir.path)
        let (outcome, _) = try F.ingest(store, feed: F.feedB, b, facts: [])
        guard case .duplicate = outcome else { Issue.record("expected a duplicate, got \(outcome)"); return }
    }
}
