import ArgumentParser

struct FeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Show the status of every feed."
    )

    func run() async throws {
        throw ValidationError("'rasd feeds' is not built yet")
    }
}
