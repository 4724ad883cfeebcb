import ArgumentParser
import Foundation
import RasdAdapters

/// `rasd feeds`: the status of every feed, read from the state (safe while the daemon runs).
struct FeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Show the status of every feed: last success, last error, next poll, items, incidents."
    )

    @OptionGroup var options: ConfigOptions

    func run() async throws {
        let settings: DaemonSettings
        switch DaemonAssembly.settings(options) {
        case .success(let s): settings = s
        case .failure(let e):
            FileHandle.standardError.write(Data("rasd: invalid configuration\n\(e.message)\n".utf8))
            throw ExitCode(ExitCodes.config)
        }
        var records: [FeedRecord] = []
        do {
            let store = try StateStore.openReadOnly(directory: settings.daemon.stateDir)
            records = try StateStoreStage(store: store, config: settings.daemon).allFeedRecords()
        } catch StateStoreError.missing {
            // Never run yet: every feed is new.
        } catch {
            FileHandle.standardError.write(Data("rasd: cannot read the state: \(error)\n".utf8))
            throw ExitCode(ExitCodes.ioError)
        }
        print(FeedStatusTable.render(feeds: settings.feeds, records: records, now: Date()), terminator: "")
    }
}
