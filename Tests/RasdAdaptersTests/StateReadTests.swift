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
