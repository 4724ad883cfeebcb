import ArgumentParser

struct OnceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "once",
        abstract: "Run one full poll cycle, then exit."
    )

    func run() async throws {
        throw ValidationError("'rasd once' is not built yet")
    }
}
