#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Logging
import Testing
@testable import RasdAdapters

@Suite struct LogHandlerTests {
    /// A sink writing into a pipe; `drain()` returns what arrived.
    final class PipeCapture {
        let read: Int32, write: Int32
        init() {
            var fds: [Int32] = [0, 0]
            pipe(&fds)
            read = fds[0]; write = fds[1]
            _ = fcntl(read, F_SETFL, fcntl(read, F_GETFL) | O_NONBLOCK)
        }
        deinit { close(read); close(write) }
        func drain() -> String {
            var out = [UInt8]()
            var buf = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = buf.withUnsafeMutableBytes { Glibc.read(read, $0.baseAddress, 4096) }
                if n <= 0 { break }
                out += buf[0..<n]
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    static let fixedNow: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_721_901_788) }

    @Test func plainLineHasLevelMessageAndSortedMetadata() {
        let line = RasdLogHandler.format(level: .warning, message: "fetch failed",
                                         metadata: ["http.status": "503", "feed.url": "https://x.example/rss",
                                                    "error": "server said no"])
        #expect(line == #"WARNING fetch failed error="server said no" feed.url=https://x.example/rss http.status=503"#)
    }

    @Test(arguments: [(false, Logger.Level.error, "ERROR"), (true, .error, "<3>ERROR"), (true, .info, "<6>INFO"),
                      (true, .debug, "<7>DEBUG"), (true, .warning, "<4>WARNING"), (true, .critical, "<2>CRITICAL")])
    func journalPrefixOnlyUnderSystemd(journal: Bool, level: Logger.Level, prefix: String) {
        let capture = PipeCapture()
        let sink = LogSink(environment: journal ? ["JOURNAL_STREAM": "8:12345"] : [:], stderrFD: capture.write)
        var logger = Logger(label: "test") { RasdLogHandler(label: $0, sink: sink, level: .trace, now: Self.fixedNow) }
        logger[metadataKey: "feed.id"] = "aljazeera"
        logger.log(level: level, "cycle done", metadata: ["cycle.items": "12"])
        #expect(capture.drain() == "\(prefix) cycle done cycle.items=12 feed.id=aljazeera\n")
    }

    @Test func levelFilterDropsQuieterLines() {
        let capture = PipeCapture()
        let sink = LogSink(environment: [:], stderrFD: capture.write)
        let logger = Logger(label: "test") { RasdLogHandler(label: $0, sink: sink, level: .notice, now: Self.fixedNow) }
        logger.info("quiet")
        logger.notice("loud")
        #expect(capture.drain() == "NOTICE loud\n")
    }

    @Test func logFileGetsTimestampsAndIsReopenedAfterRotation() throws {
        let dir = OutboxTempDir("log"); defer { dir.remove() }
        let path = dir.path + "/rasd.log"
        let capture = PipeCapture()
        let sink = LogSink(environment: ["JOURNAL_STREAM": "1:2"], filePath: path, stderrFD: capture.write)
        let logger = Logger(label: "t") { RasdLogHandler(label: $0, sink: sink, now: Self.fixedNow) }
        logger.info("first")
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        logger.info("second")          // still goes to the rotated file
        #expect(sink.reopen())
        logger.info("third")
        #expect(try String(contentsOfFile: path + ".1", encoding: .utf8)
                == "2024-07-25T10:03:08Z INFO first\n2024-07-25T10:03:08Z INFO second\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "2024-07-25T10:03:08Z INFO third\n")
        #expect(capture.drain() == "<6>INFO first\n<6>INFO second\n<6>INFO third\n")
    }

    @Test(arguments: [("plain", "plain"), ("two words", "\"two words\""), ("a=b", "\"a=b\""),
                      ("", "\"\""), ("say \"hi\"\nnow", #""say \"hi\" now""#), ("عين الأسد", "\"عين الأسد\"")])
    func valuesAreQuotedOnlyWhenNeeded(value: String, expected: String) {
        #expect(LineFormat.quoteIfNeeded(value) == expected)
    }
}
