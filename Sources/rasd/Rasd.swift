import ArgumentParser
import RasdCore

/// The `rasd` command line: the daemon and the tools operators use beside it.
@main
struct Rasd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rasd",
        abstract: "Monitor Arabic news feeds and write security incidents to an outbox.",
        version: RasdVersion.string,
        subcommands: [
            RunCommand.self, OnceCommand.self, CheckCommand.self, ParseCommand.self,
            FetchCommand.self, ExtractCommand.self, FeedsCommand.self, DedupEvalCommand.self,
        ]
    )
}

/// sysexits(3) codes the commands return.
enum ExitCodes {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let software: Int32 = 70
    static let ioError: Int32 = 74
    static let config: Int32 = 78
}
