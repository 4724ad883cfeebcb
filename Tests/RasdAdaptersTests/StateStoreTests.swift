import Foundation
import GRDB
import Testing
@testable import RasdAdapters
import RasdCore

@Suite struct StateStoreTests {
    typealias F = StateFixtures

    @Test func stateSurvivesARestart() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let body = try F.text("wire_afp_outlet_a")
        let s = F.story(feed: F.feedA, outlet: "A", guid: "a-1", link: "https://a.example/1", title: "هجوم", body: body)
        do {
            let store = try StateStore(directory: dir.path)
            let (outcome, writes) = try F.ingest(store, feed: F.feedA, s, facts: [F.ied(killed: 3)])
            guard case .new = outcome else { Issue.record("expected new, got \(outcome)"); return }
            #expect(writes.count == 1)
            try store.write { tx in
                var st = try #require(try tx.feedState(url: F.feedA))
                st.etag = "\"v1\""; st.lastModified = "Thu, 25 Jul 2024 10:00:00 GMT"; st.consecutiveFailures = 2
                st.nextPoll = F.t0.addingTimeInterval(300); st.lastError = "timeout"; st.lastErrorCategory = "timeout"
                try tx.putFeedState(st)
            }
        }
        let store = try StateStore(directory: dir.path)
        #expect(store.indexedFingerprints == 1)
        let seen = try store.write { tx in try tx.seen(feedURL: F.feedA, key: s.key) }
        #expect(seen)
        let st = try store.write { tx in try tx.feedState(url: F.feedA) }
        #expect(st?.etag == "\"v1\"")
        #expect(st?.consecutiveFailures == 2)
        #expect(st?.nextPoll == F.t0.addingTimeInterval(300))
        #expect(st?.itemsSeen == 1)
        #expect(st?.incidents == 1)
        // Replaying the same story after the restart is unchanged: no new alert.
        let (again, writes) = try F.ingest(store, feed: F.feedA, s, facts: [F.ied(killed: 3)])
        #expect(again == .unchanged(storyID: 1))
        #expect(writes.isEmpty)
        // The fingerprint index was rebuilt: a copy in another feed is found.
        let copy = F.story(feed: F.feedB, outlet: "B", guid: "b-7", link: "https://b.example/7", title: "عنوان آخر", body: body)
        let (dup, _) = try F.ingest(store, feed: F.feedB, copy, facts: [])
        guard case .duplicate(_, let of, _, let incidents) = dup else { Issue.record("expected duplicate, got \(dup)"); return }
        #expect(of == 1)
        #expect(incidents.count == 1)
    }

    @Test func guidChangeOfTheSameStoryIsNotANewStory() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let store = try StateStore(directory: dir.path)
        let body = try F.text("wire_afp_outlet_a")
        let first = F.story(feed: F.feedA, outlet: "A", guid: "urn:a:1", link: "https://a.example/1", title: "هجوم", body: body)
        try F.ingest(store, feed: F.feedA, first, facts: [F.ied(killed: 3)])
        let regid = F.story(feed: F.feedA, outlet: "A", guid: "urn:a:1-v2", link: "https://a.example/1", title: "هجوم", body: body)
        let (outcome, writes) = try F.ingest(store, feed: F.feedA, regid, facts: [F.ied(killed: 3)])
        guard case .duplicate(_, let of, let distance, _) = outcome else { Issue.record("got \(outcome)"); return }
        #expect(of == 1)
        #expect(distance == 0)
        #expect(writes.isEmpty)
        #expect(try store.counts().pendingOutbox == 1)
    }

    @Test func republishUnderANewURLIsNotANewStory() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let store = try StateStore(directory: dir.path)
        let body = try F.text("wire_afp_outlet_a")
        let first = F.story(feed: F.feedA, outlet: "A", guid: nil, link: "https://a.example/news/1?utm_source=rss",
                            title: "هجوم", body: body, mode: .link)
        try F.ingest(store, feed: F.feedA, first, facts: [F.ied(killed: 3)])
        // Same URL with other tracking parameters: the same key.
        let tracked = F.story(feed: F.feedA, outlet: "A", guid: nil, link: "https://www.a.example/news/1?fbclid=x#top",
                              title: "هجوم", body: body, mode: .link)
        #expect(tracked.key == first.key)
        let (same, _) = try F.ingest(store, feed: F.feedA, tracked, facts: [])
        #expect(same == .unchanged(storyID: 1))
        // Republished at a new address.
        let moved = F.story(feed: F.feedA, outlet: "A", guid: nil, link: "https://a.example/news/2024/07/25/attack",
                            title: "هجوم", body: body, mode: .link)
        let (outcome, _) = try F.ingest(store, feed: F.feedA, moved, facts: [F.ied(killed: 3)])
        guard case .duplicate = outcome else { Issue.record("got \(outcome)"); return }
    }

    @Test func wireCopyInTwoOutletsIsOneStoryWithTwoSources() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let store = try StateStore(directory: dir.path)
        let a = F.story(feed: F.feedA, outlet: "A", guid: "a-1", link: "https://a.example/1", title: "مقتل ثلاثة جنود",
                        body: try F.text("wire_afp_outlet_a"))
        let b = F.story(feed: F.feedB, outlet: "B", guid: "b-1", link: "https://b.example/1", title: "هجوم في الأنبار",
                        body: try F.text("wire_afp_outlet_b"))
        let (_, writes) = try F.ingest(store, feed: F.feedA, a, facts: [F.ied(killed: 3)])
        let id = try #require(writes.first?.incident.id)
        let (outcome, bWrites) = try F.ingest(store, feed: F.feedB, b, facts: [F.ied(killed: 3)])
        guard case .duplicate(let storyID, let of, _, let incidents) = outcome else { Issue.record("got \(outcome)"); return }
        #expect(incidents == [id])
        #expect(bWrites.isEmpty)
        let group = try store.write { tx in (try tx.groupID(storyID: storyID), try tx.sources(group: try tx.groupID(storyID: of)!)) }
        #expect(group.0 == of)
        #expect(group.1.map(\.outlet) == ["A", "B"])
        let inc = try #require(try store.incident(id: id))
        #expect(inc.revision == 1)
        #expect(inc.sources.map(\.url) == ["https://a.example/1", "https://b.example/1"])
        #expect(try store.counts().pendingOutbox == 1)
    }

    @Test func sameAttackTwoWordingsRisingTollIsOneIncidentRevisionTwo() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let store = try StateStore(directory: dir.path)
        let a = F.story(feed: F.feedA, outlet: "A", guid: "a-1", link: "https://a.example/1", title: "مقتل ثلاثة جنود",
                        body: try F.text("wire_afp_outlet_a"))
        let b = F.story(feed: F.feedB, outlet: "B", guid: "b-1", link: "https://b.example/1", title: "ارتفاع الحصيلة",
                        body: try F.text("own_report_same_attack"))
        let (_, w1) = try F.ingest(store, feed: F.feedA, a, facts: [F.ied(killed: 3)])
        let (outcome, w2) = try F.ingest(store, feed: F.feedB, b, facts: [F.ied(killed: 5)], now: F.t0.addingTimeInterval(3600))
        guard case .new = outcome else { Issue.record("different wording must not be a text duplicate: \(outcome)"); return }
        guard case .revised(let inc) = try #require(w2.first) else { Issue.record("expected a revision: \(w2)"); return }
        #expect(inc.id == w1.first?.incident.id)
        #expect(inc.revision == 2)
        #expect(inc.sources.map(\.outlet) == ["A", "B"])
        #expect(inc.facts.casualties.killed.min == 3)
        #expect(inc.facts.casualties.killed.max == 5)
        let c = try store.counts()
        #expect(c.incidents == 1)
        #expect(c.pendingOutbox == 2)
        let revisions = try store.write { tx in try tx.revisions(incidentID: inc.id) }
        #expect(revisions.map(\.revision) == [1, 2])
        let pending = try store.write { tx in try tx.pendingOutbox() }
        #expect(pending.map(\.fileName) == ["20240725T100000Z-\(inc.id)-r1.json", "20240725T100000Z-\(inc.id)-r2.json"])
    }

    @Test func twoAttacksSameDaySameGovernorateAreTwoIncidents() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let store = try StateStore(directory: dir.path)
        let a = F.story(feed: F.feedA, outlet: "A", guid: "a-1", link: "https://a.example/1", title: "عبوة",
                        body: try F.text("wire_afp_outlet_a"))
        let b = F.story(feed: F.feedA, outlet: "A", guid: "a-2", link: "https://a.example/2", title: "مسلحون",
                        body: try F.text("other_attack_same_day"))
        try F.ingest(store, feed: F.feedA, a, facts: [F.ied(killed: 3)])
        // Also an IED in another town of the governorate the same day: still apart.
        var qaimIED = F.ied(killed: 1); qaimIED.location = F.qaim
        let (_, writes) = try F.ingest(store, feed: F.feedA, b, facts: [F.shooting(), qaimIED])
        #expect(writes.count == 2)
        #expect(writes.allSatisfy { if case .created = $0 { true } else { false } })
        #expect(try store.counts().incidents == 3)
    }

    @Test func editedStoryIsAnUpdateAndOnlyChangedFactsMakeARevision() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let store = try StateStore(directory: dir.path)
        let body = try F.text("wire_afp_outlet_a")
        let v1 = F.story(feed: F.feedA, outlet: "A", guid: "a-1", link: "https://a.example/1", title: "هجوم", body: body)
        let (_, w1) = try F.ingest(store, feed: F.feedA, v1, facts: [F.ied(killed: 3)])
        let v2 = F.story(feed: F.feedA, outlet: "A", guid: "a-1", link: "https://a.example/1", title: "هجوم",
                         body: body + "\nوأفاد مصدر طبي بأن حالة اثنين من الجرحى خطرة.")
        let (o2, w2) = try F.ingest(store, feed: F.feedA, v2, facts: [F.ied(killed: 3)])
        #expect(o2 == .updated(storyID: 1, groupID: 1))
        guard case .sourceAdded(let same) = try #require(w2.first) else { Issue.record("got \(w2)"); return }
        #expect(same.revision == 1)
        let v3 = F.story(feed: F.feedA, outlet: "A", guid: "a-1", link: "https://a.example/1", title: "هجوم",
                         body: body.replacingOccurrences(of: "ثلاثة جنود", with: "أربعة جنود"))
        let (_, w3) = try F.ingest(store, feed: F.feedA, v3, facts: [F.ied(killed: 4)])
        guard case .revised(let r) = try #require(w3.first) else { Issue.record("got \(w3)"); return }
        #expect(r.id == w1.first?.incident.id)
        #expect(r.revision == 2)
        #expect(r.sources.count == 1)
    }

    @Test func outboxMarksPersist() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let s = F.story(feed: F.feedA, outlet: "A", guid: "a-1", link: "https://a.example/1", title: "هجوم",
                        body: try F.text("wire_afp_outlet_a"))
        do {
            let store = try StateStore(directory: dir.path)
            try F.ingest(store, feed: F.feedA, s, facts: [F.ied(killed: 3)])
            let pending = try store.write { tx in try tx.pendingOutbox() }
            #expect(pending.count == 1)
            #expect(pending.first?.incident.facts == F.ied(killed: 3))
            try store.write { tx in try tx.markDelivered(incidentID: pending[0].incidentID, revision: 1, at: F.t0) }
        }
        let store = try StateStore(directory: dir.path)
        #expect(try store.write { tx in try tx.pendingOutbox() }.isEmpty)
    }

    @Test func failedTransactionLeavesNoTrace() throws {
        struct Boom: Error {}
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let store = try StateStore(directory: dir.path)
        let body = try F.text("wire_afp_outlet_a")
        let s = F.story(feed: F.feedA, outlet: "A", guid: "a-1", link: "https://a.example/1", title: "هجوم", body: body)
        #expect(throws: Boom.self) {
            try store.write { tx in _ = try tx.observe(feedURL: F.feedA, s, now: F.t0); throw Boom() }
        }
        #expect(store.indexedFingerprints == 0)
        let (outcome, _) = try F.ingest(store, feed: F.feedA, s, facts: [])
        guard case .new = outcome else { Issue.record("got \(outcome)"); return }
        #expect(store.indexedFingerprints == 1)
    }

    @Test func retentionPrunesOldKeysButKeepsThoseStillInTheFeed() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let store = try StateStore(directory: dir.path)
        let old = F.story(feed: F.feedA, outlet: "A", guid: "a-old", link: "https://a.example/old", title: "قديم",
                          body: try F.text("wire_afp_outlet_a"))
        let lingering = F.story(feed: F.feedA, outlet: "A", guid: "a-linger", link: "https://a.example/linger",
                                title: "باق", body: try F.text("other_attack_same_day"))
        let fresh = F.story(feed: F.feedA, outlet: "A", guid: "a-new", link: "https://a.example/new", title: "جديد",
                            body: try F.text("own_report_same_attack"), seen: F.t0.addingTimeInterval(40 * 86400))
        try F.ingest(store, feed: F.feedA, old, facts: [])
        try F.ingest(store, feed: F.feedA, lingering, facts: [])
        try F.ingest(store, feed: F.feedA, fresh, facts: [], now: F.t0.addingTimeInterval(40 * 86400))
        #expect(store.indexedFingerprints == 3)
        let horizon = F.t0.addingTimeInterval(10 * 86400)
        let deleted = try store.write { tx in try tx.prune(olderThan: horizon, keep: [F.feedA: [lingering.key]]) }
        #expect(deleted == 1)
        #expect(store.indexedFingerprints == 2)
        let seen = try store.write { tx in
            (try tx.seen(feedURL: F.feedA, key: old.key), try tx.seen(feedURL: F.feedA, key: lingering.key),
             try tx.seen(feedURL: F.feedA, key: fresh.key))
        }
        #expect(seen == (false, true, true))
    }
}

@Suite struct StateIncidentPassTests {
    typealias F = StateFixtures

    @Test func twoEventsOfOneStoryStayTwoIncidents() throws {
        let dir = try StateTempDir(); defer { dir.cleanup() }
        let store = try StateStore(directory: dir.path)
        let s = F.story(feed: F.feedA, outlet: "A", guid: "a-1", link: "https://a.example/1", title: "تفجيران",
                        body: try F.text("wire_afp_outlet_a"))
        // The extractor reported two blasts in Ramadi that day: it knows they are distinct.
        let (_, writes) = try F.ingest(store, feed: F.feedA, s, facts: [F.ied(killed: 3), F.ied(killed: 2)])
        #expect(Set(writes.map(\.incident.id)).count == 2)
        // A later story about the same day's blasts joins one of them, not both into one.
        let later = F.story(feed: F.feedB, outlet: "B", guid: "b-1", link: "https://b.example/1", title: "حصيلة",
                            body: try F.text("own_report_same_attack"))
        let (_, more) = try F.ingest(store, feed: F.feedB, later, facts: [F.ied(killed: 3)])
        #expect(more.count == 1)
        #expect(writes.map(\.incident.id).contains(more[0].incident.id))
        #expect(try store.counts().incidents == 2)
    }
}
