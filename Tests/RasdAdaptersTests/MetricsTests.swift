import Foundation
import Testing
@testable import RasdAdapters

@Suite struct MetricsTests {
    func sample() -> CycleMetrics {
        var total = CycleMetrics()
        var cycle = CycleMetrics()
        cycle.fetches = ["ok": 3, "not_modified": 5, "timeout": 1]
        cycle.items = 40; cycle.stories = 7; cycle.duplicates = 2; cycle.incidentsNew = 2; cycle.incidentsRevised = 1
        cycle.lastCycleSeconds = 1.25; cycle.lastCycleEnd = 1_700_000_000; cycle.failingFeeds = 1; cycle.feeds = 9
        total.add(cycle)
        cycle.fetches = ["ok": 1]
        total.add(cycle)
        return total
    }

    @Test func rendersCountersAndGauges() {
        let text = PrometheusTextfile.render(sample())
        #expect(text.contains("# TYPE rasd_fetches_total counter\n"))
        #expect(text.contains("rasd_fetches_total{result=\"not_modified\"} 5\nrasd_fetches_total{result=\"ok\"} 4\nrasd_fetches_total{result=\"timeout\"} 1\n"))
        #expect(text.contains("\nrasd_items_total 80\n"))
        #expect(text.contains("\nrasd_stories_total 14\n"))
        #expect(text.contains("\nrasd_duplicates_total 4\n"))
        #expect(text.contains("rasd_incidents_total{kind=\"new\"} 4\nrasd_incidents_total{kind=\"revised\"} 2\n"))
        #expect(text.contains("\nrasd_cycle_duration_seconds 1.25\n"))
        #expect(text.contains("\nrasd_failing_feeds 1\n"))
        #expect(text.contains("\nrasd_cycles_total 2\n"))
        #expect(text.hasSuffix("\n"))
    }

    @Test func everySampleLineIsWellFormed() {
        for line in PrometheusTextfile.render(sample()).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            #expect(parts.count == 2, "\(line)")
            #expect(Double(parts[1]) != nil, "\(line)")
            #expect(parts[0].hasPrefix("rasd_"))
        }
    }

    @Test func writeReplacesTheFileAtomically() throws {
        let dir = OutboxTempDir("metrics"); defer { dir.remove() }
        let path = dir.path + "/rasd.prom"
        #expect(PrometheusTextfile.write("old\n", to: path) == nil)
        #expect(PrometheusTextfile.write(PrometheusTextfile.render(sample()), to: path) == nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == PrometheusTextfile.render(sample()))
        #expect(dir.files("") == ["rasd.prom"])
        #expect(PrometheusTextfile.write("x", to: dir.path + "/missing/rasd.prom") == ENOENT)
    }
}
