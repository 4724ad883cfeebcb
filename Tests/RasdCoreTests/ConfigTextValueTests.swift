import Testing
@testable import RasdCore

@Suite("Config durations, sizes and key suggestions")
struct ConfigTextValueTests {
    @Test(arguments: [
        ("900", 900), ("90s", 90), ("15m", 900), ("1h", 3600), ("1h30m", 5400), ("2d", 172_800),
        (" 1H 5M ", 3900), ("0", 0),
    ])
    func durationsParse(text: String, seconds: Int) {
        #expect(DurationText.seconds(text) == seconds)
    }

    @Test(arguments: ["", "m", "15x", "1.5h", "h1", "-5m", "99999999999999999999d", "15m3"])
    func badDurationsAreRejected(text: String) {
        #expect(DurationText.seconds(text) == nil)
    }

    @Test(arguments: [(900, "15m"), (5400, "1h30m"), (86_400, "1d"), (61, "1m1s")])
    func durationsFormatBack(seconds: Int, text: String) {
        #expect(DurationText.format(seconds) == text)
        #expect(DurationText.seconds(DurationText.format(seconds)) == seconds)
    }

    @Test(arguments: [
        ("1024", 1024), ("10MiB", 10 * 1024 * 1024), ("512 KiB", 512 * 1024), ("1GB", 1_000_000_000), ("3k", 3072),
    ])
    func sizesParse(text: String, bytes: Int) {
        #expect(ByteSizeText.bytes(text) == bytes)
    }

    @Test(arguments: ["", "MiB", "10 parsecs", "1.5MiB"])
    func badSizesAreRejected(text: String) {
        #expect(ByteSizeText.bytes(text) == nil)
    }

    @Test(arguments: [
        ("stat_dir", "state_dir"), ("url", "url"), ("urll", "url"), ("time-zone", "time_zone"),
        ("concurency", "concurrency"),
    ])
    func closeKeysAreSuggested(typed: String, suggestion: String) {
        let known = DaemonConfigDecoder.keys + FeedListDecoder.feedKeys
        #expect(KeySuggestion.closest(to: typed, among: known) == suggestion)
    }

    @Test func farKeysGetNoSuggestion() {
        #expect(KeySuggestion.closest(to: "colour", among: DaemonConfigDecoder.keys) == nil)
    }
}
