import ArgumentParser
import Foundation
import RasdAdapters
import RasdCore

/// `rasd dedup-eval bench`: fills a real state database with stories (keys, canonical links,
/// fingerprints) through the daemon's own write path, then times near-duplicate lookups.
/// Run by `Benchmarks/dedup/run.sh` on a release build.
struct DedupBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Near-duplicate lookup latency and state size (development).")

    @Option(help: "State directory (created; must not hold a database yet).") var dir: String
    @Option(help: "Stories to store.") var stories = 1_000_000
    @Option(help: "Lookups to time.") var lookups = 20_000
    @Option(help: "Feeds the stories are spread over.") var feeds = 200
    @Option(help: "Random seed.") var seed: UInt64 = 1

    func run() throws {
        var rng = BenchRandom(seed: seed)
        let t0 = DispatchTime.now()
        var store: StateStore? = try StateStore(directory: dir)
        // Half the fingerprints uniform, half clustered around topics (same-topic news texts share bits).
        let centers = (0..<5_000).map { _ in rng.next() }
        var sample: [UInt64] = []
        let base = Date(timeIntervalSince1970: 1_721_900_000)
        var i = 0
        while i < stories {
            let end = min(stories, i + 1_000)
            try store!.write { tx in
                for n in i..<end {
                    let fp = n % 2 == 0 ? rng.next() : flip(centers[Int(rng.next() % 5_000)], bits: 16, &rng)
                    if n % (max(1, stories / 10_000)) == 0 { sample.append(fp) }
                    let feed = "https://outlet\(n % feeds).example/rss"
                    let (key, link) = keyAndLink(n, &rng)
                    let obs = StoryObservation(
                        key: key, canonicalURL: link, contentHash: rng.next(), fingerprint: fp,
                        source: Source(outlet: "outlet\(n % feeds)", feed: feed, url: link))
                    _ = try tx.observe(feedURL: feed, obs, now: base.addingTimeInterval(Double(n) * 2.5))
                }
            }
            i = end
        }
        try store!.checkpoint()
        let fill = seconds(since: t0)

        // Reopen: time the index rebuild a daemon restart pays.
        store = nil
        let t1 = DispatchTime.now()
        let reopened = try StateStore(directory: dir)
        let reopen = seconds(since: t1)

        var queries: [UInt64] = []
        for q in 0..<lookups {
            if q % 2 == 0, !sample.isEmpty {
                queries.append(flip(sample[Int(rng.next() % UInt64(sample.count))], bits: Int(rng.next() % 6), &rng))
            } else {
                queries.append(rng.next())
            }
        }
        var indexTimes: [UInt64] = []
        var hits = 0
        for q in queries {
            let s = DispatchTime.now().uptimeNanoseconds
            let m = reopened.nearestIndexed(q)
            indexTimes.append(DispatchTime.now().uptimeNanoseconds - s)
            if m != nil { hits += 1 }
        }
        let txTimes = try reopened.write { tx -> [UInt64] in
            var times: [UInt64] = []
            for q in queries {
                let s = DispatchTime.now().uptimeNanoseconds
                _ = try tx.findNearDuplicate(q)
                times.append(DispatchTime.now().uptimeNanoseconds - s)
            }
            return times
        }
        let db = (dir as NSString).appendingPathComponent(StateStore.fileName)
        var bytes: UInt64 = 0
        for suffix in ["", "-wal", "-shm"] {
            let attrs = try? FileManager.default.attributesOfItem(atPath: db + suffix)
            bytes += (attrs?[.size] as? NSNumber)?.uint64Value ?? 0
        }
        let mem = memoryStatus()
        print("stories stored: \(reopened.indexedFingerprints) fingerprints in \(stories) stories over \(feeds) feeds")
        print(String(format: "fill: %.1f s (%.0f stories/s through StateTransaction.observe)", fill, Double(stories) / fill))
        print(String(format: "reopen (quick_check + index rebuild): %.2f s", reopen))
        print("lookups: \(queries.count) (\(hits) hits within \(HammingIndex.defaultMaxDistance) bits)")
        print("in-memory index lookup: " + percentiles(indexTimes))
        print("findNearDuplicate in a write transaction: " + percentiles(txTimes))
        print(String(format: "database size: %.1f MB (rasd.sqlite + wal + shm)", Double(bytes) / 1_048_576))
        print("process memory: VmRSS \(mem.rss) kB, VmHWM (peak) \(mem.peak) kB")
    }

    func keyAndLink(_ n: Int, _ rng: inout BenchRandom) -> (StoryKey, String) {
        let day = 1 + n % 28
        switch n % 3 {
        case 0:  // numeric article ids
            let link = "https://outlet\(n % feeds).example/ar/middle-east/2024/07/\(day)/\(10_000_000 + n)"
            return (StoryKey(kind: .link, value: link), link)
        case 1:  // percent-encoded Arabic slug (the longest links in the corpus)
            let words = ["%D9%85%D9%82%D8%AA%D9%84", "%D8%AB%D9%84%D8%A7%D8%AB%D8%A9", "%D9%81%D9%8A",
                         "%D9%87%D8%AC%D9%88%D9%85", "%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF"]
            let slug = (0..<5).map { _ in words[Int(rng.next() % 5)] }.joined(separator: "-")
            let link = "https://outlet\(n % feeds).example/ar/2024/07/\(day)/\(slug)-\(n)"
            return (StoryKey(kind: .guid, value: link), link)
        default:  // opaque GUIDs plus a short link
            let guid = "tag:outlet\(n % feeds).example,2024:" + StableHash.hex(rng.next())
            return (StoryKey(kind: .guid, value: guid), "https://outlet\(n % feeds).example/a/\(n)")
        }
    }
}

struct BenchRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return StableHash.mix(state)
    }
}

private func flip(_ fp: UInt64, bits: Int, _ rng: inout BenchRandom) -> UInt64 {
    var out = fp
    var done = Set<UInt64>()
    while done.count < bits {
        let b = rng.next() % 64
        if done.insert(b).inserted { out ^= 1 << b }
    }
    return out
}

private func seconds(since t: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e9
}

private func percentiles(_ ns: [UInt64]) -> String {
    let s = ns.sorted()
    func p(_ q: Double) -> Double { Double(s[min(s.count - 1, Int(Double(s.count) * q))]) / 1000 }
    return String(format: "p50 %.1f µs, p90 %.1f µs, p99 %.1f µs, max %.1f µs", p(0.5), p(0.9), p(0.99), Double(s.last ?? 0) / 1000)
}

private func memoryStatus() -> (rss: Int, peak: Int) {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
    func field(_ name: String) -> Int {
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
        }
        return 0
    }
    return (field("VmRSS"), field("VmHWM"))
}
