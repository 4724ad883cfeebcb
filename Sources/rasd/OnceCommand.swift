import ArgumentParser
import Foundation

/// `rasd once`: one full cycle over every enabled feed, then exit (for cron and tests).
struct OnceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "once",
        abstract: "Run one full poll cycle over every enabled feed, then exit."
    )

    @OptionGroup var options: ConfigOptions

    func run() async throws {
        let code = await DaemonAssembly.launcher(options: options).run(.once)
        if code != 0 { throw ExitCode(code) }
    }
}
